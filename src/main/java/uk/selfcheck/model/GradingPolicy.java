package uk.selfcheck.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Every number the judgement rules use, read from the {@code grading:} section of pack.yaml and inserted as a fact,
 * so that a consultant re-weights the pack by editing one file and never a rule.
 */
public final class GradingPolicy {
    private final Map<Severity, Double> strengthWeights;
    private final Map<Rating, Double> strengthPrevalence;
    private final Map<Severity, Double> weaknessWeights;
    private final int minAnsweredCriteria;
    private final double inadequateWeaknessWeight;
    private final double goodMaxWeaknessShare;
    private final double goodMinStrengthWeight;
    private final int outstandingMinExceptional;
    private final double outstandingMaxWeaknessWeight;
    private final int selfEvaluationTolerance;
    private final Map<Severity, Grade> caps;

    public GradingPolicy(Map<Severity, Double> strengthWeights, Map<Rating, Double> strengthPrevalence,
                         Map<Severity, Double> weaknessWeights, int minAnsweredCriteria,
                         double inadequateWeaknessWeight, double goodMaxWeaknessShare, double goodMinStrengthWeight,
                         int outstandingMinExceptional, double outstandingMaxWeaknessWeight,
                         int selfEvaluationTolerance, Map<Severity, Grade> caps) {
        this.strengthWeights = new EnumMap<>(strengthWeights);
        this.strengthPrevalence = new EnumMap<>(strengthPrevalence);
        this.weaknessWeights = new EnumMap<>(weaknessWeights);
        this.minAnsweredCriteria = minAnsweredCriteria;
        this.inadequateWeaknessWeight = inadequateWeaknessWeight;
        this.goodMaxWeaknessShare = goodMaxWeaknessShare;
        this.goodMinStrengthWeight = goodMinStrengthWeight;
        this.outstandingMinExceptional = outstandingMinExceptional;
        this.outstandingMaxWeaknessWeight = outstandingMaxWeaknessWeight;
        this.selfEvaluationTolerance = selfEvaluationTolerance;
        this.caps = new EnumMap<>(caps);
    }

    /** The best grade an area can have while it has a weakness of this effective severity, or null for no limit. */
    public Grade capFor(Severity severity) {
        return caps.get(severity);
    }

    public Map<Severity, Grade> getCaps() {
        return caps;
    }

    /** What a finding adds to its area's strength or weakness total. */
    public double weightOf(Finding finding) {
        if (finding.isWeakness()) {
            return weaknessWeights.getOrDefault(finding.getEffectiveSeverity(), 0.0);
        }
        double base = strengthWeights.getOrDefault(finding.getSeverity(), 0.0);
        Rating rating = finding.getRating();
        return rating == null ? base : base * strengthPrevalence.getOrDefault(rating, 1.0);
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

    public int getMinAnsweredCriteria() {
        return minAnsweredCriteria;
    }

    public double getInadequateWeaknessWeight() {
        return inadequateWeaknessWeight;
    }

    public double getGoodMaxWeaknessShare() {
        return goodMaxWeaknessShare;
    }

    public double getGoodMinStrengthWeight() {
        return goodMinStrengthWeight;
    }

    public int getOutstandingMinExceptional() {
        return outstandingMinExceptional;
    }

    public double getOutstandingMaxWeaknessWeight() {
        return outstandingMaxWeaknessWeight;
    }

    /** How many grades above the predicted grade the leaders' own grade may be before it counts as over-optimistic. */
    public int getSelfEvaluationTolerance() {
        return selfEvaluationTolerance;
    }
}
