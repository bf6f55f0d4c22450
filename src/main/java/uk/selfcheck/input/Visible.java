package uk.selfcheck.input;

/**
 * Characters that must never reach a terminal or a reader's screen from a file: control characters (C0 except tab
 * and line feed, DEL, C1), which YAML's escapes ({@code "\e"}, {@code "\x9b"}, {@code "\u001b"}) can write although
 * the raw bytes are printable, and the bidirectional controls that reorder what is shown (U+202A-U+202E,
 * U+2066-U+2069, and the marks U+200E, U+200F, U+061C). The reader refuses them in every key and value; every message
 * that repeats what a file said passes it through {@link #of}, so none is shown raw.
 */
public final class Visible {
    private Visible() {
    }

    /** Whether {@code c} is refused in a key or value. */
    public static boolean forbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' || c == 0x7F || c >= 0x80 && c <= 0x9F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** The offset of the first refused character of {@code text}, or -1. */
    public static int firstForbidden(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (forbidden(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** {@code text} with each refused character written as {@code \}{@code uXXXX}, so that it shows and does nothing. */
    public static String of(String text) {
        if (firstForbidden(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (forbidden(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** A name for the refused character {@code c}, for a message. */
    static String describe(int c) {
        String name = switch (c) {
            case 0x1B -> "escape, which starts a terminal control sequence";
            case 0x07 -> "bell";
            case 0x08 -> "backspace";
            case 0x00 -> "null";
            case 0x0D -> "carriage return";
            case 0x9B -> "control sequence introducer";
            case 0x202E -> "right-to-left override, which reverses the text shown after it";
            case 0x202D -> "left-to-right override";
            default -> c >= 0x202A ? "a bidirectional control, which reorders the text shown" : "a control character";
        };
        return String.format(java.util.Locale.ROOT, "U+%04X (%s)", c, name);
    }
}
