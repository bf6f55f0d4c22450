package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.model.GradingPolicy;
import uk.selfcheck.testing.OneRulePack;

/** A broken pack is refused whole, with each problem at its file and line, never a Drools stack trace. */
class BrokenPackTest {
    @TempDir
    Path pack;

    private static final String GOOD_RULE = OneRulePack.RULE;

    @BeforeEach
    void writePack() throws IOException {
        OneRulePack.writeWithoutRule(pack);
    }

    private String problems(String drl) throws IOException {
        Path file = pack.resolve("leadership/workforce.drl");
        Files.writeString(file, drl);
        RulePackException e = assertThrows(RulePackException.class, () -> RulePackLoader.load(pack));
        return e.problems().stream().map(p -> p.format()).collect(Collectors.joining("\n"));
    }

    private void assertProblem(String drl, String expected) throws IOException {
        String problems = problems(drl);
        assertTrue(problems.contains(expected), "expected '" + expected + "' in:\n" + problems);
        assertTrue(!problems.contains("Exception"), problems);
    }

    @Test
    void aValidPackLoads() throws Exception {
        Files.writeString(pack.resolve("leadership/workforce.drl"), GOOD_RULE);
        RulePack loaded = RulePackLoader.load(pack);
        assertTrue(loaded.rule("S-CASELOADS").isPresent());
    }

    @Test
    void gradingNumbersOutsideTheirRangeAreEachNamedAtTheirLine() throws IOException {
        Path manifest = pack.resolve("pack.yaml");
        Files.writeString(manifest, Files.readString(manifest)
                .replaceFirst("good_max_weakness_share: [0-9.]+", "good_max_weakness_share: 1.7")
                .replaceFirst("tolerance: [0-9]+", "tolerance: -1")
                .replaceFirst("high: [0-9.]+", "high: -3")
                .replaceFirst("inadequate_min_serious_weaknesses: [0-9]+", "inadequate_min_serious_weaknesses: 2.5"));
        String problems = problems(GOOD_RULE);
        for (String expected : List.of(
                "grading.area.good_max_weakness_share: good_max_weakness_share = 1.7 is outside its meaningful range, "
                        + "0.0 to 1.0 (a share of the weight)",
                "grading.self_evaluation.tolerance: tolerance = -1 is outside its meaningful range, 0 to 3",
                "strength_weight.high = -3.0 is outside its meaningful range",
                "inadequate_min_serious_weaknesses is a count: write a whole number, not 2.5")) {
            assertTrue(problems.contains(expected), "expected '" + expected + "' in:\n" + problems);
        }
        assertTrue(problems.contains("pack.yaml:"), problems);
    }

    /** A pack written before outstanding weighed exceptional practice against weaknesses loads as it did then. */
    @Test
    void theExceptionalMarginIsOptionalAndACount() throws Exception {
        Files.writeString(pack.resolve("leadership/workforce.drl"), GOOD_RULE);
        Path manifest = pack.resolve("pack.yaml");
        String shipped = Files.readString(manifest);
        String margin = "(?m)^(\\s*)outstanding_min_exceptional_over_weaknesses: [0-9-]+\n";
        Files.writeString(manifest, shipped.replaceFirst(margin, ""));
        assertEquals(GradingPolicy.NO_EXCEPTIONAL_MARGIN,
                RulePackLoader.load(pack).manifest().grading().getOutstandingMinExceptionalOverWeaknesses());
        Files.writeString(manifest, shipped.replaceFirst(margin, "$1outstanding_min_exceptional_over_weaknesses: 1.5\n"));
        assertProblem(GOOD_RULE, "outstanding_min_exceptional_over_weaknesses is a count: write a whole number, not 1.5");
    }

    @Test
    void aFocusedVisitScopeNamingAVisitThePackDoesNotHaveIsRefused() throws IOException {
        Path manifest = pack.resolve("pack.yaml");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("(?m)^grading:",
                "focused_visit_scope:\n  front_dor: [workforce]\n\ngrading:"));
        assertProblem(GOOD_RULE, "focused_visit_scope names 'front_dor', which is not one of the "
                + "focused_visit_themes (did you mean 'front_door'?)");
    }

    @Test
    void weaknessSharesOutOfOrderAreRefused() throws IOException {
        Path manifest = pack.resolve("pack.yaml");
        Files.writeString(manifest, Files.readString(manifest)
                .replaceFirst("good_max_weakness_share: [0-9.]+", "good_max_weakness_share: 0.9"));
        assertTrue(problems(GOOD_RULE).contains("the weakness shares must rise with the grades they lower"));
    }

    @Test
    void drlSyntaxErrorIsLocated() throws IOException {
        assertProblem(GOOD_RULE.replace("then\n", "thn\n"), "workforce.drl:18");
    }

    @Test
    void unknownFactFieldIsLocated() throws IOException {
        assertProblem(GOOD_RULE.replace("criterion ==", "criterium =="), "workforce.drl:");
    }

    @Test
    void missingMetadataIsNamed() throws IOException {
        assertProblem(GOOD_RULE.replace("    @severity(\"medium\")\n", ""),
                "workforce.drl:6:1: rule S-CASELOADS: missing metadata @severity(...)");
    }

    @Test
    void malformedMetadataIsNamed() throws IOException {
        assertProblem(GOOD_RULE.replace("@severity(\"medium\")", "@severity(\"medum\")"),
                "rule S-CASELOADS: @severity must be low, medium, high or critical (did you mean 'medium'?)");
    }

    @Test
    void findingKeyClashIsExplained() throws IOException {
        assertProblem(GOOD_RULE.replace("@text(", "@finding("),
                "workforce.drl:12:5: metadata key @finding clashes with the Finding class");
    }

    @Test
    void unknownCriterionGetsASuggestion() throws IOException {
        assertProblem(GOOD_RULE.replace("\"caseloads_manageable\"", "\"caseload_manageable\""),
                "rule S-CASELOADS tests criterion 'caseload_manageable', which no criteria file defines (did you "
                        + "mean 'caseloads_manageable'?)");
    }

    @Test
    void sourceNamingNoDocumentIsRefused() throws IOException {
        assertProblem(GOOD_RULE.replace("Newcastle 2019 focused visit:", "Newcastel 2019 focused visit:"),
                "source 'Newcastel 2019 focused visit' names no document in pack.yaml (did you mean 'Newcastle "
                        + "2019 focused visit'?)");
    }

    @Test
    void duplicateRuleIdIsRefused() throws IOException {
        Files.writeString(pack.resolve("leadership/copy.drl"), GOOD_RULE.replace("test.workforce", "test.copy"));
        assertProblem(GOOD_RULE, "rule id S-CASELOADS is already defined at");
    }

    @Test
    void missingManifestIsNamed() throws IOException {
        Files.delete(pack.resolve("pack.yaml"));
        assertProblem(GOOD_RULE, "pack.yaml: the rule pack has no pack.yaml");
    }
}
