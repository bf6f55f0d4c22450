package uk.selfcheck.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the answers and findings of one judgement add up to; inserted by the judgement rules so that each grade
 * descriptor rule reads plain numbers and lists instead of collecting findings again for every rule, which would
 * also be redone each time a rule lowers the grade.
 *
 * @param inadequateWeaknesses ids of the weaknesses whose effective severity the grading policy caps at inadequate
 * @param requiresImprovementWeaknesses the same for requires improvement
 * @param goodWeaknesses the same for good: weaknesses that keep the area from outstanding
 */
public record AreaTotals(String judgement, int answered, double strengthWeight, double weaknessWeight,
                         int exceptionalStrengths, int strengths, int weaknesses, List<String> inadequateWeaknesses,
                         List<String> requiresImprovementWeaknesses, List<String> goodWeaknesses) {

    /** Adds up those of all the answers and findings that belong to the judgement's areas. */
    public static AreaTotals of(AreaGrade judgement, Collection<?> answers, Collection<?> findings,
                                GradingPolicy policy) {
        int answered = 0;
        for (Object answer : answers) {
            answered += judgement.covers(((Answer) answer).getArea()) ? 1 : 0;
        }
        double strengthWeight = 0;
        double weaknessWeight = 0;
        int exceptional = 0;
        int strengths = 0;
        List<Finding> weaknesses = new ArrayList<>();
        for (Object o : findings) {
            Finding finding = (Finding) o;
            if (!judgement.covers(finding.getArea())) {
                continue;
            }
            if (finding.isWeakness()) {
                weaknesses.add(finding);
                weaknessWeight += policy.weightOf(finding);
            } else {
                strengths++;
                strengthWeight += policy.weightOf(finding);
                exceptional += finding.isExceptional() ? 1 : 0;
            }
        }
        return new AreaTotals(judgement.getId(), answered, strengthWeight, weaknessWeight, exceptional, strengths,
                weaknesses.size(), cappedAt(Grade.INADEQUATE, weaknesses, policy),
                cappedAt(Grade.REQUIRES_IMPROVEMENT, weaknesses, policy), cappedAt(Grade.GOOD, weaknesses, policy));
    }

    /** Ids of the weaknesses whose effective severity the policy caps at {@code grade}, sorted, each once. */
    private static List<String> cappedAt(Grade grade, List<Finding> weaknesses, GradingPolicy policy) {
        return Finding.ids(weaknesses.stream().filter(w -> policy.capFor(w.getEffectiveSeverity()) == grade).toList());
    }

    /** The weaknesses' share of all weight, 0 when nothing weighs. */
    public double getWeaknessShare() {
        double total = strengthWeight + weaknessWeight;
        return total == 0 ? 0 : weaknessWeight / total;
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

    public List<String> getInadequateWeaknesses() {
        return inadequateWeaknesses;
    }

    public List<String> getRequiresImprovementWeaknesses() {
        return requiresImprovementWeaknesses;
    }

    public List<String> getGoodWeaknesses() {
        return goodWeaknesses;
    }
}
