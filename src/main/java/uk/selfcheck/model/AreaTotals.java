package uk.selfcheck.model;

/**
 * What the findings of one judgement area add up to; inserted by the judgement rules so that each grade descriptor
 * rule reads plain numbers.
 */
public record AreaTotals(String judgement, int answered, double strengthWeight, double weaknessWeight,
                         int exceptionalStrengths, int strengths, int weaknesses) {

    /** Adds up the answers and findings the rules collected for one judgement. */
    public static AreaTotals of(String judgement, java.util.Collection<?> answers, java.util.Collection<?> findings,
                                GradingPolicy policy) {
        double strengthWeight = 0;
        double weaknessWeight = 0;
        int exceptional = 0;
        int strengths = 0;
        int weaknesses = 0;
        for (Object o : findings) {
            Finding finding = (Finding) o;
            if (finding.isWeakness()) {
                weaknesses++;
                weaknessWeight += policy.weightOf(finding);
            } else {
                strengths++;
                strengthWeight += policy.weightOf(finding);
                exceptional += finding.isExceptional() ? 1 : 0;
            }
        }
        return new AreaTotals(judgement, answers.size(), strengthWeight, weaknessWeight, exceptional, strengths,
                weaknesses);
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
}
