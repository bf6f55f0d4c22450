package uk.selfcheck.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Grade;

/**
 * One judgement a fixture expects, beside what the tool predicted for it.
 *
 * @param expected  a grade id, or {@code not_graded}
 * @param predicted a grade id, or what stood in its place ({@code not_graded}, no overall judgement, no such judgement)
 */
public record GradePair(String judgement, String expected, String predicted) {
    public boolean exact() {
        return expected.equals(predicted);
    }

    /** How many grades apart the two are, when both are grades. */
    public Optional<Integer> distance() {
        Optional<Grade> e = Grade.fromId(expected);
        Optional<Grade> p = Grade.fromId(predicted);
        return e.isPresent() && p.isPresent() ? Optional.of(Math.abs(e.get().ordinal() - p.get().ordinal()))
                : Optional.empty();
    }

    /** Each expected judgement (id to grade id) beside what {@code evaluation} predicts, in the expectation's order. */
    public static List<GradePair> of(Map<String, String> expected, Evaluation evaluation) {
        List<GradePair> pairs = new ArrayList<>();
        expected.forEach((id, grade) -> pairs.add(new GradePair(id, grade, predicted(evaluation, id))));
        return pairs;
    }

    /** The predicted grade's id for a judgement, or {@code not_graded}, or {@link Agreement#NO_GRADE}. */
    public static String predicted(Evaluation evaluation, String judgement) {
        if (Expectation.OVERALL.equals(judgement)) {
            return evaluation.overall() == null ? Agreement.NO_GRADE : evaluation.overall().getGrade().id();
        }
        return evaluation.area(judgement).map(a -> a.predicted().map(g -> g.id()).orElse(Expectation.NOT_GRADED))
                .orElse(Agreement.NO_GRADE);
    }

    public boolean isOverall() {
        return Expectation.OVERALL.equals(judgement);
    }
}
