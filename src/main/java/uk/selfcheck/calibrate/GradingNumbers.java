package uk.selfcheck.calibrate;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.selfcheck.model.GradingPolicy;
import uk.selfcheck.model.Rating;
import uk.selfcheck.model.Severity;

/**
 * The numbers of a {@link GradingPolicy} by their names in pack.yaml's {@code grading:} section
 * ({@code weakness_weight.critical}, {@code area.good_max_weakness_share}), so that a search can change one at a time
 * and an overlay can be written from the names.
 */
public final class GradingNumbers {
    private GradingNumbers() {
    }

    /** Every number of the policy, in pack.yaml's order. */
    public static Map<String, Double> of(GradingPolicy policy) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        policy.getStrengthWeights().forEach((s, w) -> numbers.put("strength_weight." + s.id(), w));
        policy.getStrengthPrevalence().forEach((r, w) -> numbers.put("strength_prevalence." + r.id(), w));
        policy.getWeaknessWeights().forEach((s, w) -> numbers.put("weakness_weight." + s.id(), w));
        GradingPolicy.Thresholds t = policy.thresholds();
        numbers.put("area.min_answered_criteria", (double) t.minAnsweredCriteria());
        numbers.put("area.inadequate_min_serious_weaknesses", (double) t.inadequateMinSeriousWeaknesses());
        numbers.put("area.inadequate_min_weakness_share", t.inadequateMinWeaknessShare());
        numbers.put("area.good_max_weakness_share", t.goodMaxWeaknessShare());
        numbers.put("area.good_max_serious_weaknesses", (double) t.goodMaxSeriousWeaknesses());
        numbers.put("area.outstanding_max_weakness_share", t.outstandingMaxWeaknessShare());
        numbers.put("area.outstanding_min_exceptional", (double) t.outstandingMinExceptional());
        numbers.put("area.outstanding_min_exceptional_share", t.outstandingMinExceptionalShare());
        numbers.put("area.outstanding_min_exceptional_over_weaknesses",
                (double) t.outstandingMinExceptionalOverWeaknesses());
        numbers.put("leadership.max_above_best_practice", (double) t.leadershipMaxAboveBestPractice());
        numbers.put("self_evaluation.tolerance", (double) policy.getSelfEvaluationTolerance());
        numbers.put("self_evaluation.unassessed_weight", policy.getUnassessedWeight());
        return numbers;
    }

    /** The policy with these numbers; a name not in {@link #of} is a programming error. */
    public static GradingPolicy policy(Map<String, Double> numbers) {
        Map<Severity, Double> strength = new EnumMap<>(Severity.class);
        Map<Rating, Double> prevalence = new EnumMap<>(Rating.class);
        Map<Severity, Double> weakness = new EnumMap<>(Severity.class);
        numbers.forEach((name, value) -> {
            int dot = name.indexOf('.');
            String section = name.substring(0, dot);
            String key = name.substring(dot + 1);
            switch (section) {
                case "strength_weight" -> strength.put(Severity.fromId(key).orElseThrow(), value);
                case "strength_prevalence" -> prevalence.put(Rating.fromId(key).orElseThrow(), value);
                case "weakness_weight" -> weakness.put(Severity.fromId(key).orElseThrow(), value);
                case "area", "leadership", "self_evaluation" -> { }
                default -> throw new IllegalArgumentException("no grading number " + name);
            }
        });
        GradingPolicy.Thresholds thresholds = new GradingPolicy.Thresholds(
                whole(numbers, "area.min_answered_criteria"), whole(numbers, "area.inadequate_min_serious_weaknesses"),
                numbers.get("area.inadequate_min_weakness_share"), numbers.get("area.good_max_weakness_share"),
                whole(numbers, "area.good_max_serious_weaknesses"), numbers.get("area.outstanding_max_weakness_share"),
                whole(numbers, "area.outstanding_min_exceptional"), numbers.get("area.outstanding_min_exceptional_share"),
                whole(numbers, "area.outstanding_min_exceptional_over_weaknesses"),
                whole(numbers, "leadership.max_above_best_practice"));
        return new GradingPolicy(strength, prevalence, weakness, thresholds,
                whole(numbers, "self_evaluation.tolerance"), numbers.get("self_evaluation.unassessed_weight"));
    }

    /** Whether the named number is a count, written without a decimal point. */
    public static boolean isWhole(String name) {
        return name.equals("area.min_answered_criteria") || name.endsWith("_weaknesses")
                || name.equals("area.outstanding_min_exceptional") || name.equals("self_evaluation.tolerance")
                || name.equals("leadership.max_above_best_practice");
    }

    private static int whole(Map<String, Double> numbers, String name) {
        return (int) Math.round(numbers.get(name));
    }
}
