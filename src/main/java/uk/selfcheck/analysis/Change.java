package uk.selfcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.NotAssessed;
import uk.selfcheck.model.Numbers;
import uk.selfcheck.model.Rating;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.model.SelfGrade;

/** One change to a self-assessment, as a leader would make it in the file, at the line where they would make it. */
public sealed interface Change permits Change.NewRating, Change.NewFigure, Change.NewSelfGrade, Change.Assess {

    SelfAssessment applyTo(SelfAssessment assessment);

    /** What to change, in words, e.g. "raise cl_mental_health_access from inconsistently to mostly (line 87)". */
    String describe();

    /** The criterion, or for a self-assessed grade the judgement, that changes. */
    String subject();

    int line();

    /** The value before and after, as written in the file. */
    String from();

    String to();

    /** The assessment with the answer to {@code criterion} replaced by {@code change} of it. */
    private static SelfAssessment changeAnswer(SelfAssessment a, String criterion, UnaryOperator<Answer> change) {
        List<Answer> answers = new ArrayList<>();
        for (Answer answer : a.answers()) {
            answers.add(answer.getCriterion().equals(criterion) ? change.apply(answer) : answer);
        }
        return new SelfAssessment(a.header(), answers, a.unassessed(), a.selfGrades());
    }

    record NewRating(String criterion, Rating before, Rating after, int line) implements Change {
        @Override
        public SelfAssessment applyTo(SelfAssessment a) {
            return changeAnswer(a, criterion, answer -> answer.withRating(after));
        }

        @Override
        public String describe() {
            return (after.compareTo(before) > 0 ? "raise " : "lower ") + criterion + " from " + before.id() + " to "
                    + after.id() + " (line " + line + ")";
        }

        @Override
        public String subject() {
            return criterion;
        }

        @Override
        public String from() {
            return before.id();
        }

        @Override
        public String to() {
            return after.id();
        }
    }

    record NewFigure(String criterion, String figure, double before, double after, int line) implements Change {
        @Override
        public SelfAssessment applyTo(SelfAssessment a) {
            return changeAnswer(a, criterion, answer -> answer.withFigure(figure, after));
        }

        @Override
        public String describe() {
            return "bring " + figure + " from " + Numbers.plain(before) + " to " + Numbers.plain(after) + " (" + criterion
                    + ", line " + line + ")";
        }

        @Override
        public String subject() {
            return criterion + "." + figure;
        }

        @Override
        public String from() {
            return Numbers.plain(before);
        }

        @Override
        public String to() {
            return Numbers.plain(after);
        }
    }

    /** Leaders' own grade for a judgement brought in line with the evidence. */
    record NewSelfGrade(String judgement, Grade before, Grade after, int line) implements Change {
        @Override
        public SelfAssessment applyTo(SelfAssessment a) {
            List<SelfGrade> grades = new ArrayList<>();
            for (SelfGrade grade : a.selfGrades()) {
                grades.add(grade.judgement().equals(judgement) ? new SelfGrade(judgement, after, grade.line()) : grade);
            }
            return new SelfAssessment(a.header(), a.answers(), a.unassessed(), grades);
        }

        @Override
        public String describe() {
            return "change self_assessed_grades." + judgement + " from " + before.id() + " to " + after.id()
                    + " (line " + line + ")";
        }

        @Override
        public String subject() {
            return judgement;
        }

        @Override
        public String from() {
            return before.id();
        }

        @Override
        public String to() {
            return after.id();
        }
    }

    /**
     * A criterion left not assessed, looked at. Re-checked as assessed without a rating: what rating the evidence
     * gives is for the leader to find, so the prediction assumes it adds no finding either way.
     */
    record Assess(NotAssessed item) implements Change {
        @Override
        public SelfAssessment applyTo(SelfAssessment a) {
            return new SelfAssessment(a.header(), a.answers(), a.unassessed().stream()
                    .filter(n -> !n.getCriterion().equals(item.getCriterion())).toList(), a.selfGrades());
        }

        @Override
        public String describe() {
            return item.isOmitted()
                    ? "assess " + item.getCriterion() + " and add it, rated from the evidence, under answers."
                            + item.getArea() + "." + item.getTheme()
                    : "assess " + item.getCriterion() + " and rate it from the evidence (line " + item.getLine() + ")";
        }

        @Override
        public String subject() {
            return item.getCriterion();
        }

        /** Where not_assessed is written; 0 for a criterion left out of the file. */
        @Override
        public int line() {
            return item.getLine();
        }

        @Override
        public String from() {
            return Rating.NOT_ASSESSED;
        }

        @Override
        public String to() {
            return "assessed";
        }
    }
}
