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
import uk.selfcheck.verify.Verification;
import uk.selfcheck.verify.output.VerifyOutput;

@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks every fixture (X.yaml with X.expected.yaml beside it) and per-rule cases file "
                + "(*.cases.yaml) against the rule pack, and reports which rules no fixture fires.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack = new PackOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Fixture files or folders (default: fixtures).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). junit is JUnit XML "
                    + "for test tabs, sarif is SARIF 2.1.0 for code scanning, github is GitHub Actions annotations.")
    VerifyOutput.Format format;

    @Option(names = "--min-coverage", paramLabel = "PERCENT",
            description = "Fail when fewer than PERCENT of the pack's rules are fired by some fixture.")
    Double minCoverage;

    @Option(names = "--overlay-coverage",
            description = "Count coverage over the rules the overlay folders (every --rules after the first) add or "
                    + "replace, rather than the whole pack.")
    boolean overlayCoverage;

    @Override
    public Integer call() throws Exception {
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("fixtures")) : paths;
        Progress progress = Progress.onTerminal(spec.commandLine());
        Verification verification = Verification.run(pack.load(), roots, LocalDate.now(), minCoverage, overlayCoverage,
                (index, total, file) -> progress.show("verify: " + index + "/" + total + " " + file));
        progress.done();
        spec.commandLine().getOut().print(format.output().render(verification));
        return verification.succeeded() ? ExitCode.OK.code() : ExitCode.FAILED.code();
    }
}
