package uk.selfcheck.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a rule is written in its DRL file, and its text, found by scanning the file (Drools keeps neither). */
record RuleLocation(String file, int line, String text) {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private static final Pattern TABLE_ROW = Pattern.compile("rule values at [A-Z]+(\\d+)");

    /**
     * Every rule of a DRL file by name. For DRL generated from a decision table, each rule's line is the spreadsheet
     * row it came from, which the generator notes in a comment above the rule.
     */
    static Map<String, RuleLocation> scan(String file, String drl, boolean fromTable) {
        Map<String, RuleLocation> rules = scan(file, drl);
        if (!fromTable) {
            return rules;
        }
        int[] rows = tableRows(drl);
        Map<String, RuleLocation> mapped = new HashMap<>();
        rules.forEach((name, loc) -> mapped.put(name, new RuleLocation(file, rows[Math.min(loc.line(), rows.length - 1)],
                loc.text())));
        return mapped;
    }

    /** For each line of DRL generated from a table, the spreadsheet row of the rule it belongs to (0 before any). */
    static int[] tableRows(String drl) {
        String[] lines = drl.split("\n", -1);
        int[] rows = new int[lines.length + 2];
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = TABLE_ROW.matcher(lines[i]);
            if (m.find()) {
                row = Integer.parseInt(m.group(1));
            }
            rows[i + 1] = row;
        }
        rows[lines.length + 1] = row;
        return rows;
    }

    /** Every rule of a DRL file by name. */
    static Map<String, RuleLocation> scan(String file, String drl) {
        Map<String, RuleLocation> rules = new HashMap<>();
        Matcher m = RULE.matcher(drl);
        int previousStart = -1;
        String previousName = null;
        int[] lines = {1, 0}; // line number at offset, counted once through the file rather than once per rule
        int from = 0;
        while (findAtLineStart(m, drl, from)) {
            from = m.end();
            if (previousName != null) {
                rules.putIfAbsent(previousName, at(file, drl, previousStart, m.start(), lines));
            }
            previousName = m.group(1);
            previousStart = m.start();
        }
        if (previousName != null) {
            rules.putIfAbsent(previousName, at(file, drl, previousStart, drl.length(), lines));
        }
        return rules;
    }

    /** @param lines the line number {@code lines[0]} at offset {@code lines[1]} (at or before {@code start}) */
    private static RuleLocation at(String file, String drl, int start, int end, int[] lines) {
        for (int i = lines[1]; i < start; i++) {
            if (drl.charAt(i) == '\n') {
                lines[0]++;
            }
        }
        lines[1] = start;
        int line = lines[0];
        // the match may begin with the newline before the rule
        while (start < drl.length() && Character.isWhitespace(drl.charAt(start))) {
            if (drl.charAt(start) == '\n') {
                line++;
            }
            start++;
        }
        return new RuleLocation(file, line, drl.substring(start, end));
    }

    /**
     * {@code m.find(from)} for {@link #RULE}, trying only the places where a line starts, which are the only places
     * the pattern can match: a plain find tries every character, which made scanning a pack slow.
     */
    private static boolean findAtLineStart(Matcher m, String drl, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int at = from;
        if (at > 0 && !startsLine(drl, at)) {
            at = nextLineStart(drl, at);
        }
        while (at < drl.length()) {
            m.region(at, drl.length());
            if (m.lookingAt()) {
                return true;
            }
            at = nextLineStart(drl, at);
        }
        return false;
    }

    private static boolean startsLine(String text, int at) {
        char before = text.charAt(at - 1);
        return isLineEnd(before) && !(before == '\r' && at < text.length() && text.charAt(at) == '\n');
    }

    private static int nextLineStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineEnd(c)) {
                return c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return text.length();
    }

    /** The line terminators of {@link Pattern#MULTILINE}. */
    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
