package uk.selfcheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.analysis.GradeRaiser;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.Timings;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.report.HtmlLetter;
import uk.selfcheck.report.HtmlReport;
import uk.selfcheck.report.JsonReport;
import uk.selfcheck.report.MarkdownLetter;
import uk.selfcheck.report.MarkdownReport;
import uk.selfcheck.report.PdfReport;
import uk.selfcheck.report.Report;
import uk.selfcheck.report.ReportContext;
import uk.selfcheck.report.TextLetter;
import uk.selfcheck.report.TextReport;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Predicts the judgements for a self-assessment and lists every strength and weakness behind "
                + "them, then what needs to improve.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, markdown, html, pdf }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The self-assessment (YAML).")
    Path file;

    @Mixin
    PackOptions pack = new PackOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "OUT",
            description = "Write the report to OUT (replacing it) instead of stdout; never to the self-assessment. "
                    + "A pdf needs it, or stdout sent to a file or another program.")
    Path output;

    @Option(names = "--letter",
            description = "Draft the findings as a predicted inspection letter (text, markdown or html).")
    boolean letter;

    @Override
    public Integer call() throws Exception {
        if (letter && (format == Format.json || format == Format.pdf)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--letter is a text, markdown or html document; use --format " + format + " without it");
        }
        if (format == Format.pdf && output == null && System.console() != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format pdf writes a PDF file, which a terminal cannot show; name the file with --output, "
                            + "for example --output report.pdf");
        }
        OutputFile.Checked out = output == null ? null : OutputFile.checked(spec.commandLine(), output, true,
                pack.folders(), file);
        Timings.mark("command line parsed");
        RulePack rulePack = pack.load();
        Timings.mark("rule pack loaded");
        Path shown = PackOptions.display(file);
        SelfAssessment assessment = Failures.warned(spec.commandLine(), new SelfAssessmentReader(rulePack.manifest(),
                rulePack.catalog(), LocalDate.now()).readWithWarnings(file, shown.toString()));
        Timings.mark("self-assessment read");
        Evaluation evaluation = new Evaluator(rulePack).evaluate(assessment);
        Timings.mark("evaluated");
        Progress progress = Progress.onTerminal(spec.commandLine());
        List<GradeRaise> raises = new GradeRaiser(rulePack, judgement -> progress.show(
                "check: what would raise " + judgement + "...")).raises(assessment, evaluation);
        progress.done();
        Timings.mark("grade raises found");
        if (format == Format.pdf) {
            byte[] pdf = new PdfReport(context(rulePack, raises)).render(evaluation);
            if (out == null) {
                // bytes, not text: straight to the file descriptor, past the UTF-8 writer that carries text output
                try {
                    java.io.FileOutputStream stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
                    stdout.write(pdf);
                    stdout.flush();
                } catch (java.io.IOException e) {
                    spec.commandLine().getErr().println("selfcheck: could not write to standard output (the disk may "
                            + "be full, or the program reading it stopped); what was written is incomplete");
                    return ExitCode.OUTPUT_FAILED.code();
                }
            } else {
                out.write(pdf);
            }
            Timings.mark("report written");
            return ExitCode.OK.code();
        }
        String text = report(rulePack, raises).render(evaluation);
        if (out == null) {
            spec.commandLine().getOut().print(text);
        } else {
            out.write(text);
        }
        Timings.mark("report written");
        return ExitCode.OK.code();
    }

    private static ReportContext context(RulePack rulePack, List<GradeRaise> raises) {
        return new ReportContext(rulePack.catalog(), rulePack.manifest().areas(), raises);
    }

    private Report report(RulePack rulePack, List<GradeRaise> raises) {
        ReportContext context = context(rulePack, raises);
        switch (format) {
            case json: return new JsonReport(raises);
            case markdown: return letter ? new MarkdownLetter(context) : new MarkdownReport(context);
            case html: return letter ? new HtmlLetter(context) : new HtmlReport(context);
            default: return letter ? new TextLetter(context) : new TextReport(rulePack.catalog(),
                    rulePack.manifest().areas(), raises);
        }
    }
}
