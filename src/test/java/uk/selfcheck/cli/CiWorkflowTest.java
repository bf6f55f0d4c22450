package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The example CI workflow in docs/ is valid YAML, runs the three checks, and every command line in it parses. */
class CiWorkflowTest {
    private static final Path WORKFLOW = Path.of("docs/ci-workflow.yml");

    @Test
    void runsLintVerifyWithFullCoverageAndDiffAgainstTheBaseBranch() throws Exception {
        List<String> commands = commands();
        assertTrue(commands.contains("./selfcheck rules lint"), commands.toString());
        assertTrue(commands.contains("./selfcheck verify --min-coverage 100 --format github"), commands.toString());
        assertTrue(commands.contains("./selfcheck diff --base-rules base/rules --rules rules"), commands.toString());
        JsonNode checkout = step("Check out the base branch's rules");
        assertEquals("base", checkout.at("/with/path").asText());
        assertEquals("rules", checkout.at("/with/sparse-checkout").asText());
    }

    @Test
    void everySelfcheckCommandLineParses() throws Exception {
        for (String command : commands()) {
            String[] args = command.substring("./selfcheck ".length()).split(" ");
            try {
                new CommandLine(new Main()).parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError(WORKFLOW + ": '" + command + "' does not parse: " + e.getMessage(), e);
            }
        }
    }

    /** Each {@code ./selfcheck} command line of the workflow's run scripts, up to a pipe or redirection. */
    private static List<String> commands() throws Exception {
        List<String> commands = new ArrayList<>();
        for (JsonNode step : workflow().at("/jobs/rules/steps")) {
            for (String line : step.path("run").asText().split("\n")) {
                String trimmed = line.trim();
                if (trimmed.startsWith("./selfcheck ")) {
                    commands.add(Arrays.stream(trimmed.split(" ")).takeWhile(w -> !Set.of("|", ">", "||")
                            .contains(w)).reduce((a, b) -> a + " " + b).orElseThrow());
                }
            }
        }
        return commands;
    }

    private static JsonNode step(String name) throws Exception {
        for (JsonNode step : workflow().at("/jobs/rules/steps")) {
            if (name.equals(step.path("name").asText())) {
                return step;
            }
        }
        throw new AssertionError("no step '" + name + "' in " + WORKFLOW);
    }

    private static JsonNode workflow() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    }
}
