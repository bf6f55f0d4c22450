package uk.selfcheck.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a hand-written text file: at most {@link #MAX_BYTES}, UTF-8 only, and only characters YAML allows. Each
 * refusal says where the offending byte is and what the user most likely did (saved as UTF-16 or Windows-1252).
 */
public final class TextFile {
    /** Larger than any real self-assessment or rule file by two orders of magnitude. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /**
     * The YAML scanner copies its buffer for every kilobyte of a single token, so time grows with the square of a
     * line's length (a 2 MiB line takes seconds and gigabytes). A minified JSON self-assessment fits in this.
     */
    public static final int MAX_LINE_LENGTH = 100_000;

    private TextFile() {
    }

    /** The file's text, without a UTF-8 byte order mark. */
    public static String read(Path path, String file) throws InputException {
        return decode(readBytes(path, file), file);
    }

    /**
     * Reads at most one byte past the limit, so a device or pipe that never ends (which reports its size as 0) is
     * refused like a file that is too large instead of filling memory.
     */
    public static byte[] readBytes(Path path, String file) throws InputException {
        if (Files.isDirectory(path)) {
            throw error(file, 0, 0, "cannot read the file: it is a folder, not a file");
        }
        try {
            if (Files.isRegularFile(path) && Files.size(path) > MAX_BYTES) {
                throw tooLarge(file, "(" + Files.size(path) / 1024 + " KiB)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(file, "(more than " + MAX_BYTES / 1024 + " KiB)");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw error(file, 0, 0, "cannot read the file: it does not exist");
        } catch (IOException e) {
            throw error(file, 0, 0, "cannot read the file: " + FileErrors.reason(e));
        }
    }

    private static InputException tooLarge(String file, String size) {
        return error(file, 0, 0, "the file is too large " + size + "; the limit is " + MAX_BYTES / 1024
                + " KiB, far more than any self-assessment needs");
    }

    public static String decode(byte[] bytes, String file) throws InputException {
        String wide = wideEncoding(bytes);
        if (wide != null) {
            throw error(file, 1, 1, "the file is " + wide + " text; save it as UTF-8");
        }
        if (isPlainAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw error(file, lineOf(bytes, i), columnOf(bytes, i),
                        "the file is binary, not YAML text (it contains a NUL byte)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int at = buffer.position();
            throw error(file, lineOf(bytes, at), columnOf(bytes, at), "byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + " is not UTF-8" + windows1252(bytes[at])
                    + "; save the file as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        checkPrintable(text, file);
        return text;
    }

    /**
     * True when every byte is a printable ASCII character, tab or line break and no line is too long: nearly every
     * file, which then needs neither the decoder nor the character-by-character checks below, in one pass instead of
     * four. Anything else goes the long way, which finds and words the problem.
     */
    private static boolean isPlainAscii(byte[] bytes) {
        int column = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                column = 0;
            } else if (b >= 0x20 && b <= 0x7E || b == '\t') {
                if (++column > MAX_LINE_LENGTH) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 and UTF-32, by byte order mark or, without one, by the zero bytes every ASCII character then has. */
    private static String wideEncoding(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32";
        }
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
            return "UTF-16";
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[3] == 0 || b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** What the byte means in Windows-1252, the usual cause of a non-UTF-8 file in an English office. */
    private static String windows1252(byte b) {
        String c = new String(new byte[] {b}, Charset.forName("windows-1252"));
        return c.isBlank() || c.charAt(0) == '\uFFFD' ? "" : " (in Windows-1252 or Latin-1 it would be '" + c + "')";
    }

    /**
     * YAML's printable set; anything else (terminal escapes, bell, form feed) is refused with its place. So are
     * lines too long for the scanner. Lines are counted as the YAML parser and every editor count them: a line ends
     * at a line feed, a carriage return and line feed, or a carriage return alone (old Mac files), so every message's
     * line is the line an editor shows. YAML 1.1 also ends a line at U+0085, U+2028 and U+2029, which most editors
     * show as nothing at all or as an ordinary space: those are refused wherever they stand, with their place, so
     * that the parser and the reader never disagree about where a line is. So are non-breaking spaces used as
     * indentation, which look like spaces but are not YAML indentation.
     */
    private static void checkPrintable(String text, String file) throws InputException {
        int line = 1;
        int column = 1;
        boolean indentation = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 1;
                indentation = true;
            } else if (column > MAX_LINE_LENGTH) {
                throw error(file, line, 1, "line " + line + " is longer than " + MAX_LINE_LENGTH + " characters; "
                        + "break it up (a long note can continue on the next lines, indented)");
            } else {
                String lineBreak = unusualLineBreak(c);
                if (lineBreak != null) {
                    throw error(file, line, column, lineBreak + " at line " + line + ", column " + column
                            + ": YAML reads it as the end of a line, but most editors show nothing there; delete it"
                            + " (or put an ordinary line break there)");
                }
                if (c == 0xA0 && indentation) {
                    throw error(file, line, column, "a non-breaking space (U+00A0) is used as indentation at line "
                            + line + ", column " + column + ": use ordinary spaces");
                }
                if (!printable(c)) {
                    throw error(file, line, column, String.format(Locale.ROOT, "the character U+%04X is a control "
                            + "character, which YAML does not allow; delete it", c));
                }
                indentation &= c == ' ' || c == '\t' || c == 0xA0;
                column++;
            }
            i += Character.charCount(c);
        }
    }

    /** The lines of text as {@link #read} returned it, split where the YAML parser ends a line. */
    public static String[] lines(String text) {
        return text.split("\r\n|\r|\n", -1);
    }

    /** The line breaks of YAML 1.1 that editors do not show as one, named for a message; null for anything else. */
    static String unusualLineBreak(int c) {
        return switch (c) {
            case 0x85 -> "a next-line character (U+0085)";
            case 0x2028 -> "a line separator (U+2028)";
            case 0x2029 -> "a paragraph separator (U+2029)";
            default -> null;
        };
    }

    private static boolean printable(int c) {
        return c == '\t' || c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** The line of a byte offset, counting line feeds, CR LF pairs and lone carriage returns as YAML does. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    /** Column in characters: UTF-8 continuation bytes before the offset do not start a character. */
    private static int columnOf(byte[] bytes, int offset) {
        int column = 1;
        for (int i = offset - 1; i >= 0 && bytes[i] != '\n' && bytes[i] != '\r'; i--) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }

    private static InputException error(String file, int line, int column, String message) {
        return new InputException(new InputError(file, line, column, "", message, null));
    }
}
