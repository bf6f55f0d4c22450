package uk.selfcheck.model;

import java.util.IdentityHashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Maps each compiled rule object to its parsed metadata. Keyed by identity: two packs may define a rule of the same
 * name with different metadata (an overlay re-weighting it), and each session must see its own pack's version.
 * Built once when a pack is loaded and read-only afterwards, so sessions on several threads may share it.
 */
public final class RuleRegistry {
    /** Name of the session global through which consequences reach the registry. */
    public static final String GLOBAL = "ruleRegistry";

    private final Map<Rule, RuleInfo> byRule;

    public RuleRegistry(Map<Rule, RuleInfo> byRule) {
        this.byRule = new IdentityHashMap<>(byRule);
    }

    public RuleInfo lookup(Rule rule) {
        RuleInfo info = byRule.get(rule);
        if (info == null) {
            throw new IllegalStateException("rule " + rule.getName() + " has no finding metadata (@kind, @area, ...)");
        }
        return info;
    }
}
