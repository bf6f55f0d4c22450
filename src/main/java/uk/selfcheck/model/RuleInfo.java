package uk.selfcheck.model;

import java.util.List;

/**
 * The metadata of one finding rule, read from the annotations of the compiled rule so it cannot drift from the rule.
 *
 * @param criteria the criterion ids the rule's conditions name, for coverage and lint
 * @param source   the rule as written (for a decision table, the DRL generated from its row), for explain
 */
public record RuleInfo(String id, Kind kind, String area, String theme, Severity severity, String title,
                       String finding, String recommendation, List<String> sources, List<String> criteria,
                       String file, int line, String source) {

    /** The rule's conditions: the lines between {@code when} and {@code then}, as written. */
    public String conditions() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b").matcher(source);
        return m.find() ? m.group(1).strip() : source.strip();
    }

    public boolean isWeakness() {
        return kind == Kind.WEAKNESS;
    }
}
