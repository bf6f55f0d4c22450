package uk.selfcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Plain ASCII files take a short way through {@link TextFile#decode}; these are the edges where it ends. */
class TextFileTest {
    private static String decode(String text) throws InputException {
        return TextFile.decode(text.getBytes(StandardCharsets.UTF_8), "f.yaml");
    }

    private static String refusal(String text) {
        InputError error = assertThrows(InputException.class, () -> decode(text)).errors().get(0);
        return error.line() + ":" + error.column() + ": " + error.message();
    }

    @Test
    void plainTextComesBackAsWritten() throws InputException {
        assertEquals("a: 1\r\nb:\tc ~\n", decode("a: 1\r\nb:\tc ~\n"));
        assertEquals("a: café\n", decode("\uFEFFa: café\n"));
    }

    @Test
    void aLineMayBeExactlyAsLongAsTheLimit() throws InputException {
        String longest = "x".repeat(TextFile.MAX_LINE_LENGTH);
        assertEquals("a: 1\n" + longest + "\n", decode("a: 1\n" + longest + "\n"));
        assertEquals("2:1: line 2 is longer than 100000 characters; break it up (a long note can continue on the "
                + "next lines, indented)", refusal("a: 1\n" + longest + "x\n"));
    }

    @Test
    void controlCharactersAreStillFoundWithTheirPlace() {
        assertEquals("2:4: the character U+0007 is a control character, which YAML does not allow; delete it",
                refusal("a: 1\nb: \u0007\n"));
        assertEquals("1:5: the file is binary, not YAML text (it contains a NUL byte)", refusal("a: \u0007\u0000"));
    }
}
