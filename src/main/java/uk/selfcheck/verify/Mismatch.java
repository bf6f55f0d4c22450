package uk.selfcheck.verify;

/** One way a fixture's outcome differs from its expectation, at the expectation file's line. */
public record Mismatch(String file, int line, String message) {
    public String format() {
        return file + ":" + line + ": " + message;
    }
}
