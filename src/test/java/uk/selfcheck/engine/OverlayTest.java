package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.Severity;

/** Overlay folders change what the pack concludes without touching the pack. */
class OverlayTest {
    private static final Path RULES = Path.of("rules");
    private static final Path NEWCASTLE = Path.of("fixtures/seeds/newcastle-2019.yaml");
    private static final Path GATESHEAD_2015 = Path.of("fixtures/seeds/gateshead-2015.yaml");

    @TempDir
    Path overlay;

    private Evaluation check(Path fixture, List<Path> roots) throws Exception {
        RulePack pack = RulePackLoader.load(roots);
        return new Evaluator(pack).evaluate(new SelfAssessmentReader(pack.manifest(), pack.catalog(), LocalDate.now())
                .read(fixture, fixture.toString()));
    }

    private static Grade grade(Evaluation e, String area) {
        return e.area(area).orElseThrow().predicted().orElseThrow();
    }

    private static boolean fired(Evaluation e, String id) {
        return e.findings().stream().map(Finding::getId).anyMatch(id::equals);
    }

    @Test
    void disablingARuleRemovesItsFindingAndCanLiftAGrade() throws Exception {
        Path serious = Path.of("fixtures/edge/serious-failure-help-and-protection.yaml");
        Evaluation before = check(serious, List.of(RULES));
        assertEquals(Grade.REQUIRES_IMPROVEMENT, grade(before, "help_and_protection"));
        assertTrue(fired(before, "W-FD-IMMEDIATE-RISK-DELAYED"));
        Files.writeString(overlay.resolve("overlay.yaml"), "disable:\n  - W-FD-IMMEDIATE-RISK-DELAYED\n");
        Evaluation after = check(serious, List.of(RULES, overlay));
        assertFalse(fired(after, "W-FD-IMMEDIATE-RISK-DELAYED"));
        assertEquals(Grade.GOOD, grade(after, "help_and_protection"));
    }

    @Test
    void reweightingARuleChangesItsSeverityAndTheGrade() throws Exception {
        Files.writeString(overlay.resolve("overlay.yaml"), "severity:\n  W-PLANS-TASK-FOCUSED: low\n");
        Evaluation after = check(NEWCASTLE, List.of(RULES, overlay));
        Finding finding = after.findings().stream().filter(f -> f.getId().equals("W-PLANS-TASK-FOCUSED"))
                .findFirst().orElseThrow();
        assertEquals(Severity.LOW, finding.getSeverity());
        assertEquals(Severity.MEDIUM, finding.getEffectiveSeverity(), "rated rarely: one step up");
        assertEquals(Grade.GOOD, grade(after, "help_and_protection"));
    }

    @Test
    void changingAThresholdChangesAGrade() throws Exception {
        assertEquals(Grade.REQUIRES_IMPROVEMENT, grade(check(GATESHEAD_2015, List.of(RULES)), "lscb"));
        Files.writeString(overlay.resolve("overlay.yaml"), "grading:\n  area:\n    good_max_weakness_share: 0.5\n");
        assertEquals(Grade.GOOD, grade(check(GATESHEAD_2015, List.of(RULES, overlay)), "lscb"));
    }

    /**
     * Outstanding weighs the exceptional practice against what needs to improve: Gateshead 2015's help and protection,
     * with three criteria of exceptional practice beside four weaknesses, stays good; the strong fictional authority,
     * with four beside none, is outstanding until an overlay asks for five more than the weaknesses.
     */
    @Test
    void outstandingNeedsMoreExceptionalPracticeThanWeaknesses() throws Exception {
        Evaluation gateshead = check(GATESHEAD_2015, List.of(RULES));
        assertEquals(Grade.GOOD, grade(gateshead, "help_and_protection"));
        assertEquals(List.of("outstanding needs exceptional, sustained and innovative practice in more criteria than it "
                        + "has weaknesses: at least 5 criteria beside 4 weaknesses; 3 found"),
                reasons(gateshead, "help_and_protection"));

        Path strong = Path.of("fixtures/edge/outstanding-everywhere.yaml");
        assertEquals(Grade.OUTSTANDING, grade(check(strong, List.of(RULES)), "care_leavers"));
        Files.writeString(overlay.resolve("overlay.yaml"),
                "grading:\n  area:\n    outstanding_min_exceptional_over_weaknesses: 5\n");
        Evaluation asked = check(strong, List.of(RULES, overlay));
        assertEquals(Grade.GOOD, grade(asked, "care_leavers"));
        assertEquals(List.of("outstanding needs exceptional, sustained and innovative practice in at least 5 criteria; "
                + "4 found"), reasons(asked, "care_leavers"));
    }

