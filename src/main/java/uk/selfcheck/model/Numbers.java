package uk.selfcheck.model;

/** Numbers as a reader sees them in messages and reports: the same in every locale. */
public final class Numbers {
    private Numbers() {
    }

    /** A whole number without a decimal point (24, not 24.0), any other as Java writes it (2.5). */
    public static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /**
     * A share as a percentage, to one decimal place where it has one (0.275 is "27.5", 0.65 is "65"), so that a
     * threshold is never printed as a neighbouring figure.
     */
    public static String percent(double share) {
        return plain(Math.round(share * 1000) / 10.0);
    }
}
