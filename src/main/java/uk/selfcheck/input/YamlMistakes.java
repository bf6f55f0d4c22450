package uk.selfcheck.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML mistakes people make most when writing a self-assessment by hand, recognised from the parser's complaint
 * and the line it points at, and explained as what to type: a colon inside a text, an apostrophe inside single quotes,
 * a key indented one space out, a tab after a colon. Anything else is left to {@link SyntaxErrors}.
 */
final class YamlMistakes {
    /** A line that starts with a key: indent, an optional list dash, the key, its colon. */
    private static final Pattern KEY_LINE = Pattern.compile("^( *)(- +)?([^\\s'\\\"#:\\-\\[\\]{}][^:#]*?) *:(?=[ \\t]|$)");
    /** Past this length an example of the quoted text would fill the screen; the advice is given without it. */
    private static final int EXAMPLE_LENGTH = 70;

    private static final String PREFIX = "not valid YAML: ";

    private YamlMistakes() {
    }

    /** One of the known mistakes at the place SnakeYAML stopped, or null when the complaint is another one. */
    static InputError diagnose(String file, MarkedYAMLException e, String reading, String text) {
        InputError found = find(file, e, reading, text);
        return found == null ? null : new InputError(found.file(), found.line(), found.column(), found.field(),
                PREFIX + found.message(), null);
    }

