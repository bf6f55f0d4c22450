package uk.selfcheck.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** One criterion the leader rated, as a fact the rules match on. Unassessed criteria are never inserted. */
public final class Answer {
    private final String criterion;
    private final String area;
    private final String theme;
    private final Rating rating;
    private final String evidence;
    private final Map<String, Double> figures;
    private final int line;

    public Answer(String criterion, String area, String theme, Rating rating, String evidence,
                  Map<String, Double> figures, int line) {
        this.criterion = criterion;
        this.area = area;
        this.theme = theme;
        this.rating = rating;
        this.evidence = evidence;
        this.figures = Collections.unmodifiableMap(new TreeMap<>(figures));
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

    /**
     * The rating's place from worst (0) to best. Rules compare {@code rating}; the rule compiler turns each such
     * comparison into one of this number, which Drools compiles to bytecode (see engine.RatingConditions).
     */
    public int getRatingRank() {
        return rating.ordinal();
    }

    public Rating getRating() {
        return rating;
    }

    /** The leader's own note, or null. */
    public String getEvidence() {
        return evidence;
    }

    public Map<String, Double> getFigures() {
        return figures;
    }

    /** A figure the leader gave for this criterion, or null when absent (rules test {@code hasFigure} first). */
    public Double figure(String name) {
        return figures.get(name);
    }

    public boolean hasFigure(String name) {
        return figures.containsKey(name);
    }

    /** Line of the self-assessment file where the answer was written. */
    public int getLine() {
        return line;
    }

    public Answer withRating(Rating newRating) {
        return new Answer(criterion, area, theme, newRating, evidence, figures, line);
    }

    public Answer withFigure(String name, double value) {
        Map<String, Double> changed = new TreeMap<>(figures);
        changed.put(name, value);
        return new Answer(criterion, area, theme, rating, evidence, changed, line);
    }

    @Override
    public String toString() {
        return criterion + "=" + rating.id();
    }
}
