package uk.selfcheck.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.selfcheck.engine.PackageCache;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackException;
import uk.selfcheck.engine.RulePackLoader;

/** The {@code --rules DIR} and {@code --no-cache} options every command that needs a rule pack shares. */
final class PackOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule pack folder (holding pack.yaml). Repeat to add overlay folders: later folders add "
                    + "rules, replace rules of the same id, and may hold an overlay.yaml. Default: the shipped pack.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-cache",
            description = "Compile the rules now, without reading or writing the cache of compiled rules.")
    boolean noCache;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    RulePack load() throws RulePackException {
        return noCache ? RulePackLoader.load(folders()) : RulePackLoader.loadShared(folders(), cache());
    }

    /** The cache of compiled rules, or none with {@code --no-cache}; it explains on stderr when it cannot be used. */
    PackageCache cache() {
        return noCache ? PackageCache.disabled() : PackageCache.standard(command.commandLine().getErr()::println);
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
