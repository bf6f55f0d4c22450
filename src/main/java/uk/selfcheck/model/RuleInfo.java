package uk.selfcheck.model;

import java.util.List;

/**
 * The metadata of one finding rule, read from the annotations of the compiled rule so it cannot drift from the rule.
 *
 * @param criteria the criterion ids the rule's conditions name, for coverage and lint
 */
public record RuleInfo(String id, Kind kind, String area, String theme, Severity severity, String title,
                       String finding, String recommendation, List<String> sources, List<String> criteria,
                       String file, int line) {

    public boolean isWeakness() {
        return kind == Kind.WEAKNESS;
    }
}
