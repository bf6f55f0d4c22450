package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress goes to stderr only when a person watches a terminal, and never mixes with the output. */
class ProgressTest {
    @Test
    void onATerminalOneLineIsRewrittenInPlaceThenCleared() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true);
        progress.show("verify: 1/2 long-name.yaml");
        progress.show("verify: 2/2 b.yaml");
        progress.done();
        assertEquals("\rverify: 1/2 long-name.yaml\rverify: 2/2 b.yaml        \r"
                + " ".repeat("verify: 2/2 b.yaml".length()) + "\r", err.toString());
    }

    @Test
    void offATerminalNothingIsWritten() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), false);
        progress.show("verify: 1/2 a.yaml");
        progress.done();
        assertEquals("", err.toString());
    }

    @Test
    void runsWithoutATerminalPrintNoProgress() {
        // the tests run without a console, as CI and pipes do
        Cli verify = Cli.run("verify", "fixtures/seeds");
        assertEquals(0, verify.exitCode(), verify.out());
        assertEquals("", verify.err());
        Cli check = Cli.run("check", "fixtures/seeds/gateshead-2015.yaml");
        assertEquals("", check.err());
    }
}
