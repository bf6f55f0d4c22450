package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.input.InputError;

/** A rule still carrying what {@code rules new} scaffolds does not load: each placeholder is named at the rule. */
class PlaceholderLintTest {
    private static final String RULE = """
            package custom.w_adoption_panel_example;

            import uk.selfcheck.model.Answer;
            import uk.selfcheck.model.Finding;
            import uk.selfcheck.model.Rating;

            rule "W-ADOPTION-PANEL-EXAMPLE"
                @kind("weakness")
                @area("adoption")
                @theme("permanence_and_adoption")
                @severity("medium")
                @title("%s")
                @text("%s")
                @recommendation("%s")
                @sources("%s")
            when
                $a : Answer( rating <= Rating.INCONSISTENTLY, criterion == "adoption_panel_robust" )
            then
                insert( Finding.from( drools, $a ) );
            end
            """;

    private static final String SOURCE = "Dudley inspection, published 2016-04-05: 'The adoption panel is robust'";

    @Test
    void everyScaffoldPlaceholderIsReportedAtTheRulesFileAndLine(@TempDir Path overlay) throws Exception {
        Path drl = overlay.resolve("w-adoption-panel-example.drl");
        Files.writeString(drl, RULE.formatted("TODO: a short title",
                "TODO: the finding, in an inspector's words, as it will appear in the report.",
                "TODO: what needs to improve.",
                "TODO <document name from pack.yaml>: '<the passage this rule encodes>'"));
        RulePackException e = assertThrows(RulePackException.class,
                () -> RulePackLoader.load(List.of(Path.of("rules"), overlay)));
        String at = drl + ":7:1: rule W-ADOPTION-PANEL-EXAMPLE: ";
        assertEquals(List.of(
                at + "@title is still the placeholder \"TODO: a short title\" that rules new wrote; replace it "
                        + "before the rule is used",
                at + "@text is still the placeholder \"TODO: the finding, in an inspector's words, as it will "
                        + "appear in the report.\" that rules new wrote; replace it before the rule is used",
                at + "@recommendation is still the placeholder \"TODO: what needs to improve.\" that rules new "
                        + "wrote; replace it before the rule is used",
                at + "@sources is still the placeholder \"TODO <document name from pack.yaml>: '<the passage this "
                        + "rule encodes>'\" that rules new wrote; replace it before the rule is used"),
                e.problems().stream().map(InputError::format).toList());
    }

    @Test
    void aSinglePlaceholderLeftAmongFilledInValuesIsStillReported(@TempDir Path overlay) throws Exception {
        Path drl = overlay.resolve("w-adoption-panel-example.drl");
        Files.writeString(drl, RULE.formatted("Adoption panel is not robust", "The panel does not test matches.",
                "TODO: what needs to improve.", SOURCE));
        RulePackException e = assertThrows(RulePackException.class,
                () -> RulePackLoader.load(List.of(Path.of("rules"), overlay)));
        assertEquals(List.of(drl + ":7:1: rule W-ADOPTION-PANEL-EXAMPLE: @recommendation is still the placeholder "
                + "\"TODO: what needs to improve.\" that rules new wrote; replace it before the rule is used"),
                e.problems().stream().map(InputError::format).toList());
    }
}
