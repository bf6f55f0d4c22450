package uk.selfcheck.engine;

/** A rule failed while running (threw, or fired without end): the pack is at fault, not the self-assessment. */
public final class EvaluationException extends Exception {
    private final String ruleId;

    public EvaluationException(String ruleId, String message) {
        super(message);
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }
}
