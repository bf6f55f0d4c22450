package uk.selfcheck.model;

/** The overall effectiveness judgement while the overall rules work on it: a starting grade, then limits. */
public final class OverallGrade extends LimitedGrade {
    private final String basis;

    public OverallGrade(Grade start, String basis) {
        super(start);
        this.basis = basis;
    }

    /** The starting point before the limiting patterns apply: {@code start}, to be lowered by each pattern. */
    public static OverallGrade startingFrom(Grade start) {
        return new OverallGrade(start, "overall starts at " + start.words() + " and is limited by the judgements");
    }

    /** How the starting grade was reached, in words. */
    public String getBasis() {
        return basis;
    }

    @Override
    public String toString() {
        return "overall=" + getGrade().id();
    }
}
