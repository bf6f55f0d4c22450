package uk.selfcheck.model;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
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

    private static final Comparator<RuleInfo> BY_GROUP = Comparator.comparing(RuleInfo::area)
            .thenComparing(RuleInfo::theme).thenComparing(RuleInfo::kind);

    private final Map<Rule, RuleInfo> byRule;
    private final Map<RuleInfo, Integer> groupRanks;
    private final Map<RuleInfo, Integer> idRanks;

    public RuleRegistry(Map<Rule, RuleInfo> byRule) {
        this.byRule = new IdentityHashMap<>(byRule);
        List<RuleInfo> infos = List.copyOf(byRule.values());
        this.groupRanks = ranks(infos, BY_GROUP);
        this.idRanks = ranks(infos, Comparator.comparing(RuleInfo::id));
    }

    /**
     * Each rule's position among the pack's rules in the given order, rules that compare equal sharing one. Sorting a
     * report's findings then compares numbers instead of strings, which was a tenth of the cost of an evaluation.
     */
    private static Map<RuleInfo, Integer> ranks(List<RuleInfo> infos, Comparator<RuleInfo> order) {
        List<RuleInfo> sorted = infos.stream().sorted(order).toList();
        Map<RuleInfo, Integer> ranks = new IdentityHashMap<>();
        for (int i = 0, rank = 0; i < sorted.size(); i++) {
            if (i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
                rank = i;
            }
            ranks.put(sorted.get(i), rank);
        }
        return ranks;
    }

    /** The rule's rank by area name, theme and kind: equal ranks for rules equal in all three. */
    public int groupRank(RuleInfo info) {
        return rank(groupRanks, info);
    }

    /** The rule's rank by id: equal ranks for equal ids. */
    public int idRank(RuleInfo info) {
        return rank(idRanks, info);
    }

    private static int rank(Map<RuleInfo, Integer> ranks, RuleInfo info) {
        Integer rank = ranks.get(info);
        if (rank == null) {
            throw new IllegalStateException("rule " + info.id() + " is not in this pack's registry");
        }
        return rank;
    }

    public RuleInfo lookup(Rule rule) {
        RuleInfo info = byRule.get(rule);
        if (info == null) {
            throw new IllegalStateException("rule " + rule.getName() + " has no finding metadata (@kind, @area, ...)");
        }
        return info;
    }
}
