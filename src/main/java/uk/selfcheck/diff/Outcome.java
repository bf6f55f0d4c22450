package uk.selfcheck.diff;

import java.util.Map;
import java.util.TreeMap;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Severity;

/**
 * What one pack concluded for one self-assessment, reduced to what a rule change can move.
 *
 * @param judgements judgement id (and {@code overall}) to grade id, or to why there is no grade
 * @param findings   finding id to its effective severity for a weakness (the most serious where it fires more than
 *                   once), or to {@code strength}
 */
record Outcome(Map<String, String> judgements, Map<String, String> findings) {
    static final String NOT_GRADED = "not graded";
    static final String NO_OVERALL = "no overall judgement";
    static final String STRENGTH = "strength";

    static Outcome of(Evaluation evaluation) {
        Map<String, String> judgements = new TreeMap<>();
        for (Evaluation.AreaResult area : evaluation.areas()) {
            judgements.put(area.judgement().id(), area.predicted().map(g -> g.id()).orElse(NOT_GRADED));
        }
        judgements.put("overall", evaluation.overall() == null ? NO_OVERALL : evaluation.overall().getGrade().id());
        Map<String, String> findings = new TreeMap<>();
        for (Finding f : evaluation.findings()) {
            if (f.isWeakness()) {
                findings.merge(f.getId(), f.getEffectiveSeverity().id(), Outcome::moreSerious);
            } else {
                findings.put(f.getId(), STRENGTH);
            }
        }
        return new Outcome(judgements, findings);
    }

    private static String moreSerious(String a, String b) {
        return Severity.fromId(a).orElseThrow().compareTo(Severity.fromId(b).orElseThrow()) >= 0 ? a : b;
    }
}
