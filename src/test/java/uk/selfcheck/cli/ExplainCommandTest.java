package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck explain FILE RULE_ID} names the deciding answer and the condition. */
class ExplainCommandTest {
    private static final String NEWCASTLE = "fixtures/seeds/newcastle-2019.yaml";

    @TempDir
    Path dir;

    private static String explain(String file, String rule) {
        Cli cli = Cli.run("explain", file, rule);
        assertEquals(0, cli.exitCode(), cli.err());
        return cli.out();
    }

    @Test
    void aRuleThatFiredNamesTheDecidingAnswerAndItsLine() {
        String out = explain(NEWCASTLE, "W-PLANS-TASK-FOCUSED");
        assertTrue(out.startsWith("W-PLANS-TASK-FOCUSED: Plans focus on tasks rather than outcomes\n"), out);
        assertTrue(out.contains("\nFIRED once\n"), out);
        assertTrue(out.contains("  $a : Answer( rating <= Rating.INCONSISTENTLY, "
                + "criterion == \"cin_cp_plans_outcome_focused\" )"), out);
        assertTrue(out.contains("  cin_cp_plans_outcome_focused = rarely (line 38): \"Most plans are overly"), out);
        assertTrue(out.contains("    it fires when this answer is rarely or inconsistently, the other answers as "
                + "written\n"), out);
        assertTrue(out.contains("-> this answer decides"), out);
    }

    @Test
    void theRuleIdMayComeFirst() {
        assertEquals(explain(NEWCASTLE, "W-PLANS-TASK-FOCUSED"), explain("W-PLANS-TASK-FOCUSED", NEWCASTLE));
    }

    @Test
    void jsonGivesTheSameExplanationForTools() throws Exception {
        Cli cli = Cli.run("explain", NEWCASTLE, "W-PLANS-TASK-FOCUSED", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(cli.out());
        assertEquals("W-PLANS-TASK-FOCUSED", json.at("/rule/id").asText());
        assertTrue(json.at("/fired").asBoolean());
        assertEquals("cin_cp_plans_outcome_focused", json.at("/findings/0/answers/0/criterion").asText());
        assertEquals(38, json.at("/findings/0/answers/0/line").asInt());
        assertEquals("rarely", json.at("/answers/0/current").asText());
        assertEquals("[\"rarely\",\"inconsistently\"]", json.at("/answers/0/fires_at").toString());
        assertTrue(json.at("/answers/0/deciding").asBoolean());
        assertTrue(json.at("/conditions/0").asText().contains("criterion == \"cin_cp_plans_outcome_focused\""));
    }

    @Test
    void aRuleThatDidNotFireSaysAtWhichAnswerItWould() {
        String out = explain(NEWCASTLE, "W-PLANS-JARGON");
        assertTrue(out.contains("\nDID NOT FIRE\n"), out);
        assertTrue(out.contains("  cin_cp_plans_plain_language = consistently (line 41)"), out);
        assertTrue(out.contains("it fires when this answer is rarely or inconsistently"), out);
    }

    @Test
    void aFigureRuleGivesTheValueAtWhichItChangesItsMind() throws Exception {
        Path file = dir.resolve("sa.yaml");
        Files.writeString(file, "authority: A\ndate: 2025-03-31\nanswers:\n  leadership:\n"
                + "    workforce_and_caseloads:\n      caseloads_manageable:\n        rating: mostly\n"
                + "        figures:\n          average_caseload: 26\n");
        String out = explain(file.toString(), "W-FIG-CASELOADS-HIGH");
        assertTrue(out.contains("\nFIRED once\n"), out);
        assertTrue(out.contains("FigureValue(this == $f, value > 22)"), out);
        assertTrue(out.contains("it fires when this answer is rarely, inconsistently, mostly, consistently or "
                + "exceptional"), "at any rating, as long as the figure is given: " + out);
        assertTrue(out.contains("average_caseload = 26: at 22 the rule would not fire"), out);
        String contradiction = explain(file.toString(),
                "W-SELF-EVALUATION-CASELOADS-CONTRADICTED");
        assertTrue(contradiction.contains("\nDID NOT FIRE\n"), contradiction);
        assertTrue(contradiction.contains("it fires when this answer is consistently or exceptional"), contradiction);
    }

    @Test
    void aCriterionLeftNotAssessedIsShownAsSuch() throws Exception {
        Path file = dir.resolve("gap.yaml");
        Files.writeString(file, "authority: A\ndate: 2025-03-31\nanswers:\n  help_and_protection:\n"
                + "    front_door:\n      immediate_risk_response: not_assessed\n");
        String out = explain(file.toString(), "W-SELF-EVALUATION-UNASSESSED-IMMEDIATE-RISK");
        assertTrue(out.contains("\nFIRED once\n"), out);
        assertTrue(out.contains("  immediate_risk_response = not_assessed (line 6)"), out);
        assertTrue(out.contains("it fires when this answer is not_assessed, the other answers as written"), out);
    }

    @Test
    void aMisspeltRuleIdIsAUsageErrorWithASuggestion() {
        Cli cli = Cli.run("explain", NEWCASTLE, "W-PLANS-TASK-FOCUSSED");
        assertEquals(ExitCode.USAGE.code(), cli.exitCode());
        assertTrue(cli.err().contains("no rule 'W-PLANS-TASK-FOCUSSED' in the pack (did you mean "
                + "'W-PLANS-TASK-FOCUSED'?)"), cli.err());
        assertEquals("", cli.out());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @Test
    void aJudgementLevelRuleComparesTheExpectedGrades() {
        String out = explain("fixtures/edge/over-optimistic-self-evaluation.yaml", "W-SELF-EVALUATION-INACCURATE");
        assertTrue(out.contains("help_and_protection: leaders expect outstanding (line 8); the evidence supports "
                + "requires_improvement"), out);
    }
}
