package uk.selfcheck.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {
    @Test
    void countsExactWithinOneAndOffByTwoForOverallAndAreasApart() {
        Agreement a = Agreement.ofPairs(List.of(
                List.of(new GradePair("overall", "good", "good"),
                        new GradePair("leadership", "good", "requires_improvement"),
                        new GradePair("help_and_protection", "outstanding", "requires_improvement")),
                List.of(new GradePair("overall", "inadequate", "good"),
                        new GradePair("children_in_care", "requires_improvement", "not_graded"))));

        assertEquals(2, a.fixtures());
        assertEquals(new Agreement.Tally(1, 1, 1, 2), a.overall());
        assertEquals(new Agreement.Tally(0, 1, 1, 3), a.areas());
        assertEquals(2, a.offByTwo());
        assertEquals(new Agreement.Tally(0, 1, 0, 1), a.byJudgement().get("leadership"));
        assertEquals(1, a.overallMatrix().get("inadequate").get("good"));
        assertEquals(1, a.areaMatrix().get("requires_improvement").get(Agreement.NO_GRADE));
        assertEquals(1, a.areaMatrix().get("outstanding").get("requires_improvement"));
        assertEquals(50.0, a.overall().exactPercent());
    }

    @Test
    void nothingToCompareIsEmpty() {
        Agreement a = Agreement.ofPairs(List.of());
        assertTrue(a.isEmpty());
        assertEquals(0, a.overall().total());
        assertEquals(0.0, a.areas().exactPercent());
    }

    @Test
    void theMatrixRunsBestToWorstThenNoGrade() {
        assertEquals(List.of("outstanding", "good", "requires_improvement", "inadequate", "no_grade"),
                Agreement.COLUMNS);
    }
}
