package uk.selfcheck.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Every number the judgement rules use, read from the {@code grading:} section of pack.yaml and inserted as a fact,
 * so that a consultant re-weights the pack by editing one file and never a rule, and {@code selfcheck calibrate} can
 * fit them to published inspections.
 *
 * <p>A weakness is <em>serious</em> when its effective severity is critical: a high-severity shortfall that the
 * leader says holds for most children ('rarely'), the failures that leave children at risk of harm.
 */
public final class GradingPolicy {
    private final Map<Severity, Double> strengthWeights;
    private final Map<Rating, Double> strengthPrevalence;
    private final Map<Severity, Double> weaknessWeights;
    private final Thresholds thresholds;
    private final int selfEvaluationTolerance;
    private final double unassessedWeight;

    /**
     * The numbers of {@code grading.area}.
     *
     * @param minAnsweredCriteria             fewer answered criteria and the area is not graded
     * @param inadequateMinSeriousWeaknesses  this many serious weaknesses make the area inadequate
     * @param inadequateMinWeaknessShare      weaknesses carrying at least this share of the weight make it inadequate
     * @param goodMaxWeaknessShare            good allows weaknesses at most this share of the weight
     * @param goodMaxSeriousWeaknesses        good allows at most this many serious weaknesses
     * @param outstandingMaxWeaknessShare     outstanding allows weaknesses at most this share of the weight
     * @param outstandingMinExceptional       outstanding needs exceptional practice in at least this many criteria
     * @param outstandingMinExceptionalShare  and in at least this share of the criteria answered as strengths
     * @param outstandingMinExceptionalOverWeaknesses and in at least this many more criteria than it has weaknesses
     *                                        ({@link #NO_EXCEPTIONAL_MARGIN} when the pack does not ask for it)
     * @param leadershipMaxAboveBestPractice  leaders are at most this many grades better than the best practice
     *                                        judgement ({@code grading.leadership.max_above_best_practice})
     */
    public record Thresholds(int minAnsweredCriteria, int inadequateMinSeriousWeaknesses,
                             double inadequateMinWeaknessShare, double goodMaxWeaknessShare,
                             int goodMaxSeriousWeaknesses, double outstandingMaxWeaknessShare,
                             int outstandingMinExceptional, double outstandingMinExceptionalShare,
                             int outstandingMinExceptionalOverWeaknesses, int leadershipMaxAboveBestPractice) {
    }

    /**
     * {@code grading.area.outstanding_min_exceptional_over_weaknesses} left out: outstanding does not weigh its
     * exceptional criteria against its weaknesses (the pack format before the number was added).
     */
    public static final int NO_EXCEPTIONAL_MARGIN = -1000;

    public GradingPolicy(Map<Severity, Double> strengthWeights, Map<Rating, Double> strengthPrevalence,
                         Map<Severity, Double> weaknessWeights, Thresholds thresholds, int selfEvaluationTolerance,
                         double unassessedWeight) {
        this.strengthWeights = new EnumMap<>(strengthWeights);
        this.strengthPrevalence = new EnumMap<>(strengthPrevalence);
        this.weaknessWeights = new EnumMap<>(weaknessWeights);
        this.thresholds = thresholds;
        this.selfEvaluationTolerance = selfEvaluationTolerance;
        this.unassessedWeight = unassessedWeight;
    }

    /**
     * What a finding adds to its area's strength or weakness total. A finding that a criterion is not assessed weighs
     * {@code self_evaluation.unassessed_weight} whatever its severity: it says what the self-evaluation left out, not
     * how practice is.
     */
    public double weightOf(Finding finding) {
        if (finding.getNotAssessed() != null) {
            return unassessedWeight;
        }
        if (finding.isWeakness()) {
            return weaknessWeights.getOrDefault(finding.getEffectiveSeverity(), 0.0);
        }
        double base = strengthWeights.getOrDefault(finding.getSeverity(), 0.0);
        Rating rating = finding.getRating();
        return rating == null ? base : base * strengthPrevalence.getOrDefault(rating, 1.0);
    }

