package uk.selfcheck.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a rule is written in its DRL file, and its text, found by scanning the file (Drools keeps neither). */
record RuleLocation(String file, int line, String text) {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

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
