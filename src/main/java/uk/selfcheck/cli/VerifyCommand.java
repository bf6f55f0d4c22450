package uk.selfcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--junit-out", paramLabel = "FILE",
            description = "Also write the results as JUnit XML into FILE, whatever --format prints.")
    Path junitOut;

    @Option(names = "--sarif-out", paramLabel = "FILE",
            description = "Also write the results as SARIF 2.1.0 into FILE, whatever --format prints.")
    Path sarifOut;

    @Option(names = "--json-out", paramLabel = "FILE",
            description = "Also write the results as JSON into FILE, whatever --format prints.")
    Path jsonOut;

    @Option(names = "--min-coverage", paramLabel = "PERCENT",
            description = "Fail when fewer than PERCENT of the pack's rules are fired by some fixture.")
    Double minCoverage;

    @Option(names = "--overlay-coverage",
            description = "Count coverage over the rules the overlay folders (every --rules after the first) add or "
                    + "replace, rather than the whole pack.")
    boolean overlayCoverage;

    @Option(names = "--coverage-of", paramLabel = "RULE_ID", split = ",",
            description = "Count coverage over these rules only (repeat, or separate with commas), e.g. a new rule "
                    + "checked with its own cases.")
    List<String> coverageOf = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("fixtures")) : paths;
        if (overlayCoverage && pack.folders().size() < 2) {
            throw new ParameterException(spec.commandLine(), "--overlay-coverage counts the rules of the overlay "
                    + "folders, and none was given: give the pack, then each overlay folder, with --rules");
        }
        Map<VerifyOutput.Format, OutputFile.Checked> files = outputFiles(roots);
        Progress progress = Progress.onTerminal(spec.commandLine());
        Verification verification = Verification.run(pack.load(), roots, LocalDate.now(), minCoverage, overlayCoverage,
                coverageOf, (index, total, file) -> progress.show("verify: " + index + "/" + total + " " + file));
        progress.done();
        // the files first: a CI step that reads them runs even when the printed output fails to reach its reader
        files.forEach((fileFormat, file) -> file.write(fileFormat.output().render(verification)));
        spec.commandLine().getOut().print(format.output().render(verification));
        return verification.succeeded() ? ExitCode.OK.code() : ExitCode.FAILED.code();
    }

    /** The files asked for, each checked before any work is done: a mistyped folder is a usage error at once. */
    private Map<VerifyOutput.Format, OutputFile.Checked> outputFiles(List<Path> roots) {
        Map<String, Path> asked = new LinkedHashMap<>();
        Map<VerifyOutput.Format, OutputFile.Checked> files = new LinkedHashMap<>();
        Path[] inputs = roots.stream().filter(Files::isRegularFile).toArray(Path[]::new);
        for (Object[] option : new Object[][] {{"--junit-out", junitOut, VerifyOutput.Format.junit},
                {"--sarif-out", sarifOut, VerifyOutput.Format.sarif}, {"--json-out", jsonOut, VerifyOutput.Format.json}}) {
            Path target = (Path) option[1];
            if (target == null) {
                continue;
            }
            String name = (String) option[0];
            asked.forEach((other, path) -> {
                if (path.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
                    throw new ParameterException(spec.commandLine(), name + " " + target + " is also given to "
                            + other + "; name a file for each");
                }
            });
            asked.put(name, target);
            files.put((VerifyOutput.Format) option[2], OutputFile.checked(spec.commandLine(), name, target, true,
                    pack.folders(), inputs));
        }
        return files;
    }
}