    /**
     * Good allows one serious failure (a high weakness answered rarely) by a number of the policy; a weakness rated
     * critical in itself, here by an overlay, keeps its area from good whatever the numbers, and the reason names it.
     */
    @Test
    void oneSeriousFailureIsAllowedButAFailureThatLeavesChildrenAtRiskOfSeriousHarmIsNot() throws Exception {
        Path one = Path.of("fixtures/edge/one-serious-failure-good.yaml");
        Evaluation shipped = check(one, List.of(RULES));
        Finding strategy = shipped.findings().stream().filter(f -> f.getId().equals("W-STRATEGY-MEETINGS-INEFFECTIVE"))
                .findFirst().orElseThrow();
        assertEquals(Severity.HIGH, strategy.getSeverity());
        assertEquals(Severity.CRITICAL, strategy.getEffectiveSeverity(), "rated rarely: one step up");
        assertEquals(Grade.GOOD, grade(shipped, "help_and_protection"));
        assertEquals(List.of("outstanding needs exceptional, sustained and innovative practice in more criteria than it "
                        + "has weaknesses: at least 2 criteria beside 1 weakness; 0 found",
                "\u201cStrategy meetings do not lead to well-informed decisions\u201d is a serious failure, which good "
                        + "allows (at most 1) and outstanding does not"), reasons(shipped, "help_and_protection"));

        Files.writeString(overlay.resolve("overlay.yaml"), "grading:\n  area:\n    good_max_serious_weaknesses: 0\n");
        Evaluation none = check(one, List.of(RULES, overlay));
        assertEquals(Grade.REQUIRES_IMPROVEMENT, grade(none, "help_and_protection"));
        assertEquals(List.of("serious failures for most children: 1 (good allows 0): risks are not always identified "
                + "and managed"), reasons(none, "help_and_protection"));

        Files.writeString(overlay.resolve("overlay.yaml"), "severity:\n  W-STRATEGY-MEETINGS-INEFFECTIVE: critical\n");
        Evaluation harm = check(one, List.of(RULES, overlay));
        assertEquals(Grade.REQUIRES_IMPROVEMENT, grade(harm, "help_and_protection"));
        assertEquals(List.of("\u201cStrategy meetings do not lead to well-informed decisions\u201d leaves children at risk "
                + "of serious harm: good needs risks identified and managed through timely decisions, whatever the "
                + "strengths"), reasons(harm, "help_and_protection"));
        assertEquals(Grade.GOOD, grade(harm, "children_in_care"), "only the area of the finding");

        // at any prevalence: answered mostly, the finding is a step less severe, and still a harm the rule states
        Path mostly = overlay.resolve("mostly.yaml");
        Files.writeString(mostly, Files.readString(one).replace("      thresholds_shared_understanding: consistently\n",
                "      thresholds_shared_understanding: consistently\n      thresholds_applied_consistently: mostly\n"));
        Files.writeString(overlay.resolve("overlay.yaml"), "severity:\n  W-FD-THRESHOLDS-INCONSISTENT: critical\n");
        Evaluation widely = check(mostly, List.of(RULES, overlay));
        Finding thresholds = widely.findings().stream().filter(f -> f.getId().equals("W-FD-THRESHOLDS-INCONSISTENT"))
                .findFirst().orElseThrow();
        assertEquals(Severity.HIGH, thresholds.getEffectiveSeverity(), "answered mostly: one step down");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, grade(widely, "help_and_protection"));
        assertEquals(List.of("\u201c" + thresholds.getRule().title() + "\u201d leaves children at risk of serious "
                + "harm: good needs risks identified and managed through timely decisions, whatever the strengths"),
                reasons(widely, "help_and_protection"));
    }

    private static List<String> reasons(Evaluation e, String area) {
        return e.area(area).orElseThrow().grade().getDecidingCaps().stream().map(c -> c.reason()).toList();
    }

    @Test
    void aRuleOfTheSameIdReplacesThePacksRule() throws Exception {
        String base = Files.readString(RULES.resolve("help_and_protection/plans_and_reviews.drl"));
        int start = base.indexOf("rule \"W-PLANS-TASK-FOCUSED\"");
        int end = base.indexOf("\nend", start) + 4;
        String rule = base.substring(start, end).replace("rating <= Rating.", "rating < Rating.")
                .replaceFirst("@title\\(\"[^\"]*\"\\)", "@title(\"Plans do not say what they aim to change\")");
        Files.writeString(overlay.resolve("plans.drl"), "package client.plans;\nimport uk.selfcheck.model.Answer;\n"
                + "import uk.selfcheck.model.Finding;\nimport uk.selfcheck.model.Rating;\n\n" + rule + "\n");
        RulePack pack = RulePackLoader.load(List.of(RULES, overlay));
        assertEquals("Plans do not say what they aim to change", pack.rule("W-PLANS-TASK-FOCUSED").orElseThrow()
                .title());
        assertTrue(pack.rule("W-PLANS-TASK-FOCUSED").orElseThrow().file().endsWith("plans.drl"));
        assertEquals(1, pack.rules().stream().filter(r -> r.id().equals("W-PLANS-TASK-FOCUSED")).count());
    }

    @Test
    void mistakesInAnOverlayAreLocatedWithSuggestions() throws IOException {
        String file = overlay.resolve("overlay.yaml").toString();
        Files.writeString(overlay.resolve("overlay.yaml"), "severity:\n  W-PLANS-JARGON: mild\n");
        String problems = problems(List.of(RULES, overlay));
        assertTrue(problems.contains(file + ":2:19: severity.W-PLANS-JARGON: 'mild' is not a valid severity; use one "
                + "of: low, medium, high, critical"), problems);
        Files.writeString(overlay.resolve("overlay.yaml"), "grading:\n  area:\n    good_max_weakness_shares: 0.5\n"
                + "    min_answered_criteria: lots\n");
        problems = problems(List.of(RULES, overlay));
        assertTrue(problems.contains(file + ":3:5: grading.area.good_max_weakness_shares: unknown grading setting "
                + "'good_max_weakness_shares'"), problems);
        assertTrue(problems.contains("(did you mean 'good_max_weakness_share'?)"), problems);
        assertTrue(problems.contains(file + ":4:28: grading.area.min_answered_criteria: must be a number, as in "
                + "pack.yaml"), problems);
    }

    @Test
    void unknownRuleIdsInAnOverlayAreRefused() throws IOException {
        Files.writeString(overlay.resolve("overlay.yaml"), "disable:\n  - W-PLANS-TASK-FOCUSSED\nseverity:\n"
                + "  W-NO-SUCH-RULE: low\n");
        String problems = problems(List.of(RULES, overlay));
        assertTrue(problems.contains(":2:5: disable: no rule 'W-PLANS-TASK-FOCUSSED' to disable (did you mean "
                + "'W-PLANS-TASK-FOCUSED'?)"), problems);
        assertTrue(problems.contains(":4:1: severity.W-NO-SUCH-RULE: no rule 'W-NO-SUCH-RULE' to re-weight"), problems);
    }

    @Test
    void anOverlayFolderHoldsNoPackManifest() throws IOException {
        Files.copy(RULES.resolve("pack.yaml"), overlay.resolve("pack.yaml"));
        assertTrue(problems(List.of(RULES, overlay)).contains("an overlay folder holds overlay.yaml, not pack.yaml"));
    }

    private static String problems(List<Path> roots) {
        RulePackException e = assertThrows(RulePackException.class, () -> RulePackLoader.load(roots));
        return e.problems().stream().map(p -> p.format()).collect(Collectors.joining("\n"));
    }
}
