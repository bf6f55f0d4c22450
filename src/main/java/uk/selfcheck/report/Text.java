package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.List;

/** Plain-text helpers shared by the text renderers. */
final class Text {
    static final int WIDTH = 100;
    /** Compiled once: String.split compiles its pattern on every call, which made wrapping most of a report's cost. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private Text() {
    }

    /** Wraps {@code text} to the report width, each line starting with {@code indent}. */
    static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : WHITESPACE.split(text.trim())) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    /** "label ........ value" to a fixed column. */
    static String dotted(String label, String value, int column) {
        StringBuilder line = new StringBuilder(label).append(' ');
        while (line.length() < column) {
            line.append('.');
        }
        return line.append(' ').append(value).toString();
    }

    /** "1 strength", "3 weaknesses". */
    static String count(int n, String singular) {
        return count(n, singular, singular.endsWith("s") ? singular + "es" : singular + "s");
    }

    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** The document names of a rule's sources, without the passages. */
    static List<String> documentNames(List<String> sources) {
        List<String> names = new ArrayList<>();
        for (String source : sources) {
            int colon = source.indexOf(':');
            String name = colon < 0 ? source : source.substring(0, colon);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
