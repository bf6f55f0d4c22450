package uk.selfcheck.input;

import java.util.List;
import java.util.Map;

/**
 * The contents of an overlay folder's {@code overlay.yaml}: rules to switch off, severities to change, and grading
 * numbers to replace, without copying any rule.
 *
 * @param description what the overlay is for, as its {@code description:} says; empty when it has none
 * @param disable   rule ids, each with the line it was written on
 * @param severity  rule id to new severity id, with lines
 * @param grading   the overlay's {@code grading:} section, merged over the pack's; null when absent
 */
public record Overlay(String file, String description, List<Located> disable, Map<String, Located> severity,
                     YamlNode.Mapping grading) {

    /** A value and the line it was written on. */
    public record Located(String value, int line, int column) {
    }
}
