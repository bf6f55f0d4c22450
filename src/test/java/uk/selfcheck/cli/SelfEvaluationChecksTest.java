package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Self-evaluation accuracy findings in a whole self-assessment: what they say, their scope, how they are fixed. */
class SelfEvaluationChecksTest {
    private static final String LEADERS = String.join("\n",
            "authority: Exampleshire (fictional)",
            "date: 2025-03-31",
            "framework: ilacs-2023",
            "%SCOPE%",
            "answers:",
            "  help_and_protection:",
            "    front_door:",
            "      immediate_risk_response: not_assessed",
            "  leadership:",
            "    governance:",
            "      leadership_strong_stable: consistently",
            "      political_leaders_advocate: consistently",
            "    workforce_and_caseloads:",
            "      caseloads_manageable:",
            "        rating: consistently",
            "        figures:",
            "          average_caseload: 26",
            "      workforce_stable:",
            "        rating: consistently",
            "        figures:",
            "          social_worker_turnover: 25",
            "    supervision_and_oversight:",
            "      supervision_regular: exceptional",
            "");

    @TempDir
    Path dir;

    private JsonNode check(String scope) throws Exception {
        Path file = dir.resolve("sa.yaml");
        Files.writeString(file, LEADERS.replace("%SCOPE%", scope));
        Cli cli = Cli.run("check", file.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        return new ObjectMapper().readTree(cli.out());
    }

    private static List<String> ids(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("findings").forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    @Test
    void ratingsTheFiguresContradictAndGapsAreFlaggedAndOnlyTheContradictionsWeighOnLeadership() throws Exception {
        JsonNode report = check("");
        List<String> ids = ids(report);
        for (String id : List.of("W-SELF-EVALUATION-CASELOADS-CONTRADICTED", "W-SELF-EVALUATION-STABILITY-CONTRADICTED",
                "W-SELF-EVALUATION-SUPERVISION-CONTRADICTED", "W-SELF-EVALUATION-UNASSESSED-IMMEDIATE-RISK")) {
            assertTrue(ids.contains(id), id + " in " + ids);
        }
        for (JsonNode f : report.get("findings")) {
            if (f.get("id").asText().equals("W-SELF-EVALUATION-CASELOADS-CONTRADICTED")) {
                assertEquals("leadership", f.get("area").asText());
                assertEquals("self_evaluation", f.get("theme").asText());
                assertEquals("medium", f.get("effective_severity").asText(), "as written, not lowered by the rating");
                assertTrue(f.get("title").asText().startsWith("Self-evaluation may be over-optimistic"));
                assertEquals("caseloads_manageable is rated consistently, but Your figure: average_caseload = 26.",
                        f.get("detail").asText());
                assertEquals(14, f.get("answers").get(0).get("line").asInt());
            }
            if (f.get("id").asText().equals("W-SELF-EVALUATION-UNASSESSED-IMMEDIATE-RISK")) {
                assertEquals("immediate_risk_response is written down as not_assessed (line 8).",
                        f.get("detail").asText());
            }
            if (f.get("id").asText().equals("W-SELF-EVALUATION-UNASSESSED-OVERSIGHT")) {
                assertEquals("management_oversight_of_cases is not in the self-assessment, which reads as "
                        + "not_assessed.", f.get("detail").asText(), "left out reads as not assessed");
            }
        }
        assertTrue(ids.contains("W-SELF-EVALUATION-UNASSESSED-OVERSIGHT"), "a criterion left out is a gap too");
        assertTrue(report.get("left_out").toString().contains("\"management_oversight_of_cases\""));
        assertFalse(report.get("not_assessed").toString().contains("management_oversight_of_cases"));
        JsonNode leadership = report.get("areas").get(0);
        assertEquals("leadership", leadership.get("id").asText());
        // the two figures and three contradictions, medium each; gaps are reported but weigh nothing
        assertEquals(12.5, leadership.get("weakness_weight").asDouble(), leadership.toString());
        assertFalse(leadership.toString().contains("UNASSESSED"), leadership.toString());
    }

    @Test
    void leavingACriterionOutReadsTheSameAsWritingNotAssessed() throws Exception {
        JsonNode written = check("");
        Path file = dir.resolve("sa.yaml");
        Files.writeString(file, LEADERS.replace("%SCOPE%", "").replace("      immediate_risk_response: not_assessed\n",
                "      contact_referral_decisions_timely: not_assessed\n"));
        JsonNode deleted = new ObjectMapper().readTree(Cli.run("check", file.toString(), "--format", "json").out());
        assertTrue(ids(deleted).contains("W-SELF-EVALUATION-UNASSESSED-IMMEDIATE-RISK"), "deleting the line: "
                + ids(deleted));
        assertEquals(written.get("judgements"), deleted.get("judgements"));
        assertEquals(written.get("areas"), deleted.get("areas"));
        assertEquals(ids(written), ids(deleted));
        assertTrue(deleted.get("left_out").toString().contains("\"immediate_risk_response\""));
    }

    @Test
    void aGapOutsideTheVisitsScopeIsNotFlagged() throws Exception {
        List<String> ids = ids(check("scope:\n  visit: focused_visit\n  theme: care_leavers"));
        assertFalse(ids.contains("W-SELF-EVALUATION-UNASSESSED-IMMEDIATE-RISK"), ids.toString());
        assertTrue(ids.contains("W-SELF-EVALUATION-CASELOADS-CONTRADICTED"), "leadership is in every visit's scope");
    }

    @Test
    void bringingTheFiguresDownResolvesTheContradictionsToo() throws Exception {
        String text = Cli.run("check", write(""), "--format", "text").out().replaceAll("\\s+", " ");
        assertTrue(text.contains("Make these 2 changes; no smaller set of weaknesses lifts it: - Bring the figure for "
                + "average number of children on a social worker's caseload from 26 to 22. This answers the weakness "
                + "\u201cAverage caseloads are high\u201d (medium). - Bring the figure for social worker turnover in "
                + "the last 12 months, as a percentage of social workers from 25 to 20. This answers the weakness "
                + "\u201cSocial worker turnover is high\u201d (medium)."), text);
        assertTrue(text.contains("- leadership: W-FIG-CASELOADS-HIGH (medium): bring average_caseload from 26 to 22 "
                + "(caseloads_manageable, line 14)"), "the edit, in the appendix: " + text);
    }

    private String write(String scope) throws Exception {
        Path file = dir.resolve("sa2.yaml");
        Files.writeString(file, LEADERS.replace("%SCOPE%", scope));
        return file.toString();
    }
}