    private static InputError find(String file, MarkedYAMLException e, String reading, String text) {
        Mark at = e.getProblemMark();
        if (at == null || text == null) {
            return null;
        }
        String[] lines = TextFile.lines(text);
        int index = at.getLine();
        if (index < 0 || index >= lines.length) {
            return null;
        }
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String line = lines[index];
        Matcher key = KEY_LINE.matcher(line);
        boolean hasKey = key.find();
        if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
            return tab(file, line, index, hasKey ? key : null, reading);
        }
        if (!hasKey) {
            return null;
        }
        String name = key.group(3);
        int colon = key.end() - 1;
        if (problem.startsWith("mapping values are not allowed")) {
            if (at.getColumn() > colon) {
                return colonInText(file, line, index, at.getColumn(), name, colon, reading);
            }
            return indentedTooFar(file, lines, index, name, reading);
        }
        if (problem.startsWith("expected <block end>")) {
            String value = line.substring(colon + 1).strip();
            if (value.startsWith("'") && problem.contains("<scalar>")) {
                return apostrophe(file, line, index, name, value, reading);
            }
            return misIndented(file, lines, index, name, reading);
        }
        return null;
    }

    private static InputError colonInText(String file, String line, int index, int column, String name, int colon,
                                          String reading) {
        String value = withoutComment(line.substring(colon + 1)).strip();
        return new InputError(file, index + 1, column + 1, field(reading, name), "the text of '" + name
                + "' contains a colon followed by a space (': '), which YAML reads as the start of another key; put "
                + "the whole text in double quotes" + example(name, value), null);
    }

    private static InputError apostrophe(String file, String line, int index, String name, String value,
                                         String reading) {
        String inner = value.endsWith("'") && value.length() > 1 ? value.substring(1, value.length() - 1) : value
                .substring(1);
        return new InputError(file, index + 1, line.indexOf(value) + 1, field(reading, name), "the text of '" + name
                + "' is in single quotes and contains an apostrophe, which ends the text early; write the apostrophe "
                + "twice ('') or put the text in double quotes" + example(name, inner), null);
    }

    private static InputError tab(String file, String line, int index, Matcher key, String reading) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return null;
        }
        String before = line.substring(0, tab).stripTrailing();
        if (before.endsWith(":")) {
            String name = key != null ? key.group(3) : before.substring(0, before.length() - 1).strip();
            return new InputError(file, index + 1, tab + 1, field(reading, name), "a tab was found after the colon "
                    + "of '" + name + "'; YAML needs a space there: replace the tab with a space", null);
        }
        if (before.isEmpty()) {
            return new InputError(file, index + 1, tab + 1, reading, "a tab character is used for indentation; "
                    + "indent with spaces", null);
        }
        return new InputError(file, index + 1, tab + 1, reading, "a tab character was found; use spaces instead",
                null);
    }

    /**
     * A key whose indent lines up with no key above it: named with the indents that would place it, the nearer
     * first (a key one space short of its neighbours is the usual slip).
     */
    private static InputError misIndented(String file, String[] lines, int index, String name, String reading) {
        int indent = indent(lines[index]);
        List<int[]> open = openKeys(lines, index);
        int[] deeper = null;
        int[] shallower = null;
        for (int[] candidate : open) {
            int at = candidate[1];
            if (at == indent) {
                return null; // lines up after all: some other complaint
            }
            if (at > indent && (deeper == null || at < deeper[1])) {
                deeper = candidate;
            }
            if (at < indent && (shallower == null || at > shallower[1])) {
                shallower = candidate;
            }
        }
        if (deeper == null && shallower == null) {
            return null;
        }
        int[] first = deeper;
        int[] second = shallower;
        if (deeper == null || shallower != null && indent - shallower[1] < deeper[1] - indent) {
            first = shallower;
            second = deeper;
        }
        String siblingKey = keyOf(lines[first[0]]);
        StringBuilder message = new StringBuilder("'").append(name).append("' is indented ").append(spaces(indent))
                .append(", which lines up with no key above it; indent it ").append(spaces(first[1]))
                .append(", as '").append(siblingKey).append("' on line ").append(first[0] + 1).append(" is");
        if (second != null) {
            message.append(" (or ").append(spaces(second[1])).append(", as '").append(keyOf(lines[second[0]]))
                    .append("' on line ").append(second[0] + 1).append(" is)");
        }
        return new InputError(file, index + 1, indent + 1, sibling(reading, siblingKey, name), message.toString(),
                null);
    }

    /** A key indented past the key above it, whose value YAML then reads as running on to this line. */
    private static InputError indentedTooFar(String file, String[] lines, int index, String name, String reading) {
        int indent = indent(lines[index]);
        List<int[]> open = openKeys(lines, index);
        if (open.isEmpty() || open.get(0)[1] >= indent) {
            return null;
        }
        int[] above = open.get(0);
        String aboveKey = keyOf(lines[above[0]]);
        return new InputError(file, index + 1, indent + 1, sibling(reading, aboveKey, name), "'" + name
                + "' is indented " + spaces(indent) + ", further than '" + aboveKey + "' on line " + (above[0] + 1)
                + ", so YAML reads it as part of that line's value; indent it " + spaces(above[1]) + ", as '"
                + aboveKey + "' is", null);
    }

    /**
     * The keys still open at {@code index}, nearest first: the key on the last line written before it, then each
     * less-indented key above that, as {@code {line, indent}}.
     */
    private static List<int[]> openKeys(String[] lines, int index) {
        List<int[]> open = new ArrayList<>();
        int limit = Integer.MAX_VALUE;
        for (int i = index - 1; i >= 0 && limit > 0; i--) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#") || !KEY_LINE.matcher(line).find()) {
                continue;
            }
            int indent = indent(line);
            if (indent < limit) {
                open.add(new int[] {i, indent});
                limit = indent;
            }
        }
        return open;
    }

    private static String keyOf(String line) {
        Matcher key = KEY_LINE.matcher(line);
        return key.find() ? key.group(3) : line.strip();
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String spaces(int n) {
        return n == 1 ? "1 space" : n + " spaces";
    }

    /**
     * The path of {@code name} when it sits beside {@code siblingKey}, found in the path being read: the parser has
     * read the sibling (or something inside it) when it meets the mis-placed line.
     */
    private static String sibling(String reading, String siblingKey, String name) {
        String[] parts = reading.isEmpty() ? new String[0] : reading.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].equals(siblingKey)) {
                StringBuilder path = new StringBuilder();
                for (int j = 0; j < i; j++) {
                    path.append(parts[j]).append('.');
                }
                return path.append(name).toString();
            }
        }
        return name;
    }

    /** The path of the key on the line: the one being read, or the key alone when the parser was elsewhere. */
    private static String field(String reading, String name) {
        if (reading.equals(name) || reading.endsWith("." + name)) {
            return reading;
        }
        return sibling(reading, name, name);
    }

    private static String example(String name, String value) {
        if (value.isEmpty() || value.length() > EXAMPLE_LENGTH) {
            return "";
        }
        return ": " + name + ": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The line without a trailing comment (a '#' after a space). */
    private static String withoutComment(String text) {
        int hash = text.indexOf(" #");
        return hash < 0 ? text : text.substring(0, hash);
    }
}
