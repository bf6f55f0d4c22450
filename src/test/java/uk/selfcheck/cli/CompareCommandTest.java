package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfcheck compare OLD NEW}: grades then and now, findings gained and lost. */
class CompareCommandTest {
    private static final String NEWCASTLE = "fixtures/seeds/newcastle-2019.yaml";

    @TempDir
    Path dir;
    private Path later;

    private Path earlier;

    /**
     * The year before, child protection enquiries were rarely thorough (a serious failure); a year on they are, plans
     * now focus on outcomes for most children, and plans have grown jargon.
     */
    @BeforeEach
    void aYearLater() throws Exception {
        String before = Files.readString(Path.of(NEWCASTLE))
                .replace("      s47_enquiries_thorough:\n        rating: consistently",
                        "      s47_enquiries_thorough:\n        rating: rarely");
        earlier = dir.resolve("newcastle-2019.yaml");
        Files.writeString(earlier, before);
        String yaml = Files.readString(Path.of(NEWCASTLE))
                .replace("      cin_cp_plans_outcome_focused:\n        rating: rarely",
                        "      cin_cp_plans_outcome_focused:\n        rating: mostly")
                .replace("      cin_cp_plans_plain_language:\n        rating: consistently",
                        "      cin_cp_plans_plain_language:\n        rating: inconsistently")
                .replace("date: 2019-09-03", "date: 2020-09-03");
        later = dir.resolve("newcastle-2020.yaml");
        Files.writeString(later, yaml);
    }

    @Test
    void textShowsGradesThenAndNowAndFindingsGainedAndLost() {
        Cli cli = Cli.run("compare", earlier.toString(), later.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        String out = cli.out();
        assertTrue(out.contains("  The experiences and progress of children who need help and protection: requires "
                + "improvement to be good -> good (improved)\n"), out);
        assertTrue(out.contains("WEAKNESSES RESOLVED (2)\n  W-S47-ENQUIRIES-NOT-THOROUGH (critical): Child protection "
                + "enquiries are not thorough or focused on risk\n  W-PLANS-TASK-FOCUSED (high): Plans "
                + "focus on tasks rather than outcomes\n"), out);
        assertTrue(out.contains("NEW WEAKNESSES (1)\n  W-PLANS-JARGON"), out);
        assertTrue(out.contains("STRENGTHS GAINED (2)\n  S-S47-ENQUIRIES-THOROUGH"), out);
        assertTrue(out.contains("STRENGTHS LOST (1)\n  S-PLANS-EASY-TO-UNDERSTAND"), out);
    }

    @Test
    void jsonHasTheSameContent() throws Exception {
        Cli cli = Cli.run("compare", earlier.toString(), later.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertEquals("2019-09-03", root.get("old").get("date").asText());
        assertEquals("2020-09-03", root.get("new").get("date").asText());
        JsonNode help = root.get("judgements").get(1);
        assertEquals("help_and_protection", help.get("id").asText());
        assertEquals("requires_improvement", help.get("old").asText());
        assertEquals("good", help.get("new").asText());
        assertEquals("improved", help.get("change").asText());
        assertEquals("W-S47-ENQUIRIES-NOT-THOROUGH", root.get("weaknesses_resolved").get(0).get("id").asText());
        assertEquals("W-PLANS-JARGON", root.get("weaknesses_new").get(0).get("id").asText());
        assertEquals(false, root.get("unchanged").asBoolean());
    }

    @Test
    void aFileAgainstItselfIsUnchanged() {
        Cli cli = Cli.run("compare", NEWCASTLE, NEWCASTLE);
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("No change: the same grades and the same findings."), cli.out());
    }

    @Test
    void aBadFileIsBadInput() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "authority: A\ndate: 2025-03-31\nanswers:\n  leadersh1p: {}\n");
        Cli cli = Cli.run("compare", NEWCASTLE, bad.toString());
        assertEquals(ExitCode.BAD_INPUT.code(), cli.exitCode());
        assertTrue(cli.err().contains("bad.yaml:4:3: answers.leadersh1p: unknown area"), cli.err());
    }
}
