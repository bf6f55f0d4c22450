package uk.selfcheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.selfcheck.analysis.RuleExplainer;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Finding;
import uk.selfcheck.report.JsonReport;

/** {@code explain --format json}: the same explanation as the text, as one JSON object for tools. */
final class ExplainJson {
    private ExplainJson() {
    }

    static String render(RuleExplainer.Explanation why) throws JsonProcessingException {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        RuleJson.put(root.putObject("rule"), why.rule());
        root.put("fired", why.didFire());
        root.put("counted", why.counted());
        if (why.setAsideBy() != null) {
            root.put("set_aside_by", why.setAsideBy());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : why.found()) {
            ObjectNode finding = findings.addObject();
            if (f.isWeakness()) {
                finding.put("effective_severity", f.getEffectiveSeverity().id());
            }
            if (f.getDetail() != null) {
                finding.put("detail", f.getDetail());
            }
            ArrayNode on = finding.putArray("answers");
            for (Answer a : f.getAnswers()) {
                on.addObject().put("criterion", a.getCriterion()).put("rating", a.getRating().id())
                        .put("line", a.getLine());
            }
        }
        ArrayNode conditions = root.putArray("conditions");
        why.rule().conditions().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(conditions::add);
        ArrayNode answers = root.putArray("answers");
        for (RuleExplainer.Looked looked : why.answers()) {
            ObjectNode answer = answers.addObject();
            answer.put("criterion", looked.criterion());
            answer.put("question", looked.question());
            answer.put("current", looked.current());
            if (looked.line() > 0) {
                answer.put("line", looked.line());
            }
            if (looked.evidence() != null) {
                answer.put("evidence", looked.evidence());
            }
            looked.firesAt().forEach(answer.putArray("fires_at")::add);
            looked.figures().forEach(answer.putArray("figures")::add);
            answer.put("deciding", looked.deciding());
        }
        why.selfGrades().forEach(root.putArray("self_grades")::add);
        return JsonReport.MAPPER.writeValueAsString(root) + "\n";
    }
}
