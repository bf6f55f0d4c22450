package uk.selfcheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.Timings;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.report.JsonReport;
import uk.selfcheck.report.Report;
import uk.selfcheck.report.TextReport;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Predicts the judgements for a self-assessment and lists every strength and weakness behind "
                + "them, then what needs to improve.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The self-assessment (YAML).")
    Path file;

    @Mixin
    PackOptions pack = new PackOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Timings.mark("command line parsed");
        RulePack rulePack = pack.load();
        Timings.mark("rule pack loaded");
        Path shown = PackOptions.display(file);
        SelfAssessment assessment = new SelfAssessmentReader(rulePack.manifest(), rulePack.catalog(), LocalDate.now())
                .read(file, shown.toString());
        Timings.mark("self-assessment read");
        Evaluation evaluation = new Evaluator(rulePack).evaluate(assessment);
        Timings.mark("evaluated");
        Report report = format == Format.json ? new JsonReport()
                : new TextReport(rulePack.catalog(), rulePack.manifest().areas());
        spec.commandLine().getOut().print(report.render(evaluation));
        Timings.mark("report written");
        return ExitCode.OK.code();
    }
}
