package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 'What would raise each grade' is checked the way a leader would use it: make the suggested changes in the YAML
 * file, run check again, and the judgement is one grade higher. A smallest set must need every weakness in it.
 */
class WhatWouldRaiseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode check(Path file) throws Exception {
        Cli cli = Cli.run("check", file.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        return JSON.readTree(cli.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixtures/seeds/south-tyneside-2019.yaml", "fixtures/seeds/gateshead-2015.yaml",
        "fixtures/edge/over-optimistic-self-evaluation.yaml", "fixtures/edge/serious-failure-help-and-protection.yaml",
        "fixtures/edge/care-leavers-inadequate.yaml", "src/test/resources/raise/optimistic-care-leavers.yaml"})
    void makingTheSuggestedChangesLiftsTheGradeOneStep(String fixture) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(fixture));
        JsonNode report = check(Path.of(fixture));
        int checked = 0;
        for (JsonNode raise : report.get("what_would_raise")) {
            String judgement = raise.get("judgement").asText();
            assertEquals(report.get("judgements").get(judgement).asText(), raise.get("grade").asText());
            if (!raise.get("found").asBoolean()) {
                assertTrue(raise.get("note").asText().length() > 20, "says why nothing was found: " + raise);
                continue;
            }
            JsonNode after = check(write(applied(lines, raise.get("weaknesses"), -1)));
            assertTrue(rank(after.get("judgements").get(judgement).asText()) >= rank(raise.get("to").asText()),
                    fixture + ": " + raise + " gave " + after.get("judgements").get(judgement));
            if (raise.get("smallest").asBoolean()) {
                for (int leftOut = 0; leftOut < raise.get("weaknesses").size() && raise.get("weaknesses").size() > 1;
                     leftOut++) {
                    JsonNode partial = check(write(applied(lines, raise.get("weaknesses"), leftOut)));
                    assertTrue(rank(partial.get("judgements").get(judgement).asText()) < rank(raise.get("to").asText()),
                            "a smaller set would do, without " + raise.get("weaknesses").get(leftOut));
                }
            }
            everyEditIsNeeded(lines, raise);
            checked++;
        }
        assertTrue(checked > 0, "at least one suggestion to check in " + fixture);
    }

    /** Whatever the size of the set of weaknesses, leaving out any one of its edits loses the lift. */
    private void everyEditIsNeeded(List<String> lines, JsonNode raise) throws Exception {
        String judgement = raise.get("judgement").asText();
        List<JsonNode> edits = new ArrayList<>();
        raise.get("weaknesses").forEach(w -> w.get("changes").forEach(edits::add));
        for (int leftOut = 0; leftOut < edits.size() && edits.size() > 1; leftOut++) {
            List<String> changed = new ArrayList<>(lines);
            for (int i = 0; i < edits.size(); i++) {
                if (i != leftOut) {
                    change(changed, edits.get(i));
                }
            }
            JsonNode partial = check(write(changed));
            assertTrue(rank(partial.get("judgements").get(judgement).asText()) < rank(raise.get("to").asText()),
                    judgement + ": the lift does not need " + edits.get(leftOut) + " of " + raise);
        }
    }

    /**
     * Lowering leaders' own grade for care leavers from outstanding to good alone lifts leadership: the weakness
     * behind it (a self-evaluation two grades out) is resolved by bringing every judgement's own grade in line, but
     * the raise keeps only the one edit the lift needs, and lowers that grade no further than the lift needs.
     */
    @Test
    void aRaiseKeepsOnlyTheEditsTheLiftNeeds() throws Exception {
        Path fixture = Path.of("src/test/resources/raise/optimistic-care-leavers.yaml");
        JsonNode report = check(fixture);
        JsonNode leadership = report.get("what_would_raise").get(0);
        assertEquals("leadership", leadership.get("judgement").asText());
        assertEquals("requires_improvement", leadership.get("grade").asText());
        assertTrue(leadership.get("smallest").asBoolean(), leadership.toString());
        assertEquals(1, leadership.get("weaknesses").size(), leadership.toString());
        JsonNode weakness = leadership.get("weaknesses").get(0);
        assertEquals("W-SELF-EVALUATION-INACCURATE", weakness.get("id").asText());
        assertEquals(1, weakness.get("changes").size(), weakness.toString());
        JsonNode edit = weakness.get("changes").get(0);
        assertEquals("care_leavers", edit.get("subject").asText());
        assertEquals("outstanding", edit.get("from").asText());
        assertEquals("good", edit.get("to").asText());
        assertEquals(9, edit.get("line").asInt());
        List<String> lines = Files.readAllLines(fixture);
        JsonNode after = check(write(applied(lines, leadership.get("weaknesses"), -1)));
        assertEquals("good", after.get("judgements").get("leadership").asText(), "the one edit lifts it");
        everyEditIsNeeded(lines, leadership);
    }

    @Test
    void everyGradedJudgementBelowOutstandingIsCovered() throws Exception {
        JsonNode report = check(Path.of("fixtures/edge/over-optimistic-self-evaluation.yaml"));
        List<String> raised = new ArrayList<>();
        report.get("what_would_raise").forEach(r -> raised.add(r.get("judgement").asText()));
        assertEquals(List.of("leadership", "help_and_protection", "children_in_care", "care_leavers"), raised);
        JsonNode help = report.get("what_would_raise").get(1);
        assertEquals("requires_improvement", help.get("grade").asText());
        assertEquals("good", help.get("to").asText());
        List<String> ids = new ArrayList<>();
        help.get("weaknesses").forEach(w -> ids.add(w.get("id").asText()));
        assertEquals(List.of("W-EH-OFFER-LIMITED", "W-VOICE-CHILD-NOT-REPRESENTED", "W-VOICE-DIRECT-WORK",
                "W-VOICE-VISITS-IRREGULAR"), ids);
        JsonNode change = help.get("weaknesses").get(0).get("changes").get(0);
        assertEquals("early_help_targeted_coordinated", change.get("subject").asText());
        assertEquals("inconsistently", change.get("from").asText());
        assertEquals("mostly", change.get("to").asText());
        assertEquals(25, change.get("line").asInt());
    }

    /**
     * Long searches, which stop at 2,000 sets tried on two threads, give the set that trying the sets one after
     * another in the search order gives, whichever thread finishes first.
     */
    @ParameterizedTest
    @CsvSource({
        "fixtures/inspections/calderdale-2018-12-19.yaml, W-EOC-DELAYED-ENTRY-TO-CARE W-FD-CONTACT-DECISIONS-DELAYED "
            + "W-FD-RIGHT-HELP-NOT-TIMELY W-FD-THRESHOLDS-INCONSISTENT W-HOMELESS-16-17-RESPONSE-POOR",
        "fixtures/seeds/south-tyneside-2019.yaml, W-DA-NO-SPECIALIST-SERVICES W-ACCESS-MENTAL-HEALTH-DELAY "
            + "W-ASSESS-CUMULATIVE-IMPACT W-ASSESS-DIVERSITY W-ASSESS-LIVED-EXPERIENCE W-ASSESS-QUALITY-VARIABLE "
            + "W-ASSESS-RISK-ANALYSIS"})
    void aLongSearchGivesTheFirstLiftingSetInOrder(String fixture, String expected) throws Exception {
        JsonNode report = check(Path.of(fixture));
        JsonNode help = null;
        for (JsonNode raise : report.get("what_would_raise")) {
            if (raise.get("judgement").asText().equals("help_and_protection")) {
                help = raise;
            }
        }
        assertNotNull(help, report.toString());
        assertTrue(help.get("found").asBoolean(), help.toString());
        List<String> ids = new ArrayList<>();
        help.get("weaknesses").forEach(w -> ids.add(w.get("id").asText()));
        assertEquals(List.of(expected.split(" ")), ids);
    }

    @Test
    void theOutstandingEdgeCaseNeedsNoRaise() throws Exception {
        JsonNode report = check(Path.of("fixtures/edge/outstanding-everywhere.yaml"));
        for (JsonNode raise : report.get("what_would_raise")) {
            assertTrue(!"outstanding".equals(raise.get("grade").asText()), raise.toString());
        }
        String serious = "fixtures/edge/serious-failure-help-and-protection.yaml";
        String text = Cli.run("check", serious).out();
        String body = text.substring(0, text.indexOf("APPENDIX: IDENTIFIERS AND LINES"));
        assertTrue(body.contains("WHAT WOULD RAISE EACH GRADE"), text);
        assertTrue(body.contains("    - Improve practice on this question: \u201cWhen children are at risk of significant "
                + "harm, is the\n"), "the change in words: " + text);
        assertTrue(body.contains("This answers the\n      weakness \u201cThe response to children at risk of significant "
                + "harm is not swift\u201d (critical)."), text);
        assertFalse(body.contains("W-FD-IMMEDIATE-RISK-DELAYED"), "rule ids wait for the appendix");
        assertTrue(text.contains("    - help_and_protection: W-FD-IMMEDIATE-RISK-DELAYED (critical): raise "
                + "immediate_risk_response\n      from inconsistently to"), text);
        String md = Cli.run("check", serious, "--format", "markdown").out();
        assertTrue(md.contains("## What would raise each grade"), md);
        assertTrue(md.contains("- Improve practice on this question: \u201cWhen children are at risk of significant "
                + "harm"), md);
        assertTrue(md.contains("- help\\_and\\_protection: W-FD-IMMEDIATE-RISK-DELAYED (critical): raise "
                + "immediate\\_risk\\_response"), md);
        String html = Cli.run("check", serious, "--format", "html").out();
        assertTrue(html.contains("<h2>What would raise each grade</h2>"), html);
        assertTrue(html.contains("<li>Improve practice on this question: \u201cWhen children are at risk of significant "
                + "harm"), html);
        assertTrue(html.contains("<li>help_and_protection: W-FD-IMMEDIATE-RISK-DELAYED (critical): raise "
                + "immediate_risk_response"), html);
    }

    private static int rank(String grade) {
        return List.of("inadequate", "requires_improvement", "good", "outstanding").indexOf(grade);
    }

    private Path write(List<String> lines) throws Exception {
        Path file = dir.resolve("changed.yaml");
        Files.write(file, lines);
        return file;
    }

    /** The file with every suggested change made at its line, except the weakness at {@code leftOut}. */
    private static List<String> applied(List<String> original, JsonNode weaknesses, int leftOut) {
        List<String> lines = new ArrayList<>(original);
        for (int w = 0; w < weaknesses.size(); w++) {
            if (w == leftOut) {
                continue;
            }
            for (JsonNode change : weaknesses.get(w).get("changes")) {
                change(lines, change);
            }
        }
        return lines;
    }

    /** Replaces the value on the answer's line, or for the long form on the first line below it that holds it. */
    private static void change(List<String> lines, JsonNode change) {
        String subject = change.get("subject").asText();
        String key = subject.contains(".") ? subject.substring(subject.indexOf('.') + 1) : null;
        String from = change.get("from").asText();
        String to = change.get("to").asText();
        for (int i = change.get("line").asInt() - 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String pattern = "(" + (key == null ? "\\w+" : key) + ":\\s*)" + java.util.regex.Pattern.quote(from)
                    + "(\\s*(#.*)?)$";
            String replaced = line.replaceFirst(pattern, "$1" + to + "$2");
            if (!replaced.equals(line)) {
                lines.set(i, replaced);
                return;
            }
        }
        assertFalse(true, "no line holds " + change);
    }
}
