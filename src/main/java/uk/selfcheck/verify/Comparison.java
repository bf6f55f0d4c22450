package uk.selfcheck.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;

/** Compares an evaluation with an expectation and words each difference the way a reviewer would say it. */
final class Comparison {
    private Comparison() {
    }

    /** Each judgement the expectation names, beside the prediction. */
    static List<GradePair> grades(Evaluation evaluation, Expectation expected) {
        return GradePair.of(expected.judgements(), evaluation);
    }

    /** The judgements predicted otherwise than expected, worded as a reviewer would say it. */
    static List<Mismatch> judgementMismatches(Evaluation evaluation, Expectation expected) {
        List<Mismatch> mismatches = new ArrayList<>();
        for (GradePair pair : grades(evaluation, expected)) {
            if (!pair.exact()) {
                mismatches.add(new Mismatch(expected.file(), expected.line("judgements." + pair.judgement()),
                        "expected " + pair.judgement() + " " + pair.expected() + ", got " + actual(evaluation,
                                pair.judgement())));
            }
        }
        return mismatches;
    }

    /** Every way the evaluation differs from the expectation; a calibration fixture's judgements are left out. */
    static List<Mismatch> compare(Evaluation evaluation, Expectation expected) {
        List<Mismatch> mismatches = new ArrayList<>(expected.calibration() ? List.of()
                : judgementMismatches(evaluation, expected));
        Set<String> fired = new HashSet<>();
        evaluation.findings().forEach(f -> {
            fired.add(f.getId());
            fired.addAll(f.getAlsoFoundBy());
        });
        for (String id : expected.fires()) {
            if (!fired.contains(id)) {
                mismatches.add(new Mismatch(expected.file(), expected.line("fires." + id), "missing " + id));
            }
        }
        for (String id : expected.doesNotFire()) {
            if (fired.contains(id)) {
                mismatches.add(new Mismatch(expected.file(), expected.line("does_not_fire." + id), "unexpected " + id
                        + answers(evaluation, id)));
            }
        }
        return mismatches;
    }

    private static String actual(Evaluation evaluation, String id) {
        if (Expectation.OVERALL.equals(id)) {
            return evaluation.overall() == null ? "no overall judgement (" + evaluation.overallAbsent() + ")"
                    : evaluation.overall().getGrade().id();
        }
        return evaluation.area(id).map(a -> a.predicted().map(g -> g.id()).orElse(Expectation.NOT_GRADED))
                .orElse("no such judgement under " + evaluation.framework().id());
    }

    /** The answer behind the rule's first finding in report order, whatever order the evaluation holds them in. */
    private static String answers(Evaluation evaluation, String id) {
        return evaluation.findings().stream()
                .filter(f -> f.foundBy(id) && !f.getAnswers().isEmpty())
                .min(Evaluator::compareWithinRule)
                .map(f -> " (fired by " + f.getAnswers().get(0).getCriterion() + " = "
                        + f.getAnswers().get(0).getRating().id() + ")")
                .orElse("");
    }
}
