package uk.selfcheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * One line of progress on stderr for long runs, rewritten in place, shown only when a person is watching a terminal
 * (System.console() is not null). Piped or captured runs, CI and tests, get none, so their stderr holds only errors.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private int shown;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static Progress onTerminal(CommandLine cli) {
        return new Progress(cli.getErr(), System.console() != null);
    }

    void show(String message) {
        if (!enabled) {
            return;
        }
        String line = message.length() > 100 ? message.substring(0, 99) + "\u2026" : message;
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = line.length();
    }

    /** Clears the line, so that what follows starts on a clean one. */
    void done() {
        if (enabled && shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }
}
