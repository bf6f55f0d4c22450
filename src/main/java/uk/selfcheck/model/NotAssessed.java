package uk.selfcheck.model;

/**
 * A criterion the leader wrote down as {@code not_assessed}, as a fact, so that rules can flag what inspectors always
 * look at and the self-evaluation left out. It counts neither way in the grades.
 */
public final class NotAssessed {
    private final String criterion;
    private final String area;
    private final String theme;
    private final int line;

    public NotAssessed(String criterion, String area, String theme, int line) {
        this.criterion = criterion;
        this.area = area;
        this.theme = theme;
        this.line = line;
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

    /** Line of the self-assessment file where {@code not_assessed} was written. */
    public int getLine() {
        return line;
    }

    @Override
    public String toString() {
        return criterion + "=" + Rating.NOT_ASSESSED;
    }
}
