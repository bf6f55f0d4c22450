package uk.selfcheck.cli.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scenario format: what regeneration writes reads back as the same outputs, whatever they hold. */
class ScenarioTest {
    @TempDir
    Path dir;

    private Scenario scenario(String text) throws Exception {
        Path file = dir.resolve("example.md");
        Files.writeString(file, text);
        return Scenario.read(file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain lines|first\\nsecond\\n|",
        "no final newline|no newline|",
        "a fence inside the output|```stdout\\n````\\n|warning\\n",
        "blank lines kept|a\\n\\n\\nb\\n|",
        "stderr only||error: x\\n"})
    void regeneratedOutputsReadBackUnchanged(String name, String stdout, String stderr) throws Exception {
        String out = stdout == null ? "" : stdout.replace("\\n", "\n");
        String err = stderr == null ? "" : stderr.replace("\\n", "\n");
        Scenario original = scenario("# title\n\nProse.\n\n```command\nselfcheck check sa.yaml\n```\n");
        Scenario updated = scenario(original.updated(out, err, 3));
        assertEquals(out, updated.expected("stdout"));
        assertEquals(err, updated.expected("stderr"));
        assertEquals(3, updated.expectedExit().orElseThrow());
        assertEquals("selfcheck check sa.yaml", updated.command());
        assertTrue(updated.updated(out, err, 3).startsWith("# title\n\nProse.\n\n```command\n"));
        assertEquals(updated.updated(out, err, 3), scenario(updated.updated(out, err, 3)).updated(out, err, 3),
                "regenerating twice changes nothing");
    }

    @Test
    void existingOutputsAreReplacedInPlace() throws Exception {
        Scenario s = scenario("# t\n\n```command\nselfcheck x\n```\n\nIt prints:\n\n```stdout\nold\n```\n\n"
                + "Exit code: 0\n\nAfterwards.\n");
        assertEquals("# t\n\n```command\nselfcheck x\n```\n\nIt prints:\n\n```stdout\nnew\n```\n\nExit code: 1\n\n"
                + "Afterwards.\n", s.updated("new\n", "", 1));
        assertEquals("# t\n\n```command\nselfcheck x\n```\n\nIt prints:\n\nExit code: 0\n\nAfterwards.\n",
                s.updated("", "", 0), "an output that is now empty loses its block");
    }

    @Test
    void writtenFilesAreReplacedInPlace() throws Exception {
        Scenario s = scenario("# t\n\n```command\nselfcheck x --output out.md\n```\n\n```written out.md\nold\n```\n");
        String updated = s.updated("", "", 0, Map.of("out.md", "# new\n\n```\ncode\n```\n"));
        assertEquals("# new\n\n```\ncode\n```\n", Scenario.content(scenario(updated).blocks("written").get(0)));
    }

    @Test
    void mistakesInAScenarioAreNamedWithTheLine() {
        assertEquals(dir.resolve("example.md") + ":3: unknown block 'stdot'; use one of file, copy, edit, command, "
                + "stdout, stderr, written", assertThrows(IllegalStateException.class,
                        () -> scenario("# t\n\n```stdot\nx\n```\n```command\nselfcheck x\n```\n")).getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> scenario("# t\n\n```command\nselfcheck x\n"))
                .getMessage().endsWith(":3: the block opened here is never closed"));
        assertTrue(assertThrows(IllegalStateException.class, () -> scenario("# no command\n")).getMessage()
                .endsWith(":1: a scenario needs exactly one ```command block"));
    }

    @Test
    void commandLinesSplitLikeAShell() {
        assertEquals(List.of("selfcheck", "check", "my file.yaml", "--format", "json"),
                Words.split("selfcheck check 'my file.yaml'  --format \"json\""));
    }
}
