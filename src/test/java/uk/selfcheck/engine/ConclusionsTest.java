package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import uk.selfcheck.model.Severity;

/** One conclusion per criterion: rules/judgement/conclusions.drl, seen in the findings and in what is added up. */
class ConclusionsTest {
    private final RulePack pack = ShippedPack.get();

    @TempDir
    Path dir;

    private Evaluation evaluate(String answers) throws Exception {
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, "authority: Exampleshire (fictional)\ndate: 2025-03-31\nframework: ilacs-2023\n"
                + "answers:\n" + answers);
        return new Evaluator(pack).evaluate(new SelfAssessmentReader(pack.manifest(), pack.catalog(),
                LocalDate.of(2025, 4, 1)).read(file, "a.yaml"));
    }

    private static List<Finding> about(Evaluation evaluation, String criterion) {
        return evaluation.findings().stream()
                .filter(f -> f.getAnswers().stream().anyMatch(a -> a.getCriterion().equals(criterion))).toList();
    }

    @Test
    void aWeaknessFoundByARatingAndItsFigureIsOneFindingAtTheHigherSeverity() throws Exception {
        Evaluation e = evaluate("""
                  help_and_protection:
                    missing_and_exploitation:
                      rhi_take_up:
                        rating: inconsistently
                        figures: {rhi_acceptance_rate: 38}
                """);
        List<Finding> found = about(e, "rhi_take_up");
        assertEquals(1, found.size(), found.toString());
        Finding one = found.get(0);
        assertEquals("W-MISSING-RHI-TAKE-UP-LOW", one.getId());
        assertEquals(List.of("W-FIG-RHI-TAKE-UP-LOW"), one.getAlsoFoundBy());
        assertTrue(one.foundBy("W-FIG-RHI-TAKE-UP-LOW"));
        assertEquals("Your figure: rhi_acceptance_rate = 38.", one.getDetail());
        assertEquals(Severity.MEDIUM, one.getEffectiveSeverity());
        AreaTotals totals = e.area("help_and_protection").orElseThrow().totals();
        assertEquals(1, totals.getWeaknessIds().size(), totals.getWeaknessIds().toString());
    }

    @Test
    void aStrengthThatItsOwnFigureContradictsIsNotReportedOrCounted() throws Exception {
        Evaluation e = evaluate("""
                  leadership:
                    workforce_and_caseloads:
                      caseloads_manageable:
                        rating: consistently
                        figures: {average_caseload: 24}
                """);
        List<String> ids = about(e, "caseloads_manageable").stream().map(Finding::getId).sorted().toList();
        assertEquals(List.of("W-FIG-CASELOADS-HIGH", "W-SELF-EVALUATION-CASELOADS-CONTRADICTED"), ids);
        assertEquals(0, e.area("leadership").orElseThrow().totals().strengths());
    }
}
