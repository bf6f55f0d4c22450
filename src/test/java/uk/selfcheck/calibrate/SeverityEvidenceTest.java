package uk.selfcheck.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.model.RuleInfo;

class SeverityEvidenceTest {
    private final RulePack pack = ShippedPack.get();

    @Test
    void aWeaknessCountsTowardsThePublishedGradeOfItsJudgement() throws Exception {
        CalibrationSet set = CalibrationSet.read(pack, List.of(Path.of("fixtures/edge/care-leavers-inadequate.yaml")),
                LocalDate.now());
        List<SeverityEvidence.Row> rows = SeverityEvidence.of(pack, set);
        SeverityEvidence.Row health = rows.stream().filter(r -> r.rule().id().equals("W-CL-HEALTH-HISTORIES"))
                .findFirst().orElseThrow();
        assertArrayEquals(new int[] {1, 0, 0, 0}, health.byGrade(), "care leavers are expected inadequate");
        assertNull(health.suggested(), "one firing is too thin to question a severity");
        assertTrue(rows.stream().allMatch(r -> r.rule().isWeakness()));
        String text = SeverityEvidence.text(rows);
        assertTrue(text.contains("W-CL-HEALTH-HISTORIES"), text);
        assertTrue(text.contains("weakness rules have a severity the evidence questions"), text);
        assertTrue(SeverityEvidence.json(rows).contains("\"by_published_grade\""));
    }

    @Test
    void namedInGoodJudgementsIsLowAndOnlyInWeakOnesIsHigh() {
        RuleInfo medium = pack.rule("W-WORKFORCE-CASELOADS-HIGH").orElseThrow();
        assertEquals("medium", medium.severity().id());
        assertEquals("low", SeverityEvidence.row(medium, new int[] {2, 2, 3, 1}).suggested(), "half in good+");
        assertNull(SeverityEvidence.row(medium, new int[] {3, 3, 2, 0}).suggested(), "a quarter in good+");
        assertEquals("high", SeverityEvidence.row(medium, new int[] {5, 5, 0, 0}).suggested(), "never in good+");
        assertNull(SeverityEvidence.row(medium, new int[] {4, 5, 0, 0}).suggested(), "never, but only 9 times");
        assertNull(SeverityEvidence.row(medium, new int[] {1, 1, 3, 1}).suggested(), "too few to say");
        RuleInfo high = pack.rule("W-CIC-PERMANENCE-DELAYED").orElseThrow();
        assertNull(SeverityEvidence.row(high, new int[] {12, 30, 0, 0}).suggested(), "agrees with the rule");
    }
}
