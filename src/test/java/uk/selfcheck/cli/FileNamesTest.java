package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A file name Java cannot turn into a path (under LANG=C a name with an accent; anywhere a name with a NUL) is refused
 * in words, never as an internal error.
 */
class FileNamesTest {
    private static final String PLAIN = "': it holds characters that cannot be read or written in this system's "
            + "character set for file names (";

    @Test
    void anArgumentThatIsNoPathIsAUsageError() {
        Cli cli = Cli.run("check", "a\u0000b.yaml");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().startsWith("selfcheck: Invalid value for positional parameter at index 0 (FILE): "
                + "cannot use the file name 'a\\u0000b.yaml" + PLAIN), cli.err());
        assertTrue(cli.err().contains("run selfcheck under a UTF-8 locale (for example with LC_ALL=C.UTF-8), or "
                + "rename the file with plain letters"), cli.err());
        Cli output = Cli.run("check", "fixtures/seeds/gateshead-2015.yaml", "--output", "r\u0000.txt");
        assertEquals(2, output.exitCode(), output.err());
        assertTrue(output.err().contains("Invalid value for option '--output': cannot use the file name "
                + "'r\\u0000.txt" + PLAIN), output.err());
    }

    /** A name met while walking a folder (verify's fixtures) is bad input, not an internal error. */
    @Test
    void aNameFoundInAFolderIsBadInput() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true));
        int code = new Failures().handleExecutionException(new InvalidPathException("caf\uFFFD\uFFFD.expected.yaml",
                "Malformed input or input contains unmappable characters"), cli, null);
        assertEquals(3, code);
        assertTrue(err.toString().startsWith("selfcheck: cannot use the file name 'caf\uFFFD\uFFFD.expected.yaml"
                + PLAIN), err.toString());
    }
}
