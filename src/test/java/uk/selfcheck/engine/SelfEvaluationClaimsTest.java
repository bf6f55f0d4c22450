package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.AreaTotals;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Grade;
import uk.selfcheck.report.TextReport;

/**
 * Leaders' claim to know their service (the self-assessment is accurate; leaders know frontline practice) set against
 * their own grades for practice (rules/judgement/leadership.drl): one conclusion, and a leadership judgement added up
 * without the claim the grades contradict.
 */
class SelfEvaluationClaimsTest {
    private final RulePack pack = ShippedPack.get();

    @TempDir
    Path dir;

    /**
     * Help and protection the evidence puts at requires improvement; leadership whose two claims, counted, would leave
     * its weaknesses within good's share of the weight, and at half of it without them (requires improvement).
     */
    /** Children in care the evidence puts at good: leaders are judged at most as good as the best practice. */
    private static final String CHILDREN_IN_CARE = """
              children_in_care:
                care_planning:
                  cic_decisions_to_look_after: consistently
                  cic_return_home_planning: consistently
                  cic_family_options_explored: consistently
            """;

    private Evaluation evaluate(String selfGrades, String accurate, String frontline) throws Exception {
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, "authority: Exampleshire (fictional)\ndate: 2025-03-31\nframework: ilacs-2023\n"
                + (selfGrades.isEmpty() ? "" : "self_assessed_grades:\n" + selfGrades) + """
                answers:
                  help_and_protection:
                    assessments:
                      assessments_comprehensive_analytical: inconsistently
                      assessments_lived_experience: inconsistently
                      assessments_history_cumulative_impact: consistently
                    front_door:
                      single_point_of_contact: consistently
                      contact_referral_decisions_timely: consistently
                      thresholds_shared_understanding: consistently
                """ + CHILDREN_IN_CARE + """
                  leadership:
                    self_evaluation:
                      self_assessment_accurate: %s
                """.formatted(accurate)
                + (frontline == null ? "" : "      leaders_know_frontline_practice: " + frontline + "\n") + """
                      leaders_act_on_weaknesses: inconsistently
                    supervision_and_oversight:
                      supervision_regular: consistently
                      supervision_clear_direction: consistently
                """);
        return new Evaluator(pack).evaluate(new SelfAssessmentReader(pack.manifest(), pack.catalog(),
                LocalDate.of(2025, 4, 1)).read(file, "a.yaml"));
    }

    /** The leadership findings, but for the criteria left out of the file (weighed at 0, and not in question here). */
    private static List<String> ids(Evaluation e) {
        return e.findings().stream().filter(f -> f.getArea().equals("leadership") && f.getNotAssessed() == null)
                .map(Finding::getId).sorted().toList();
    }

    private static Finding only(Evaluation e, String id) {
        List<Finding> found = e.findings().stream().filter(f -> f.getId().equals(id)).toList();
        assertEquals(1, found.size(), id + " in " + found);
        return found.get(0);
    }

    private static Grade leadership(Evaluation e) {
        return e.area("leadership").orElseThrow().predicted().orElseThrow();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private String report(Evaluation e) {
        return new TextReport(pack.catalog(), pack.manifest().areas()).render(e);
    }

    @Test
    void leadersWhoseGradesMatchTheEvidenceKeepBothClaimsAndAGoodGrade() throws Exception {
        Evaluation e = evaluate("  help_and_protection: requires_improvement\n", "consistently", "consistently");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, e.area("help_and_protection").orElseThrow().predicted().orElseThrow());
        assertEquals(List.of("S-SELFEVAL-ACCURATE", "S-SELFEVAL-KNOW-FRONTLINE", "S-SUPERVISION-CLEAR-DIRECTION",
                "S-SUPERVISION-REGULAR", "W-SELFEVAL-WEAKNESSES-UNADDRESSED"), ids(e));
        assertEquals(4, e.area("leadership").orElseThrow().totals().strengths());
        assertEquals(Grade.GOOD, leadership(e));
    }

    @Test
    void anOptimisticGradeWithdrawsBothClaimsSaysSoOnceAndTheLeadershipGradeIsAddedUpWithoutThem()
            throws Exception {
        Evaluation e = evaluate("  help_and_protection: good\n", "consistently", "consistently");
        assertEquals(List.of("S-SUPERVISION-CLEAR-DIRECTION", "S-SUPERVISION-REGULAR",
                "W-SELF-EVALUATION-OPTIMISTIC", "W-SELFEVAL-WEAKNESSES-UNADDRESSED"), ids(e));
        assertEquals("Leaders expect the experiences and progress of children who need help and protection to be "
                        + "good; the evidence supports requires improvement to be good. leaders_know_frontline_practice "
                        + "is rated consistently and self_assessment_accurate is rated consistently, but the leaders' "
                        + "own grades for practice show otherwise, so those ratings are not counted as strengths.",
                only(e, "W-SELF-EVALUATION-OPTIMISTIC").getDetail());
        AreaTotals totals = e.area("leadership").orElseThrow().totals();
        assertEquals(2, totals.strengths());
        // the comparison of grades is weighed by its own limit, as before, not added into the totals
        assertEquals(List.of("W-SELFEVAL-WEAKNESSES-UNADDRESSED"), totals.getWeaknessIds());
        assertEquals(53, totals.getWeaknessPercent());
        // counted, the two claims would have kept leadership good (the test above); without them weaknesses weigh more than half
        assertEquals(Grade.REQUIRES_IMPROVEMENT, leadership(e));
        assertTrue(e.area("leadership").orElseThrow().grade().getDecidingCaps().stream()
                .anyMatch(c -> c.reason().startsWith("weaknesses carry 53% of the weight")),
                e.area("leadership").orElseThrow().grade().getDecidingCaps().toString());

        String text = report(e);
        assertEquals(0, count(text, "The self-assessment is accurate"), text);
        assertEquals(0, count(text, "Leaders have an accurate view of frontline practice"), text);
        assertEquals(1, count(text, "- The self-evaluation is more optimistic than the evidence"), text);
        assertEquals(1, count(text, "so those ratings are not counted"), text);
    }

    @Test
    void anInaccurateGradeWithdrawsTheOneClaimMadeAndCapsLeadership() throws Exception {
        Evaluation e = evaluate("  help_and_protection: outstanding\n", "mostly", null);
        assertEquals(List.of("S-SUPERVISION-CLEAR-DIRECTION", "S-SUPERVISION-REGULAR",
                "W-SELF-EVALUATION-INACCURATE", "W-SELFEVAL-WEAKNESSES-UNADDRESSED"), ids(e));
        assertTrue(only(e, "W-SELF-EVALUATION-INACCURATE").getDetail().endsWith("self_assessment_accurate is rated "
                + "mostly, but the leaders' own grades for practice show otherwise, so that rating is not counted as "
                + "a strength."), only(e, "W-SELF-EVALUATION-INACCURATE").getDetail());
        assertEquals(2, e.area("leadership").orElseThrow().totals().strengths());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, leadership(e));
    }

    @Test
    void withTwoOptimisticGradesTheWithdrawalIsSaidOnceOnTheMoreSevereWeakness() throws Exception {
        Evaluation e = evaluate("  help_and_protection: outstanding\n  children_in_care: outstanding\n",
                "consistently", "consistently");
        assertEquals(Grade.GOOD, e.area("children_in_care").orElseThrow().predicted().orElseThrow());
        Finding inaccurate = only(e, "W-SELF-EVALUATION-INACCURATE");
        Finding optimistic = only(e, "W-SELF-EVALUATION-OPTIMISTIC");
        assertTrue(inaccurate.getDetail().contains("so those ratings are not counted as strengths"),
                inaccurate.getDetail());
        assertFalse(optimistic.getDetail().contains("not counted"), optimistic.getDetail());
        assertFalse(ids(e).contains("S-SELFEVAL-ACCURATE"), ids(e).toString());
        assertEquals(1, count(report(e), "not counted as strengths"));
    }

    @Test
    void leadersWhoRateTheirSelfAssessmentInaccurateWhileTheirGradesMatchAreTakenAtTheirWord() throws Exception {
        // nothing in the report says the self-assessment is accurate, so the weakness the leaders rated stands alone:
        // grades that match the evidence of the same self-assessment show it consistent, not accurate
        Evaluation e = evaluate("  help_and_protection: requires_improvement\n", "rarely", "consistently");
        assertEquals(List.of("S-SELFEVAL-KNOW-FRONTLINE", "S-SUPERVISION-CLEAR-DIRECTION", "S-SUPERVISION-REGULAR",
                "W-SELFEVAL-INACCURATE", "W-SELFEVAL-WEAKNESSES-UNADDRESSED"), ids(e));
        assertNull(only(e, "W-SELFEVAL-INACCURATE").getDetail());
        String text = report(e);
        assertEquals(1, count(text, "- The self-assessment is not accurate"), text);
        assertEquals(0, count(text, "The self-assessment is accurate"), text);
    }

    @Test
    void withoutOwnGradesTheClaimsStand() throws Exception {
        Evaluation e = evaluate("", "consistently", "consistently");
        assertTrue(ids(e).containsAll(List.of("S-SELFEVAL-ACCURATE", "S-SELFEVAL-KNOW-FRONTLINE")), ids(e).toString());
        assertEquals(Grade.GOOD, leadership(e));
    }
}
