package uk.selfcheck.input;

/**
 * Characters that show as nothing at all, so that a key or value holding one looks exactly like one without it
 * ("date" with a zero-width space after it reads as "date" but is not): pasted from web pages, chat and word
 * processors. The reader refuses them in keys and values and names each with its place. A byte order mark at the very
 * start of a file is a mark, not text, and {@link TextFile} skips it.
 */
final class Invisible {
    private Invisible() {
    }

    /** Whether {@code c} is refused in a key or value: a zero-width space, word joiner or byte order mark. */
    static boolean inText(int c) {
        return c == 0x200B || c == 0x2060 || c == 0xFEFF;
    }

    /** Whether {@code c} is refused in a key: the invisible characters of any text, and the joiners and soft hyphen. */
    static boolean inKey(int c) {
        return inText(c) || c == 0x200C || c == 0x200D || c == 0x00AD || c == 0x00A0;
    }

    /** The offset of the first character of {@code text} that {@code key} or text may not hold, or -1. */
    static int first(String text, boolean key) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (key ? inKey(c) : inText(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** {@code text} without its invisible characters: how it looks on screen. */
    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !inKey(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The character in words, with its code: "a zero-width space (U+200B)". */
    static String describe(int c) {
        String name = switch (c) {
            case 0x200B -> "a zero-width space";
            case 0x2060 -> "an invisible word joiner";
            case 0xFEFF -> "an invisible byte order mark";
            case 0x200C -> "a zero-width non-joiner";
            case 0x200D -> "a zero-width joiner";
            case 0x00AD -> "a soft hyphen (shown only where a line breaks)";
            case 0x00A0 -> "a non-breaking space";
            default -> "an invisible character";
        };
        return name + String.format(java.util.Locale.ROOT, " (U+%04X)", c);
    }

    /** The offset of the first unpaired surrogate in {@code text} (half of a pair, which is no character), or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
