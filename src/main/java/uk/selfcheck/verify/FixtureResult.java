package uk.selfcheck.verify;

import java.nio.file.Path;
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

    /** The fixture or cases file this result came from. */
    public String file() {
        int hash = name.indexOf(FixtureRunner.CASES_SUFFIX + "#");
        return hash < 0 ? name : name.substring(0, hash + FixtureRunner.CASES_SUFFIX.length());
    }

    /** The case's name for a result from a cases file; for a fixture, the fixture file's name. */
    public String caseName() {
        String file = file();
        return name.length() > file.length() ? name.substring(file.length() + 1)
                : Path.of(file).getFileName().toString();
    }
}
