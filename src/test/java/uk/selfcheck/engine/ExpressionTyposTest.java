package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.input.InputError;

/** A misspelt field or constant in a rule's conditions is named once, at its line and column, with the real name. */
class ExpressionTyposTest {
    private static final String RULE = """
            package custom.typos;

            import uk.selfcheck.model.Answer;
            import uk.selfcheck.model.Finding;
            import uk.selfcheck.model.Rating;

            rule "W-ADOPTION-PANEL-EXAMPLE"
                @kind("weakness")
                @area("adoption")
                @theme("permanence_and_adoption")
                @severity("medium")
                @title("Adoption panel does not test matches")
                @text("The adoption panel does not test matches.")
                @recommendation("Make the panel test every match.")
                @sources("Dudley inspection, published 2016-04-05: 'panel'")
            when
                $a : Answer( %s )
            then
                insert( Finding.from( drools, $a ) );
            end
            """;

    private static List<String> problems(Path overlay, String condition) throws Exception {
        Files.writeString(overlay.resolve("typos.drl"), RULE.formatted(condition));
        RulePackException e = assertThrows(RulePackException.class,
                () -> RulePackLoader.load(List.of(Path.of("rules"), overlay)));
        return e.problems().stream().map(InputError::format).toList();
    }

    @Test
    void aMisspeltFieldAndConstantAreEachNamedOnceWithTheRealName(@TempDir Path overlay) throws Exception {
        String file = overlay.resolve("typos.drl").toString();
        assertEquals(List.of(
                file + ":17:18: Answer has no field 'ratting' (did you mean 'rating'?)",
                file + ":17:36: Rating has no constant 'INCONSISTANTLY' (did you mean 'INCONSISTENTLY'?)"),
                problems(overlay, "ratting <= Rating.INCONSISTANTLY, criterion == \"adoption_panel_robust\""));
    }

    @Test
    void aMisspeltFieldAfterACorrectOneIsFound(@TempDir Path overlay) throws Exception {
        String file = overlay.resolve("typos.drl").toString();
        assertEquals(List.of(file + ":17:51: Answer has no field 'critrion' (did you mean 'criterion'?)"),
                problems(overlay, "rating <= Rating.INCONSISTENTLY, critrion == \"adoption_panel_robust\""));
    }

    @Test
    void theFieldsOfTheToolsFactsAreTheirGetters() {
        assertTrue(ExpressionTypos.properties(uk.selfcheck.model.Answer.class).containsAll(
                List.of("criterion", "rating", "ratingRank", "area", "theme")));
    }
}
