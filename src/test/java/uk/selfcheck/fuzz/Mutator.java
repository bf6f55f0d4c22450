package uk.selfcheck.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates a valid self-assessment the ways files really go wrong, and some ways only an attacker would try: flipped
 * bytes, a cut-off end, swapped or repeated keys, lines moved or re-indented, YAML syntax dropped in, and characters
 * from all over Unicode.
 */
final class Mutator {
    private static final String[] TOKENS = {"&a ", "*a", "!!java.lang.Runtime ", "!x ", "[", "]", "{", "}", "---\n",
        "...\n", ": ", "- ", "#", "\"", "'", "\t", "? ", "|\n", ">\n", "<<: ", "%YAML 1.1\n", "~", "null", "true",
        "1e400", "-0", ".nan", "0x1F", "2999-01-01", "not_assessed", "exceptional", "rarely", "\r", "\\u0000",
        "\uFEFF", "\u202E", "\uD83D\uDE00", "\u00A0", "\u0085", "\u2028"};
    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** One to four mutations of {@code seed}. */
    byte[] mutate(byte[] seed) {
        byte[] bytes = seed;
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            bytes = once(bytes);
        }
        return bytes;
    }

    private byte[] once(byte[] bytes) {
        if (bytes.length == 0) {
            return token().getBytes(StandardCharsets.UTF_8);
        }
        switch (random.nextInt(10)) {
            case 0: return flipBytes(bytes);
            case 1: return Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 2: return insert(bytes, token().getBytes(StandardCharsets.UTF_8));
            case 3: return insert(bytes, randomUnicode().getBytes(StandardCharsets.UTF_8));
            default: return lines(bytes);
        }
    }

    private byte[] flipBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = random.nextInt(copy.length);
            copy[at] = random.nextBoolean() ? (byte) (copy[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
        }
        return copy;
    }

    private byte[] insert(byte[] bytes, byte[] piece) {
        int at = random.nextInt(bytes.length + 1);
        byte[] out = new byte[bytes.length + piece.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(bytes, at, out, at + piece.length, bytes.length - at);
        return out;
    }

    /** Line-level edits, which keep most of the file valid so the mutation reaches validation and the rules. */
    private byte[] lines(byte[] bytes) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0: // swap the keys of two lines
                String[] ka = lines.get(a).split(":", 2);
                String[] kb = lines.get(b).split(":", 2);
                if (ka.length == 2 && kb.length == 2) {
                    lines.set(a, kb[0].strip().isEmpty() ? lines.get(a) : indent(ka[0]) + kb[0].strip() + ":" + ka[1]);
                    lines.set(b, ka[0].strip().isEmpty() ? lines.get(b) : indent(kb[0]) + ka[0].strip() + ":" + kb[1]);
                }
                break;
            case 1: // repeat a line: a duplicate key
                lines.add(a, lines.get(a));
                break;
            case 2:
                lines.remove(a);
                break;
            case 3:
                lines.set(a, " ".repeat(random.nextInt(5)) + lines.get(a).stripLeading());
                break;
            case 4: // swap two lines' values: a rating where a figure was, and so on
                String[] va = lines.get(a).split(": ", 2);
                String[] vb = lines.get(b).split(": ", 2);
                if (va.length == 2 && vb.length == 2) {
                    lines.set(a, va[0] + ": " + vb[1]);
                    lines.set(b, vb[0] + ": " + va[1]);
                }
                break;
            default:
                lines.add(a, lines.remove(b));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String indent(String keyPart) {
        return keyPart.substring(0, keyPart.length() - keyPart.stripLeading().length());
    }

    private String token() {
        return TOKENS[random.nextInt(TOKENS.length)];
    }

    private String randomUnicode() {
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            int c = random.nextInt(4) == 0 ? random.nextInt(0x20) : random.nextInt(0x10FFFF);
            if (c < 0xD800 || c > 0xDFFF) {
                text.appendCodePoint(c);
            }
        }
        return text.toString();
    }
}
