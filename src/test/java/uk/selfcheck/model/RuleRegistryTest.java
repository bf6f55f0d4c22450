package uk.selfcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

class RuleRegistryTest {
    private static final RuleInfo W_B = rule("W-B", Kind.WEAKNESS, "leadership", "governance");
    private static final RuleInfo S_A = rule("S-A", Kind.STRENGTH, "leadership", "governance");
    private static final RuleInfo S_C = rule("S-C", Kind.STRENGTH, "leadership", "governance");
    private static final RuleInfo S_D = rule("S-D", Kind.STRENGTH, "adoption", "panel");
    private static final RuleInfo S_E = rule("S-E", Kind.STRENGTH, "leadership", "audit");

    private final RuleRegistry registry = registry(W_B, S_A, S_C, S_D, S_E);

    @Test
    void groupRanksFollowAreaThenThemeThenKind() {
        assertTrue(registry.rank(S_D).group() < registry.rank(S_E).group(), "area adoption before leadership");
        assertTrue(registry.rank(S_E).group() < registry.rank(S_A).group(), "theme audit before governance");
        assertTrue(registry.rank(S_A).group() < registry.rank(W_B).group(), "strengths before weaknesses");
    }

    @Test
    void rulesAlikeInAreaThemeAndKindShareAGroupRank() {
        assertEquals(registry.rank(S_A).group(), registry.rank(S_C).group());
    }

    @Test
    void idRanksFollowTheIds() {
        List<RuleInfo> byRank = List.of(S_A, S_C, S_D, S_E, W_B);
        for (int i = 1; i < byRank.size(); i++) {
            assertTrue(registry.rank(byRank.get(i - 1)).id() < registry.rank(byRank.get(i)).id(), byRank.get(i).id());
        }
    }

    @Test
    void anOverlaysRuleOfTheSameIdSharesItsIdRank() {
        RuleInfo reweighted = new RuleInfo("S-A", Kind.STRENGTH, "leadership", "governance", Severity.HIGH, "t", "f",
                "", List.of(), List.of(), "overlay.drl", 1);
        RuleRegistry withOverlay = registry(S_A, reweighted, W_B);
        assertEquals(withOverlay.rank(S_A).id(), withOverlay.rank(reweighted).id());
        assertTrue(withOverlay.rank(S_A).id() < withOverlay.rank(W_B).id());
    }

    @Test
    void aRuleFromAnotherPackIsRefused() {
        RuleInfo stranger = rule("S-X", Kind.STRENGTH, "adoption", "panel");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> registry.rank(stranger).group());
        assertEquals("rule S-X is not in this pack's registry", e.getMessage());
    }

    private static RuleInfo rule(String id, Kind kind, String area, String theme) {
        return new RuleInfo(id, kind, area, theme, Severity.MEDIUM, "title", "finding", "", List.of(), List.of(),
                area + ".drl", 1);
    }

    private static RuleRegistry registry(RuleInfo... infos) {
        Map<Rule, RuleInfo> byRule = new LinkedHashMap<>();
        for (RuleInfo info : infos) {
            byRule.put(compiledRule(info.id()), info);
        }
        return new RuleRegistry(byRule);
    }

    /** A stand-in for a compiled rule: the registry only uses it as an identity key. */
    private static Rule compiledRule(String name) {
        return (Rule) Proxy.newProxyInstance(Rule.class.getClassLoader(), new Class<?>[] {Rule.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "rule " + name;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
