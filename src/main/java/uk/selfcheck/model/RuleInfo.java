package uk.selfcheck.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata of one finding rule, read from the annotations of the compiled rule so it cannot drift from the rule.
 *
 * @param criteria the criterion ids the rule's conditions name, for coverage and lint
 * @param source   the rule as written (for a decision table, the DRL generated from its row), for explain
 */
public record RuleInfo(String id, Kind kind, String area, String theme, Severity severity, String title,
                       String finding, String recommendation, List<String> sources, List<String> criteria,
                       String file, int line, String source) {
    private static final Pattern[] CONDITIONS = {
        Pattern.compile("(?sm)^\\s*when\\s*$(.*?)^\\s*then\\s*$"),
        Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b")};

    /** A rule known only by its metadata (no text to show). */
    public RuleInfo(String id, Kind kind, String area, String theme, Severity severity, String title, String finding,
                    String recommendation, List<String> sources, List<String> criteria, String file, int line) {
        this(id, kind, area, theme, severity, title, finding, recommendation, sources, criteria, file, line, "");
    }

    /**
     * The rule's conditions: the lines between {@code when} and {@code then}, as written. The keywords are looked for
     * on lines of their own first, as rules are laid out, because the words also occur in the rule's texts ("visits
     * when there are concerns").
     */
    public String conditions() {
        for (Pattern pattern : CONDITIONS) {
            Matcher m = pattern.matcher(source);
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return source.strip();
    }

    public boolean isWeakness() {
        return kind == Kind.WEAKNESS;
    }
}
