package uk.selfcheck.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the answers and findings of one judgement add up to; inserted by the judgement rules so that each grade
 * descriptor rule reads plain numbers and lists instead of collecting findings again for every rule, which would
 * also be redone each time a rule lowers the grade.
 *
 * @param seriousWeaknesses ids of the serious weaknesses ({@link GradingPolicy#isSerious}), sorted, each once
 * @param weaknessIds       ids of every weakness, sorted, each once
 * @param exceptionalIds    ids of the strengths the leader answered 'exceptional', sorted, each once
 */
public record AreaTotals(String judgement, int answered, double strengthWeight, double weaknessWeight,
                         int exceptionalStrengths, int strengths, int weaknesses, List<String> seriousWeaknesses,
                         List<String> weaknessIds, List<String> exceptionalIds) {

    /**
     * Adds up those of all the answers and findings that belong to the judgement's areas and that {@code scope} weighs
     * (a focused visit weighs the themes it looks at).
     */
    public static AreaTotals of(AreaGrade judgement, Collection<?> answerCounts, Collection<?> findings,
                                GradingPolicy policy, VisitScope scope) {
        int answered = 0;
        for (Object o : answerCounts) {
            AnswerCount count = (AnswerCount) o;
            answered += judgement.covers(count.area()) && scope.weighs(count.area(), count.theme()) ? count.count() : 0;
        }
        double strengthWeight = 0;
        double weaknessWeight = 0;
        int strengths = 0;
        List<Finding> weaknesses = new ArrayList<>();
        List<Finding> serious = new ArrayList<>();
        List<Finding> exceptional = new ArrayList<>();
        for (Object o : findings) {
            Finding finding = (Finding) o;
            if (!judgement.covers(finding.getArea()) || !scope.weighs(finding)
                    || finding.getNotAssessed() != null && policy.weightOf(finding) == 0) {
                continue; // another judgement's, outside the visit's themes, or a gap the policy reports only
            }
            if (finding.isWeakness()) {
                weaknesses.add(finding);
                weaknessWeight += policy.weightOf(finding);
                if (GradingPolicy.isSerious(finding)) {
                    serious.add(finding);
                }
            } else {
                strengths++;
                strengthWeight += policy.weightOf(finding);
                if (finding.isExceptional()) {
                    exceptional.add(finding);
                }
            }
        }
        return new AreaTotals(judgement.getId(), answered, strengthWeight, weaknessWeight, exceptional.size(),
                strengths, weaknesses.size(), Finding.ids(serious), Finding.ids(weaknesses), Finding.ids(exceptional));
    }

    /** The weaknesses' share of all weight, 0 when nothing weighs. */
    public double getWeaknessShare() {
        double total = strengthWeight + weaknessWeight;
        return total == 0 ? 0 : weaknessWeight / total;
    }

    /** The share of the strengths answered 'exceptional', 0 without strengths. */
    public double getExceptionalShare() {
        return strengths == 0 ? 0 : (double) exceptionalStrengths / strengths;
    }

    /** The share as a whole percentage, for the reasons a report gives. */
    public long getWeaknessPercent() {
        return Math.round(getWeaknessShare() * 100);
    }

    public String getJudgement() {
        return judgement;
    }

    public int getAnswered() {
        return answered;
    }

    public double getStrengthWeight() {
        return strengthWeight;
    }

    public double getWeaknessWeight() {
        return weaknessWeight;
    }

    public int getExceptionalStrengths() {
        return exceptionalStrengths;
    }

    /** How many weaknesses the judgement has, each counted once whatever its weight. */
    public int getWeaknesses() {
        return weaknesses;
    }

    public int getSeriousCount() {
        return seriousWeaknesses.size();
    }

    public List<String> getSeriousWeaknesses() {
        return seriousWeaknesses;
    }

    public List<String> getWeaknessIds() {
        return weaknessIds;
    }

    public List<String> getExceptionalIds() {
        return exceptionalIds;
    }
}
