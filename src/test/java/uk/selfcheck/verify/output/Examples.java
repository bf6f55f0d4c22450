package uk.selfcheck.verify.output;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.selfcheck.model.Kind;
import uk.selfcheck.model.RuleInfo;
import uk.selfcheck.model.Severity;
import uk.selfcheck.verify.Coverage;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.Mismatch;
import uk.selfcheck.verify.Verification;

/** Verification runs every output format is tested on, built by hand so each test states exactly what it renders. */
final class Examples {
    static final String SEED = "fixtures/seeds/newcastle-2019.yaml";
    static final String SEED_EXPECTED = "fixtures/seeds/newcastle-2019.expected.yaml";
    static final String CASES = "fixtures/rules/leadership/governance.cases.yaml";

    static final RuleInfo PLANS = rule("W-PLANS-TASK-FOCUSED", "help_and_protection", "rules/hp/plans.drl", 40);
    static final RuleInfo RECORDS = rule("W-GOV-RECORDS-INACCURATE", "leadership", "rules/leadership/gov.drl", 12);
    static final RuleInfo LEADERS = rule("S-GOV-STRONG-LEADERSHIP", "leadership", "rules/leadership/gov.drl", 3);
    static final List<RuleInfo> RULES = List.of(PLANS, RECORDS, LEADERS);

    private Examples() {
    }

    /** Every fixture and case passes and every rule fires. */
    static Verification allPass() {
        return new Verification(List.of(pass(SEED), pass(CASES + "#records rated rarely"),
                pass(CASES + "#records rated mostly")), coverage(PLANS, RECORDS, LEADERS), RULES, null);
    }

    /** The seed fixture breaks two expectations and a case one; coverage stays above the minimum asked for. */
    static Verification mismatches() {
        return new Verification(List.of(
                new FixtureResult(SEED, List.of(
                        new Mismatch(SEED_EXPECTED, 4, "expected help_and_protection requires_improvement, got good"),
                        new Mismatch(SEED_EXPECTED, 64, "missing W-PLANS-TASK-FOCUSED")), null),
                new FixtureResult(CASES + "#records rated rarely", List.of(new Mismatch(CASES, 7,
                        "case 'records rated rarely': unexpected S-GOV-STRONG-LEADERSHIP")), null),
                pass(CASES + "#records rated mostly")), coverage(RECORDS, LEADERS), RULES, 50.0);
    }

    /** Everything passes, but one rule of three fires, below the 100% asked for. */
    static Verification coverageBelowMinimum() {
        return new Verification(List.of(pass(SEED)), coverage(LEADERS), RULES, 100.0);
    }

    /** Messages holding every character some format must escape: markup, quotes, separators, newlines, control. */
    static Verification awkwardText() {
        return new Verification(List.of(new FixtureResult("fixtures/a b/x.cases.yaml#<&> \"quoted\", 100%: done",
                List.of(new Mismatch("fixtures/a b/x.cases.yaml", 2, "a <b> & \"c\", 50%: d\nnext line\u0007")),
                null)), coverage(PLANS, RECORDS, LEADERS), RULES, null);
    }

    /** Everything passes; an overlay disables a fourth rule, which coverage leaves out. */
    static Verification ruleDisabled() {
        Coverage c = coverage(PLANS, RECORDS, LEADERS);
        return new Verification(List.of(pass(SEED)), new Coverage(c.rules(), c.fired(), c.byArea(), c.unfired(),
                Map.of("W-PLANS-JARGON", new uk.selfcheck.engine.DisabledRule("client/overlay.yaml", 3)), null), RULES,
                null);
    }

    static Map<String, Verification> all() {
        return Map.of("allPass", allPass(), "mismatches", mismatches(), "coverageBelowMinimum",
                coverageBelowMinimum(), "awkwardText", awkwardText());
    }

    private static FixtureResult pass(String name) {
        return new FixtureResult(name, List.of(), null);
    }

    private static Coverage coverage(RuleInfo... fired) {
        List<String> firedIds = java.util.Arrays.stream(fired).map(RuleInfo::id).toList();
        Map<String, int[]> byArea = new TreeMap<>();
        for (RuleInfo rule : RULES) {
            int[] counts = byArea.computeIfAbsent(rule.area(), a -> new int[2]);
            counts[1]++;
            counts[0] += firedIds.contains(rule.id()) ? 1 : 0;
        }
        List<String> unfired = RULES.stream().map(RuleInfo::id).filter(id -> !firedIds.contains(id)).sorted()
                .toList();
        return new Coverage(RULES.size(), fired.length, byArea, unfired);
    }

    private static RuleInfo rule(String id, String area, String file, int line) {
        return new RuleInfo(id, id.startsWith("W-") ? Kind.WEAKNESS : Kind.STRENGTH, area, "theme", Severity.MEDIUM,
                "title", "finding", "recommendation", List.of("source"), List.of("criterion"), file, line, "");
    }
}
