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
            description = "The rule pack before the change, e.g. the main branch's rules checked out into a folder. "
                    + "Repeat to add overlay folders, as with --rules.")
    List<Path> baseRules = new ArrayList<>();

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
        List<Path> baseFolders = baseRules.stream().map(PackOptions::display).toList();
        RulePack base = RulePackLoader.loadShared(baseFolders, pack.cache());
        RulePack changed = pack.load();
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("fixtures")) : paths;
        Progress progress = Progress.onTerminal(spec.commandLine());
        PackDiff diff = PackDiff.run(base, shown(baseFolders), changed, shown(pack.folders()), roots, LocalDate.now(),
                (index, total, file) -> progress.show("diff: " + index + "/" + total + " " + file));
        progress.done();
        spec.commandLine().getOut().print(format.output().render(diff));
        return failOnChange && diff.changed() ? ExitCode.FAILED.code() : ExitCode.OK.code();
    }

    /** A pack with overlays reads "rules + overlay". */
    private static String shown(List<Path> folders) {
        return String.join(" + ", folders.stream().map(Path::toString).toList());
    }
}
