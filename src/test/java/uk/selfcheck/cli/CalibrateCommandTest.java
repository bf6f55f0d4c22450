package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of {@code calibrate}: its figures as JSON, and what it refuses. */
class CalibrateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void jsonGivesTheThreeAgreementsAndTheChangedNumbers() throws Exception {
        Cli cli = Cli.run("calibrate", "--folds", "2", "--format", "json", "fixtures/seeds", "fixtures/edge");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertEquals(8, root.get("fixtures").asInt());
        assertEquals(2, root.get("folds").asInt());
        for (String key : new String[] {"before", "fitted", "cross_validated"}) {
            assertTrue(root.get(key).get("overall").get("total").asInt() > 0, key);
            assertTrue(root.get(key).has("off_by_two"), key);
        }
        assertTrue(root.get("fitted").get("areas").get("exact").asInt()
                >= root.get("before").get("areas").get("exact").asInt() - 1);
        assertTrue(root.get("changed").isObject());
        int missed = root.get("cross_validated").get("overall").get("total").asInt()
                - root.get("cross_validated").get("overall").get("exact").asInt()
                + root.get("cross_validated").get("areas").get("total").asInt()
                - root.get("cross_validated").get("areas").get("exact").asInt();
        assertEquals(missed, root.get("cross_validated_misses").size());
        for (JsonNode miss : root.get("cross_validated_misses")) {
            assertTrue(miss.get("fixture").asText().endsWith(".yaml"), miss.toString());
            assertTrue(!miss.get("expected").asText().equals(miss.get("predicted").asText()), miss.toString());
        }
    }

    @Test
    void refusesTooFewFoldsAFileAsTheOverlayFolderAndFixturesWithoutJudgements() throws Exception {
        Cli folds = Cli.run("calibrate", "--folds", "1", "fixtures/edge");
        assertEquals(ExitCode.USAGE.code(), folds.exitCode());
        assertTrue(folds.err().contains("--folds must be at least 2"), folds.err());

        Path file = Files.writeString(tmp.resolve("overlay"), "x");
        Cli overlay = Cli.run("calibrate", "--overlay", file.toString(), "fixtures/edge");
        assertEquals(ExitCode.USAGE.code(), overlay.exitCode());
        assertTrue(overlay.err().contains("is a file; name a folder"), overlay.err());

        Cli none = Cli.run("calibrate", "fixtures/rules/adoption");
        assertEquals(ExitCode.USAGE.code(), none.exitCode());
        assertTrue(none.err().contains("expects judgements"), none.err());
        assertTrue(!none.err().contains("Exception"), none.err());
    }

    @Test
    void theFittedNumbersAreNeverWrittenIntoTheRulePackBeingRead() throws Exception {
        for (String inside : List.of("rules", "rules/judgement")) {
            Cli cli = Cli.run("calibrate", "--overlay", inside, "--force", "fixtures/edge");
            assertEquals(ExitCode.USAGE.code(), cli.exitCode(), cli.err());
            assertTrue(cli.err().contains("--overlay " + inside + " is inside the rule pack folder rules, which is "
                    + "being read; name a folder of its own"), cli.err());
        }
        assertTrue(!Files.exists(Path.of("rules", "overlay.yaml")));
        assertTrue(!Files.exists(Path.of("rules", "judgement", "overlay.yaml")));
    }

    @Test
    void anExistingOverlayIsKeptWithoutForce() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("fitted"));
        Files.writeString(dir.resolve("overlay.yaml"), "description: mine\n");
        Cli cli = Cli.run("calibrate", "--overlay", dir.toString(), "fixtures/edge");
        assertEquals(ExitCode.USAGE.code(), cli.exitCode());
        assertTrue(cli.err().contains("already exists; add --force"), cli.err());
        assertEquals("description: mine\n", Files.readString(dir.resolve("overlay.yaml")));
    }
}
