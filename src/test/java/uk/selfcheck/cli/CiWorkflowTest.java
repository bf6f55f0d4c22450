package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The example CI workflow in docs/ is valid YAML, runs the three checks the way docs/ci.md says, and every command
 * line in it parses. CiWorkflowIT runs its shell steps.
 */
class CiWorkflowTest {
    @Test
    void everyRunStepIsBashWithPipefailAndHidesNoExitCode() throws Exception {
        WorkflowFile workflow = WorkflowFile.read();
        assertTrue(workflow.runSteps().size() >= 4, "lint, verify, diff and the summary of messages");
        for (JsonNode step : workflow.runSteps()) {
            String name = step.path("name").asText();
            assertEquals("bash", step.path("shell").asText(), name + ": GitHub's default shell has no pipefail");
            String script = step.path("run").asText();
            assertTrue(script.startsWith("set -euo pipefail\n"), name + ": starts with set -euo pipefail");
            assertFalse(script.contains("|| true"), name + ": nothing hides an exit code");
            assertFalse(script.contains("${{"), name + ": no expression is pasted into a script; use env");
        }
    }

    @Test
    void runsVerifyOnceForAnnotationsJunitAndSarifAndPublishesBoth() throws Exception {
        WorkflowFile workflow = WorkflowFile.read();
        List<String> verifies = workflow.selfcheckLines().stream().filter(l -> l.startsWith("./selfcheck verify"))
                .toList();
        assertEquals(List.of("./selfcheck verify \"${rules[@]}\" --min-coverage 100 --format github --junit-out "
                + "verify-junit.xml --sarif-out verify.sarif fixtures $SELFCHECK_OVERLAYS"), verifies);
        JsonNode sarif = workflow.step("Upload the mismatches to code scanning");
        assertTrue(sarif.path("uses").asText().startsWith("github/codeql-action/upload-sarif@"));
        assertEquals("verify.sarif", sarif.at("/with/sarif_file").asText());
        assertTrue(sarif.path("if").asText().startsWith("always()"), "uploaded when verify failed too");
        JsonNode junit = workflow.step("Publish the fixtures as test results");
        assertTrue(junit.path("uses").asText().startsWith("mikepenz/action-junit-report@"));
        assertEquals("verify-junit.xml", junit.at("/with/report_paths").asText());
        assertTrue(junit.path("if").asText().startsWith("always()"), "published when verify failed too");
        assertEquals("write", workflow.root.at("/permissions/security-events").asText());
        assertEquals("write", workflow.root.at("/permissions/checks").asText());
        assertEquals("read", workflow.root.at("/permissions/contents").asText());
        assertEquals("failure()", workflow.step("Show selfcheck's messages in the job summary").path("if").asText());
    }

    @Test
    void overlayFoldersAreGivenWithRulesEverywhereAndDiffComparesWithTheBaseBranch() throws Exception {
        WorkflowFile workflow = WorkflowFile.read();
        assertTrue(workflow.root.at("/env").has("SELFCHECK_OVERLAYS"), "an env listing the overlay folders");
        List<String> lines = workflow.selfcheckLines();
        assertTrue(lines.contains("./selfcheck rules lint \"${rules[@]}\" | tee -a \"$RUNNER_TEMP/selfcheck-messages.txt\""),
                lines.toString());
        assertTrue(lines.contains("./selfcheck diff \"${base[@]}\" \"${rules[@]}\" fixtures | tee diff.txt"),
                lines.toString());
        for (String step : List.of("Lint the rule pack", "Verify the fixtures and rule coverage",
                "Impact of the change on every fixture")) {
            String script = workflow.step(step).path("run").asText();
            assertTrue(script.contains("rules=(--rules rules)") && script.contains("rules+=(--rules \"$overlay\")")
                    && script.contains("for overlay in $SELFCHECK_OVERLAYS"), step + " passes each overlay");
        }
        JsonNode checkout = workflow.step("Check out the base branch's rules");
        assertEquals("base", checkout.at("/with/path").asText());
        assertEquals(List.of("rules", "${{ env.SELFCHECK_OVERLAYS }}"),
                Arrays.asList(checkout.at("/with/sparse-checkout").asText().strip().split("\n")));
    }

    @Test
    void runsOnEveryFileThatChangesTheOutcome() throws Exception {
        WorkflowFile workflow = WorkflowFile.read();
        Set<String> expected = Set.of("rules/**", "fixtures/**", "overlays/**", ".github/workflows/rules.yml",
                "selfcheck", "pom.xml", "src/**");
        for (String event : List.of("pull_request", "push")) {
            List<String> paths = new ArrayList<>();
            workflow.on().path(event).path("paths").forEach(p -> paths.add(p.asText()));
            assertEquals(expected, Set.copyOf(paths), event);
        }
    }

    @Test
    void everySelfcheckCommandLineParses() throws Exception {
        for (String line : WorkflowFile.read().selfcheckLines()) {
            List<String> args = new ArrayList<>();
            for (String word : line.substring("./selfcheck ".length()).split(" ")) {
                if (Set.of("|", ">", "||", "&&").contains(word)) {
                    break;
                }
                // the folder arrays and list as a shell expands them with one overlay
                switch (word) {
                    case "\"${rules[@]}\"" -> args.addAll(List.of("--rules", "rules", "--rules", "overlays/x"));
                    case "\"${base[@]}\"" -> args.addAll(List.of("--base-rules", "base/rules"));
                    case "$SELFCHECK_OVERLAYS" -> args.add("overlays/x");
                    default -> args.add(word);
                }
            }
            try {
                new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError(WorkflowFile.PATH + ": '" + line + "' does not parse: " + e.getMessage(), e);
            }
        }
    }
}
