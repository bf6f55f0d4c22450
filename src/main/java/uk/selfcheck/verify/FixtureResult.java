package uk.selfcheck.verify;

import java.util.List;
import uk.selfcheck.model.Evaluation;

/**
 * The outcome of checking one fixture (or one per-rule case) against its expectation.
 *
 * @param name       the fixture file, or {@code cases-file#case name}
 * @param evaluation null when the fixture could not be evaluated
 */
public record FixtureResult(String name, List<Mismatch> mismatches, Evaluation evaluation) {
    public boolean passed() {
        return mismatches.isEmpty();
    }
}
