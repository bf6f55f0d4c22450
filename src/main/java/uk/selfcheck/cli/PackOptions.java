package uk.selfcheck.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Option;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackException;
import uk.selfcheck.engine.RulePackLoader;

/** The {@code --rules DIR} option every command that needs a rule pack shares. */
final class PackOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule pack folder (holding pack.yaml). Default: the shipped pack, ${DEFAULT-VALUE}.",
            defaultValue = "${sys:selfcheck.rules:-rules}")
    Path rules;

    RulePack load() throws RulePackException {
        return RulePackLoader.loadShared(display(rules));
    }

    /** Paths inside the working folder are shown relative to it, as users typed them. */
    static Path display(Path path) {
        Path cwd = Paths.get("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute) : path;
    }
}
