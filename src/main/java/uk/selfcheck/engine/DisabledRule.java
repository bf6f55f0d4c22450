package uk.selfcheck.engine;

/**
 * Where an overlay disables a rule: its {@code overlay.yaml} and the line of the entry under {@code disable:}.
 *
 * @param file the overlay file, as the loader was given it
 * @param line the line of the rule's entry in that file (1-based)
 */
public record DisabledRule(String file, int line) {
}
