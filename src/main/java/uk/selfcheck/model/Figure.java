package uk.selfcheck.model;

/** A number a criterion accepts as evidence, e.g. the average caseload. {@code unit}: percent, count, number, days. */
public record Figure(String id, String label, String unit) {
    public double min() {
        return 0;
    }

    /** Percentages stop at 100; other figures have no natural maximum but must be believable. */
    public double max() {
        return "percent".equals(unit) ? 100 : 1_000_000;
    }
}
