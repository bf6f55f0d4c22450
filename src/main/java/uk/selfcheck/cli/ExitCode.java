package uk.selfcheck.cli;

/** The documented exit codes of every selfcheck command. */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** The command ran, and what it checks failed: verify mismatches, lint problems, a change with --fail-on-change. */
    FAILED(1),
    /** The command line was wrong: unknown option, missing argument. */
    USAGE(2),
    /** A self-assessment (or other input file) is invalid: malformed YAML, unknown criterion, value off the scale. */
    BAD_INPUT(3),
    /** The rule pack is broken: a DRL error, bad metadata, a rule that fails or loops while running. */
    BAD_RULES(4),
    /** Something unexpected went wrong inside selfcheck. */
    INTERNAL(5),
    /** What was asked was done, but writing it to standard output failed: a full disk, a closed pipe. */
    OUTPUT_FAILED(6);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
