package uk.selfcheck.engine;

/**
 * Where an overlay disables a rule: its {@code overlay.yaml} and the line of the entry under {@code disable:}.
 *
 * @param file the overlay file, as the loader was given it
 * @param line the line of the rule's entry in that file (1-based)
 */
public record DisabledRule(String file, int line) {
    /** Why the rule {@code ruleId} checks nothing, in words: "W-X is disabled by client/overlay.yaml". */
    public String why(String ruleId) {
        return ruleId + " is disabled by " + file;
    }
}
