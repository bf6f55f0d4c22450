package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Cap;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;

/**
 * The end of every readable report, for whoever maintains the self-assessment file or the rule pack: the identifiers
 * and line numbers the body names in words. Built once as titled lists, which each format lays out.
 */
record Appendix(List<Part> parts) {
    static final String HEADING = "Appendix: identifiers and lines, for whoever maintains the file";
    static final String INTRO = "The body of the report names things in words. These are the same things as the "
            + "self-assessment file and the rule pack name them, with the lines of the file.";

    record Part(String title, List<String> lines) {
    }

    static Appendix of(Evaluation e, List<GradeRaise> raises, List<Priorities.Priority> priorities) {
        List<Part> parts = new ArrayList<>();
        if (!priorities.isEmpty()) {
            List<String> lines = new ArrayList<>();
            int n = 0;
            for (Priorities.Priority p : priorities) {
                lines.add("Priority " + ++n + ": " + p.edit());
            }
            parts.add(new Part("Edits for the priorities", lines));
        }
        List<String> raiseLines = new ArrayList<>();
        for (GradeRaise raise : raises) {
            if (raise.found()) {
                Raises.edits(raise).forEach(line -> raiseLines.add(raise.judgement() + ": " + line));
            }
        }
        if (!raiseLines.isEmpty()) {
            parts.add(new Part("Edits for what would raise each grade (weakness, then edit)", raiseLines));
        }
        List<String> rules = new ArrayList<>();
        for (Evaluation.AreaResult area : e.areas()) {
            if (area.grade().isGraded()) {
                for (Cap cap : area.grade().getDecidingCaps()) {
                    rules.add(area.judgement().id() + ": " + cap.rule()
                            + (cap.because().isEmpty() ? "" : " (" + String.join(", ", cap.because()) + ")"));
                }
            }
        }
        if (e.overall() != null) {
            for (Cap cap : e.overall().getCaps()) {
                if (cap.grade() == e.overall().getGrade()) {
                    rules.add("overall: " + cap.rule() + (cap.because().isEmpty() ? ""
                            : " (" + String.join(", ", cap.because()) + ")"));
                }
            }
        }
        if (!rules.isEmpty()) {
            parts.add(new Part("Grading rules behind each judgement (findings or judgements they weigh)", rules));
        }
        Map<String, List<String>> findings = new LinkedHashMap<>();
        for (Finding f : e.findings()) {
            List<String> where = findings.computeIfAbsent(f.getId() + " " + f.getRule().title(),
                    k -> new ArrayList<>());
            for (Answer a : f.getAnswers()) {
                String at = a.getCriterion() + " line " + a.getLine();
                if (!where.contains(at)) {
                    where.add(at);
                }
            }
            if (f.getNotAssessed() != null) {
                String at = f.getNotAssessed().getCriterion() + (f.getNotAssessed().isOmitted() ? " (left out)"
                        : " line " + f.getNotAssessed().getLine());
                if (!where.contains(at)) {
                    where.add(at);
                }
            }
        }
        if (!findings.isEmpty()) {
            List<String> lines = new ArrayList<>();
            findings.forEach((k, v) -> lines.add(v.isEmpty() ? k : k + ": " + String.join(", ", v)));
            parts.add(new Part("Findings: rule id, title, and the answers behind it", lines));
        }
        if (!e.notAssessed().isEmpty()) {
            parts.add(new Part("Criteria not assessed", List.of(String.join(", ", e.notAssessed()))));
        }
        return new Appendix(List.copyOf(parts));
    }
}
