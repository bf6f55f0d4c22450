package uk.selfcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.selfcheck.calibrate.CalibrationReport;
import uk.selfcheck.calibrate.CalibrationSet;
import uk.selfcheck.calibrate.Calibrator;
import uk.selfcheck.calibrate.SeverityEvidence;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.Workers;

@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Fits the grading numbers of a rule pack to fixtures that expect judgements (such as "
                + "fixtures/inspections, written from published inspections), reports the agreement before and "
                + "after, fitted and cross-validated, and can write the fitted numbers as an overlay.yaml for --rules.")
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack = new PackOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Fixture files or folders (default: fixtures/inspections).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Folds of the cross-validation (default: ${DEFAULT-VALUE}; at least 2).")
    int folds;

    @Option(names = "--overlay", paramLabel = "DIR",
            description = "Write the fitted numbers to DIR/overlay.yaml, to use as --rules PACK --rules DIR.")
    Path overlay;

    @Option(names = "--force", description = "Replace an existing DIR/overlay.yaml.")
    boolean force;

    @Option(names = "--severities", description = "Instead of fitting, show how the fixtures' published grades weigh "
            + "each weakness rule, and the severities that evidence questions.")
    boolean severities;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (folds < 2) {
            throw new ParameterException(spec.commandLine(), "--folds must be at least 2");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json");
        }
        if (severities && overlay != null) {
            throw new ParameterException(spec.commandLine(), "--severities fits nothing, so it writes no --overlay");
        }
        OutputFile.Checked target = null;
        if (overlay != null) {
            Path parent = overlay.toAbsolutePath().getParent();
            if (Files.exists(overlay) && !Files.isDirectory(overlay)) {
                throw new ParameterException(spec.commandLine(), "--overlay " + overlay + " is a file; name a folder");
            }
            if (!Files.exists(overlay) && (parent == null || !Files.isDirectory(parent))) {
                throw new ParameterException(spec.commandLine(), "--overlay " + overlay + ": the folder " + parent
                        + " does not exist");
            }
            // never into the rule pack itself, whose files are all inputs; an overlay folder given with --rules may be
            // refitted in place (with --force when it already holds an overlay.yaml)
            Path base = pack.folders().get(0);
            boolean inPack = overlay.toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize())
                    || Files.exists(overlay) && Files.exists(base)
                    && overlay.toRealPath().startsWith(base.toRealPath());
            if (inPack) {
                throw new ParameterException(spec.commandLine(), "--overlay " + overlay + " is inside the rule pack "
                        + "folder " + base + ", which is being read; name a folder of its own, to use as --rules "
                        + base + " --rules DIR");
            }
            Files.createDirectories(overlay);
            target = OutputFile.checked(spec.commandLine(), overlay.resolve("overlay.yaml"), force);
        }
        RulePack rules = pack.load();
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("fixtures", "inspections")) : paths;
        Calibrator.Result result;
        try (Workers threads = new Workers("calibrating")) {
            CalibrationSet set = CalibrationSet.read(rules, roots, LocalDate.now());
            if (set.size() == 0) {
                throw new ParameterException(spec.commandLine(), "no fixture under " + roots
                        + " expects judgements: a fixture is X.yaml with X.expected.yaml naming its judgements");
            }
            if (severities) {
                List<SeverityEvidence.Row> rows = SeverityEvidence.of(rules, set);
                spec.commandLine().getOut().print(format.equals("json") ? SeverityEvidence.json(rows)
                        : SeverityEvidence.text(rows));
                return ExitCode.OK.code();
            }
            result = new Calibrator(rules, threads).calibrate(set, folds);
        }
        spec.commandLine().getOut().print(format.equals("json") ? CalibrationReport.json(result)
                : CalibrationReport.text(result));
        if (target != null) {
            target.write(CalibrationReport.overlay(result));
            spec.commandLine().getErr().println("calibrate: wrote " + overlay.resolve("overlay.yaml")
                    + "; use it with --rules " + String.join(" --rules ", pack.folders().stream()
                    .map(Path::toString).toList()) + " --rules " + overlay);
        }
        return ExitCode.OK.code();
    }
}
