package uk.selfcheck.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackException;
import uk.selfcheck.engine.RulePackLoader;

/** The {@code --rules DIR} option every command that needs a rule pack shares. */
final class PackOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule pack folder (holding pack.yaml). Repeat to add overlay folders: later folders add "
                    + "rules, replace rules of the same id, and may hold an overlay.yaml. Default: the shipped pack.")
    List<Path> rules = new ArrayList<>();

    RulePack load() throws RulePackException {
        return RulePackLoader.loadShared(folders());
    }

    /** The folders given, or the shipped pack (the launcher passes its location; else ./rules). */
    List<Path> folders() {
        if (rules.isEmpty()) {
            return List.of(display(Paths.get(System.getProperty("selfcheck.rules", "rules"))));
        }
        return rules.stream().map(PackOptions::display).toList();
    }

    /** Paths inside the working folder are shown relative to it, as users typed them. */
    static Path display(Path path) {
        Path cwd = Paths.get("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute) : path;
    }
}
