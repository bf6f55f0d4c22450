package uk.selfcheck.model;

/**
 * One number a leader gave as evidence (e.g. average_caseload = 24), inserted as its own fact so that decision
 * tables can match on the figure and its value in plain columns.
 */
public final class FigureValue {
    private final String figure;
    private final double value;
    private final Answer answer;

    public FigureValue(String figure, double value, Answer answer) {
        this.figure = figure;
        this.value = value;
        this.answer = answer;
    }

    public String getFigure() {
        return figure;
    }

    public double getValue() {
        return value;
    }

    public Answer getAnswer() {
        return answer;
    }

    public String getCriterion() {
        return answer.getCriterion();
    }

    @Override
    public String toString() {
        return figure + "=" + value;
    }
}
