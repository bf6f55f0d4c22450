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

    /** Old Mac files end each line with a carriage return alone: every line is short, and line numbers count them. */
    @Test
    void aCarriageReturnAloneEndsALine() throws InputException {
        String line = "x".repeat(1000) + "\r";
        String file = line.repeat(200);
        assertEquals(file, decode(file));
        assertEquals(file + "é", decode(file + "é"));
        assertEquals("3:2: the character U+0007 is a control character, which YAML does not allow; delete it",
                refusal("a: é\rb: 1\r\nc\u0007\n"));
        assertEquals("3:3: byte 0xE9 is not UTF-8 (in Windows-1252 or Latin-1 it would be 'é'); save the file as UTF-8",
                refusalOfBytes(new byte[] {'a', '\r', 'b', '\r', '\n', 'c', ' ', (byte) 0xE9}));
        assertEquals(java.util.List.of("a", "b", "c", ""), java.util.List.of(TextFile.lines("a\rb\r\nc\n")));
    }

    @Test
    void lineBreaksThatEditorsDoNotShowAreRefusedWhereTheyStand() {
        assertEquals("2:12: a next-line character (U+0085) at line 2, column 12: YAML reads it as the end of a line, "
                + "but most editors show nothing there; delete it (or put an ordinary line break there)",
                refusal("a: 1\n# a comment\u0085 more\n"));
        assertEquals("1:5: a line separator (U+2028) at line 1, column 5: YAML reads it as the end of a line, but most "
                + "editors show nothing there; delete it (or put an ordinary line break there)",
                refusal("a: \"\u2028\"\n"));
        assertEquals("1:2: a paragraph separator (U+2029) at line 1, column 2: YAML reads it as the end of a line, but "
                + "most editors show nothing there; delete it (or put an ordinary line break there)",
                refusal("#\u2029\n"));
    }

    @Test
    void nonBreakingSpacesMayNotIndent() throws InputException {
        assertEquals("3:3: a non-breaking space (U+00A0) is used as indentation at line 3, column 3: use ordinary "
                + "spaces", refusal("a:\n  b: 1\n \t\u00A0 c: 2\n"));
        assertEquals("a: 10\u00A0km\n", decode("a: 10\u00A0km\n"));
    }

    private static String refusalOfBytes(byte[] bytes) {
        InputError error = assertThrows(InputException.class, () -> TextFile.decode(bytes, "f.yaml")).errors().get(0);
        return error.line() + ":" + error.column() + ": " + error.message();
    }
}
