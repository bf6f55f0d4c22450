package uk.selfcheck.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.analysis.GradeRaiser;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.report.HtmlLetter;
import uk.selfcheck.report.HtmlReport;
import uk.selfcheck.report.JsonReport;
import uk.selfcheck.report.ReportContext;

/**
 * Checks a self-assessment held in memory against the rule pack loaded once for the server, exactly as
 * {@code selfcheck check} checks a file: the same reader, the same evaluation, the same search for what would raise
 * each grade, the same reports.
 */
final class Checker {
    private final RulePack pack;

    Checker(RulePack pack) {
        this.pack = pack;
    }

    RulePack pack() {
        return pack;
    }

    /** The self-assessment read and validated, named {@code file} in any message. */
    SelfAssessment read(byte[] yaml, String file) throws InputException {
        return new SelfAssessmentReader(pack.manifest(), pack.catalog(), LocalDate.now()).read(yaml, file);
    }

    /** The JSON report {@code check --format json} prints for these bytes. */
    String json(byte[] yaml, String file) throws InputException, EvaluationException {
        Checked checked = check(yaml, file);
        return new JsonReport(checked.raises()).render(checked.evaluation());
    }

    /**
     * The judgements alone, for the page to show as answers change: the JSON report without the search for what
     * would raise each grade (its list is empty), which takes ten times as long as the judgements themselves.
     */
    String predict(byte[] yaml, String file) throws InputException, EvaluationException {
        return new JsonReport().render(new Evaluator(pack).evaluate(read(yaml, file)));
    }

    /** The HTML report {@code check --format html} prints for these bytes, or with {@code letter} its letter. */
    String html(byte[] yaml, String file, boolean letter) throws InputException, EvaluationException {
        Checked checked = check(yaml, file);
        ReportContext context = new ReportContext(pack.catalog(), pack.manifest().areas(), checked.raises());
        return (letter ? new HtmlLetter(context) : new HtmlReport(context)).render(checked.evaluation());
    }

    private Checked check(byte[] yaml, String file) throws InputException, EvaluationException {
        SelfAssessment assessment = read(yaml, file);
        Evaluation evaluation = new Evaluator(pack).evaluate(assessment);
        List<GradeRaise> raises = new GradeRaiser(pack, judgement -> { }).raises(assessment, evaluation);
        return new Checked(evaluation, raises);
    }

    private record Checked(Evaluation evaluation, List<GradeRaise> raises) {
    }

    /**
     * The problems {@code check} prints on stderr, as JSON: each error's parts and its line as printed, and the
     * closing summary, word for word.
     */
    static String errors(InputException e) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        ArrayNode errors = root.putArray("errors");
        for (InputError error : e.errors()) {
            ObjectNode node = errors.addObject();
            node.put("file", error.file());
            node.put("line", error.line());
            node.put("column", error.column());
            node.put("field", error.field());
            node.put("message", error.message());
            if (error.suggestion() == null) {
                node.putNull("suggestion");
            } else {
                node.put("suggestion", error.suggestion());
            }
            node.put("text", error.format());
        }
        root.put("omitted", e.omitted());
        if (e.omitted() > 0) {
            root.put("more", "... and " + count(e.omitted(), "more error") + ", not shown; fix these first.");
        }
        root.put("summary", summary(e));
        return write(root);
    }

    /** A JSON tree as the reports write it: indented, ending in a newline. */
    static String write(ObjectNode root) {
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The line {@code check} ends its messages with. */
    static String summary(InputException e) {
        return count(e.errors().size() + e.omitted(), "error") + " in the input; nothing was checked.";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
