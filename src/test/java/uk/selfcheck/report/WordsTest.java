package uk.selfcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Rating;

/** Leader-facing words: questions turned into practice, and the rules' identifiers named in words. */
class WordsTest {

    @Test
    void questionsBecomeStatementsOfPractice() {
        assertEquals(Optional.of("care plans for children looked after set clear targets for improvement that focus "
                + "on risk and the most important issues for each child"), Words.statement("Do care plans for "
                + "children looked after set clear targets for improvement that focus on risk and the most important "
                + "issues for each child?"));
        assertEquals(Optional.of("the projected needs of children looked after are well understood, informing "
                + "recruitment"), Words.statement("Are the projected needs of children looked after well understood, "
                + "informing recruitment?"));
        assertEquals(Optional.of("there is a strong ethos of collective responsibility for children across the "
                + "council"), Words.statement("Is there a strong ethos of collective responsibility for children "
                + "across the council?"));
        assertEquals(Optional.of("care leavers have been involved in developing a care leavers' charter"),
                Words.statement("Have care leavers been involved in developing a care leavers' charter?"));
        assertEquals(Optional.of("children in need and child protection plans are of consistently good quality"),
                Words.statement("Are children in need and child protection plans of consistently good quality?"));
    }

    @Test
    void aQuestionItCannotTurnRoundSafelyIsLeftAsAQuestion() {
        assertEquals(Optional.empty(), Words.statement("Does supervision keep the work focused on outcomes?"),
                "a verb to conjugate");
        assertEquals(Optional.empty(), Words.statement("Are improvement plans clear, and are they delivering?"),
                "two questions in one");
        assertEquals(Optional.empty(), Words.statement("Are care leavers who go missing identified quickly?"),
                "a clause of its own in the subject");
        assertEquals(Optional.empty(), Words.statement("When children are at risk, is the response swift?"));
    }

    @Test
    void everyStatementOfTheShippedPackReadsAsASentence() {
        int turned = 0;
        for (Criterion c : ShippedPack.get().catalog().criteria()) {
            Optional<String> s = Words.statement(c.question());
            if (s.isPresent()) {
                turned++;
                String text = s.get();
                assertTrue(!text.contains("?") && !text.matches(".* (are|is) (are|is) .*")
                        && !text.matches(".* (of|by|with|for|to|and) (are|is) .*"), c.id() + ": " + text);
            }
        }
        assertTrue(turned > 150, "most questions turn round: " + turned);
    }

    @Test
    void ratingsReadByTheirMeaning() {
        assertEquals("true for most children, with a small number of exceptions", Words.meaning(Rating.MOSTLY));
        assertEquals("variable: true for some children but not others", Words.meaning(Rating.INCONSISTENTLY));
    }

    @Test
    void identifiersInTheRulesTextAreNamedInWords() throws Exception {
        RulePack pack = ShippedPack.get();
        SelfAssessmentReader reader = new SelfAssessmentReader(pack.manifest(), pack.catalog(), LocalDate.now());
        Path file = Path.of("src/test/resources/report/leader-mix.yaml");
        Evaluation e = new Evaluator(pack).evaluate(reader.read(file, file.toString()));
        Words words = new Words(pack.catalog(), e);
        assertEquals("leaders rate the experiences and progress of care leavers outstanding when the evidence shows "
                + "requires improvement to be good", words.detail("leaders rate care_leavers outstanding when the "
                + "evidence shows requires_improvement"));
        assertEquals("\u201cAre caseloads manageable and low enough for social workers to see children regularly, "
                + "build effective relationships, undertake meaningful direct work and reflect on their cases?\u201d "
                + "is rated consistently, but your own figure for average number of children on a social worker's "
                + "caseload is 24.", words.detail("caseloads_manageable is rated consistently, but Your figure: "
                + "average_caseload = 24."));
        assertEquals("\u201cAre caseloads manageable and low enough for social workers to see children regularly, "
                + "build effective relationships, undertake meaningful direct work and reflect on their cases?\u201d "
                + "is written down as not assessed.", words.detail("caseloads_manageable is written down as "
                + "not_assessed (line 8)."));
    }
}