    /** Whether a weakness is serious: a failure that leaves children at risk of harm. */
    public static boolean isSerious(Finding weakness) {
        return weakness.getEffectiveSeverity() == Severity.CRITICAL;
    }

    public Map<Severity, Double> getStrengthWeights() {
        return strengthWeights;
    }

    public Map<Rating, Double> getStrengthPrevalence() {
        return strengthPrevalence;
    }

    public Map<Severity, Double> getWeaknessWeights() {
        return weaknessWeights;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public int getMinAnsweredCriteria() {
        return thresholds.minAnsweredCriteria();
    }

    public int getInadequateMinSeriousWeaknesses() {
        return thresholds.inadequateMinSeriousWeaknesses();
    }

    public double getInadequateMinWeaknessShare() {
        return thresholds.inadequateMinWeaknessShare();
    }

    public double getGoodMaxWeaknessShare() {
        return thresholds.goodMaxWeaknessShare();
    }

    public int getGoodMaxSeriousWeaknesses() {
        return thresholds.goodMaxSeriousWeaknesses();
    }

    public double getOutstandingMaxWeaknessShare() {
        return thresholds.outstandingMaxWeaknessShare();
    }

    public int getOutstandingMinExceptional() {
        return thresholds.outstandingMinExceptional();
    }

    public double getOutstandingMinExceptionalShare() {
        return thresholds.outstandingMinExceptionalShare();
    }

    public int getOutstandingMinExceptionalOverWeaknesses() {
        return thresholds.outstandingMinExceptionalOverWeaknesses();
    }

    /**
     * Why an area with {@code exceptional} criteria of exceptional practice falls short of
     * {@code outstanding_min_exceptional} and {@code outstanding_min_exceptional_share}, in words.
     */
    public String exceptionalCountShortfall(int exceptional) {
        double share = getOutstandingMinExceptionalShare();
        return needsExceptional("at least " + criteria(getOutstandingMinExceptional())
                + (share > 0 ? " and " + Numbers.percent(share) + "% of the strengths" : ""), exceptional);
    }

    /**
     * Why an area with {@code weaknesses} weaknesses and {@code exceptional} criteria of exceptional practice falls short
     * of {@code outstanding_min_exceptional_over_weaknesses}, in words.
     */
    public String exceptionalShortfall(int weaknesses, int exceptional) {
        int needed = weaknesses + getOutstandingMinExceptionalOverWeaknesses();
        if (weaknesses == 0) {
            return needsExceptional("at least " + criteria(needed), exceptional);
        }
        int margin = getOutstandingMinExceptionalOverWeaknesses();
        String than = margin == 1 ? "more criteria than it has weaknesses"
                : margin == 0 ? "at least as many criteria as it has weaknesses"
                : margin > 0 ? margin + " more criteria than it has weaknesses"
                : "no more than " + -margin + " fewer criteria than it has weaknesses";
        return needsExceptional(than + ": at least " + criteria(needed) + " beside " + weaknesses
                + (weaknesses == 1 ? " weakness" : " weaknesses"), exceptional);
    }

    private static String needsExceptional(String howMuch, int found) {
        return "outstanding needs exceptional, sustained and innovative practice in " + howMuch + "; " + found
                + " found";
    }

    private static String criteria(int count) {
        return count + (count == 1 ? " criterion" : " criteria");
    }

    public int getLeadershipMaxAboveBestPractice() {
        return thresholds.leadershipMaxAboveBestPractice();
    }

    /** How many grades above the predicted grade the leaders' own grade may be before it counts as over-optimistic. */
    public int getSelfEvaluationTolerance() {
        return selfEvaluationTolerance;
    }

    /** What a finding that a criterion is not assessed adds to its area's weaknesses (0: it is reported only). */
    public double getUnassessedWeight() {
        return unassessedWeight;
    }
}
