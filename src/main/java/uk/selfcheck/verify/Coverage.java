package uk.selfcheck.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.selfcheck.engine.DisabledRule;
import uk.selfcheck.model.RuleInfo;

/**
 * Which rules the fixtures fire, overall and per area.
 *
 * @param disabled the rules an overlay disables, left out of the count, with where the overlay disables each
 * @param scope    what the rules counted are, when not the whole pack (e.g. "the rules of client"), or null
 */
public record Coverage(int rules, int fired, Map<String, int[]> byArea, List<String> unfired,
                       Map<String, DisabledRule> disabled, String scope) {

    public Coverage(int rules, int fired, Map<String, int[]> byArea, List<String> unfired) {
        this(rules, fired, byArea, unfired, Map.of(), null);
    }

    /** The coverage of {@code all}, saying which rules overlays disable and what the rules counted are. */
    public static Coverage of(List<RuleInfo> all, List<FixtureResult> results, Map<String, DisabledRule> disabled,
                              String scope) {
        Coverage c = of(all, results);
        return new Coverage(c.rules, c.fired, c.byArea, c.unfired, new TreeMap<>(disabled), scope);
    }

    public static Coverage of(List<RuleInfo> all, List<FixtureResult> results) {
        // only asked whether it holds an id: the order of the report comes from the pack's rules
        Set<String> fired = new HashSet<>();
        for (FixtureResult result : results) {
            fired.addAll(result.firedRules());
        }
        Map<String, int[]> byArea = new TreeMap<>();
        List<String> unfired = new ArrayList<>();
        int count = 0;
        for (RuleInfo rule : all) {
            int[] area = byArea.computeIfAbsent(rule.area(), a -> new int[2]);
            area[1]++;
            if (fired.contains(rule.id())) {
                area[0]++;
                count++;
            } else {
                unfired.add(rule.id());
            }
        }
        return new Coverage(all.size(), count, byArea, unfired);
    }

    /**
     * The headline coverage line of the text and GitHub formats; when there is nothing to count it says why, rather
     * than "0 of 0".
     */
    public String summary() {
        if (rules == 0) {
            return scope == null ? "Rule coverage: nothing to count, as the pack has no finding rules"
                    : "Rule coverage: nothing to count, as no rule is defined in " + scope.replaceFirst("^the rules of ",
                    "") + "; --overlay-coverage counts only the rules the overlay folders add or replace";
        }
        return "Rule coverage: " + fired + " of " + rules + (scope == null ? " rules" : " of " + scope) + " fired ("
                + format(percent()) + ")";
    }

    public double percent() {
        return rules == 0 ? 100.0 : 100.0 * fired / rules;
    }

    public static String format(double percent) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", percent);
    }
}
