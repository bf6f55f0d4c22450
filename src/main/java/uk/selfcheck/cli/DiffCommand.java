package uk.selfcheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.diff.DiffOutput;
import uk.selfcheck.diff.PackDiff;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackLoader;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Shows the impact of a rule change: for every fixture and per-rule case, the judgements and "
                + "findings that differ between the base pack and the changed one.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--base-rules", paramLabel = "DIR", required = true,
            description = "The rule pack before the change, e.g. the main branch's rules checked out into a folder.")
    Path baseRules;

    @Mixin
    PackOptions pack = new PackOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Fixture files or folders (default: fixtures).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DiffOutput.Format format;

    @Option(names = "--fail-on-change",
            description = "Exit with 1 when any fixture's judgements or findings change (default: exit 0).")
    boolean failOnChange;

    @Override
    public Integer call() throws Exception {
        Path baseShown = PackOptions.display(baseRules);
        RulePack base = RulePackLoader.loadShared(baseShown);
        RulePack changed = pack.load();
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("fixtures")) : paths;
        PackDiff diff = PackDiff.run(base, baseShown.toString(), changed, String.join(" + ",
                pack.folders().stream().map(Path::toString).toList()),
                roots, LocalDate.now());
        spec.commandLine().getOut().print(format.output().render(diff));
        return failOnChange && diff.changed() ? ExitCode.FAILED.code() : ExitCode.OK.code();
    }
}
