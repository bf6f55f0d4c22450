package uk.selfcheck.cli.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The overlay example of docs/consultants.md is the golden scenario verify-overlay-consultants.md, file for file and
 * command for command, so the example a consultant follows is the one the build runs and sees pass.
 */
class ConsultantsExampleTest {
    private static final Path DOC = Path.of("docs/consultants.md");
    private static final Path SCENARIO = Path.of("src/test/resources/scenarios/verify-overlay-consultants.md");

    @Test
    void theDocumentedOverlayAndExpectationAreTheScenarios() throws Exception {
        String doc = Files.readString(DOC);
        String scenario = Files.readString(SCENARIO);
        for (String file : new String[] {"client/overlay.yaml", "client/expected/gateshead-2015.expected.yaml"}) {
            String documented = block(doc, "```yaml\n(# " + Pattern.quote(file) + "\n.*?)```");
            String run = block(scenario, "```file " + Pattern.quote(file) + "\n(.*?)```");
            assertEquals(documented, run, file);
        }
        assertTrue(doc.contains("./selfcheck verify --rules rules --rules client fixtures client\n"));
        assertTrue(scenario.contains("```command\nselfcheck verify --rules rules --rules client fixtures client\n```"));
        assertTrue(scenario.contains("\nExit code: 0\n"), "the documented example passes");
    }

    private static String block(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), regex);
        return m.group(1);
    }
}
