package uk.selfcheck.model;

/**
 * A criterion of a judgement in scope that the leader did not rate: written down as {@code not_assessed}, or left out
 * of the file, which reads the same. A fact, so that rules can flag what inspectors always look at and the
 * self-evaluation left out. It counts neither way in the area grades.
 */
public final class NotAssessed {
    private final String criterion;
    private final String area;
    private final String theme;
    private final int line;
    private final boolean omitted;

    /** A criterion written down as {@code not_assessed} at {@code line}. */
    public NotAssessed(String criterion, String area, String theme, int line) {
        this(criterion, area, theme, line, false);
    }

    private NotAssessed(String criterion, String area, String theme, int line, boolean omitted) {
        this.criterion = criterion;
        this.area = area;
        this.theme = theme;
        this.line = line;
        this.omitted = omitted;
    }

    /** A criterion of a judgement in scope that the file leaves out: it has no line. */
    public static NotAssessed omitted(Criterion criterion) {
        return new NotAssessed(criterion.id(), criterion.area(), criterion.theme(), 0, true);
    }

    public String getCriterion() {
        return criterion;
    }

    public String getArea() {
        return area;
    }

    public String getTheme() {
        return theme;
    }

    /** Line of the self-assessment file where {@code not_assessed} was written; 0 when the file leaves it out. */
    public int getLine() {
        return line;
    }

    /** Whether the file leaves the criterion out, rather than writing it down as {@code not_assessed}. */
    public boolean isOmitted() {
        return omitted;
    }

    @Override
    public String toString() {
        return criterion + "=" + Rating.NOT_ASSESSED;
    }
}
