package uk.selfcheck.model;

/**
 * A number a criterion accepts as evidence, e.g. the average caseload. {@code unit}: percent, count, number, days.
 *
 * @param plausibleMin the lowest value a service could really report, from the pack; a lower one is flagged as a
 *                     likely slip. Null when the pack sets none
 * @param plausibleMax the highest such value, or null
 */
public record Figure(String id, String label, String unit, Double plausibleMin, Double plausibleMax) {
    public static final String PERCENT = "percent";

    public Figure(String id, String label, String unit) {
        this(id, label, unit, null, null);
    }

    public double min() {
        return 0;
    }

    /** Percentages stop at 100; other figures have no natural maximum but must be believable. */
    public double max() {
        return PERCENT.equals(unit) ? 100 : 1_000_000;
    }

    public boolean isPercent() {
        return PERCENT.equals(unit);
    }

    /** Whether {@code value} lies outside the range the pack declares believable for this figure. */
    public boolean implausible(double value) {
        return plausibleMin != null && value < plausibleMin || plausibleMax != null && value > plausibleMax;
    }
}
