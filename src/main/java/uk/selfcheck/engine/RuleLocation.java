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
        while (m.find()) {
            if (previousName != null) {
                rules.putIfAbsent(previousName, at(file, drl, previousStart, m.start()));
            }
            previousName = m.group(1);
            previousStart = m.start();
        }
        if (previousName != null) {
            rules.putIfAbsent(previousName, at(file, drl, previousStart, drl.length()));
        }
        return rules;
    }

    private static RuleLocation at(String file, String drl, int start, int end) {
        int line = 1;
        for (int i = 0; i < start; i++) {
            if (drl.charAt(i) == '\n') {
                line++;
            }
        }
        // the match may begin with the newline before the rule
        while (start < drl.length() && Character.isWhitespace(drl.charAt(start))) {
            if (drl.charAt(start) == '\n') {
                line++;
            }
            start++;
        }
        return new RuleLocation(file, line, drl.substring(start, end));
    }
}
