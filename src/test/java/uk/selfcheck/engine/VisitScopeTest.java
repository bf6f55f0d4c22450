package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Grade;

/** A focused visit's indicative grades weigh only the themes it looks at (pack.yaml's focused_visit_scope). */
class VisitScopeTest {
    private final RulePack pack = ShippedPack.get();

    @TempDir
    Path dir;

    /** Strong front door, weak plans: a front-door visit and a visit to children in need and on plans. */
    private Evaluation visit(String theme) throws Exception {
        Path file = dir.resolve(theme + ".yaml");
        Files.writeString(file, """
                authority: Exampleshire (fictional)
                date: 2025-03-31
                framework: ilacs-2023
                scope:
                  visit: focused_visit
                  theme: %s
                answers:
                  help_and_protection:
                    front_door:
                      single_point_of_contact: consistently
                      contact_referral_decisions_timely: consistently
                      thresholds_shared_understanding: consistently
                      thresholds_applied_consistently: consistently
                    plans_and_reviews:
                      cin_cp_plans_quality: rarely
                      cin_cp_plans_outcome_focused: rarely
                      cin_cp_plans_timebound: rarely
                      cin_cp_plans_child_focused: rarely
                """.formatted(theme));
        return new Evaluator(pack).evaluate(new SelfAssessmentReader(pack.manifest(), pack.catalog(),
                LocalDate.of(2025, 4, 1)).read(file, file.toString()));
    }

    @Test
    void aFrontDoorVisitWeighsTheFrontDoorAndNotPlans() throws Exception {
        Evaluation frontDoor = visit("front_door");
        Evaluation.AreaResult area = frontDoor.area("help_and_protection").orElseThrow();
        assertEquals(4, area.totals().answered());
        assertEquals(0, area.totals().weaknesses());
        assertTrue(area.predicted().orElseThrow().compareTo(Grade.GOOD) >= 0, area.predicted().toString());
        // the plans' weaknesses are still found and reported
        assertTrue(frontDoor.findings().stream().anyMatch(f -> f.isWeakness()
                && f.getTheme().equals("plans_and_reviews")));
    }

    @Test
    void aVisitToChildrenInNeedWeighsPlansAndNotTheFrontDoor() throws Exception {
        Evaluation.AreaResult area = visit("children_in_need_and_protection").area("help_and_protection")
                .orElseThrow();
        assertEquals(4, area.totals().answered());
        assertEquals(0, area.totals().strengths());
        assertEquals(Grade.INADEQUATE, area.predicted().orElseThrow());
    }
}
