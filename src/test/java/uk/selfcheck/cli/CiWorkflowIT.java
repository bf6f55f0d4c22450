package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.testing.CopyTree;

/**
 * Runs the shell steps of docs/ci-workflow.yml locally, with bash, as GitHub would on a pull request: in a working
 * folder holding the project's rules, fixtures and sources, with {@code ./selfcheck} the project's launcher (the jar
 * {@code mvn package} built before this test runs), the base branch's rules being the same pack. Steps that use an
 * action are GitHub's to run and are left out, as is the build step, whose jar is already built. Against the shipped
 * pack every step passes; against a copy with a syntax error in one rule file the lint step fails, GitHub would skip
 * the steps after it, and the stderr of the failing step reaches the job summary. Run on their own there, verify and
 * diff fail too: nothing in them hides exit 4.
 */
class CiWorkflowIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Pattern HASH_FILES = Pattern.compile("always\\(\\) && hashFiles\\('([^']+)'\\) != ''");

    @TempDir
    Path temp;

    @Test
    void everyStepPassesOnTheShippedPack() throws Exception {
        Path work = workspace(false);
        Map<String, Integer> exits = runJob(work);
        assertEquals(Map.of("Lint the rule pack", 0, "Verify the fixtures and rule coverage", 0,
                "Impact of the change on every fixture", 0), exits);
        String junit = Files.readString(work.resolve("verify-junit.xml"));
        Matcher suites = Pattern.compile("<testsuites name=\"selfcheck verify\" tests=\"(\\d+)\" failures=\"0\"")
                .matcher(junit);
        assertTrue(suites.find() && Integer.parseInt(suites.group(1)) > 800, "every fixture and case passed, and "
                + "coverage: " + junit.substring(0, Math.min(400, junit.length())));
        assertTrue(Files.readString(work.resolve("verify.sarif")).contains("\"results\" : [ ]"), "no mismatch");
        String summary = Files.readString(work.resolve("summary.md"));
        assertTrue(summary.contains("### How this change moves the predicted judgements"), summary);
        assertTrue(summary.contains("No fixture changes grade."), summary);
        assertFalse(summary.contains("What selfcheck reported"), summary);
    }

    @Test
    void theLintStepFailsOnABrokenPackAndItsMessagesReachTheSummary() throws Exception {
        Path work = workspace(true);
        Map<String, Integer> exits = runJob(work);
        assertEquals(1, exits.get("Lint the rule pack"), "lint exits 1 on any problem: " + exits);
        assertFalse(exits.containsKey("Verify the fixtures and rule coverage"), "skipped after a failure: " + exits);
        assertEquals(0, exits.get("Show selfcheck's messages in the job summary"), exits.toString());
        String summary = Files.readString(work.resolve("summary.md"));
        assertTrue(summary.contains("### What selfcheck reported"), summary);
        assertTrue(summary.contains("rules/adoption/permanence_and_adoption.drl"), summary);

        // each on its own, as after a change to the job: the exit code of a broken pack comes through
        WorkflowFile workflow = WorkflowFile.read();
        for (String step : new String[] {"Verify the fixtures and rule coverage",
                "Impact of the change on every fixture"}) {
            int exit = run(work, workflow.step(step));
            assertEquals(4, exit, step);
        }
        assertFalse(Files.exists(work.resolve("verify.sarif")), "nothing to upload from a pack that did not load");
    }

    /** Runs the job's shell steps in order; returns the exit code of each step run, by name. */
    private Map<String, Integer> runJob(Path work) throws Exception {
        Map<String, Integer> exits = new LinkedHashMap<>();
        boolean ok = true;
        for (JsonNode step : WorkflowFile.read().steps()) {
            String name = step.path("name").asText();
            if (!step.has("run") || name.equals("Build selfcheck")) {
                continue;
            }
            if (!runs(step.path("if").asText(""), ok, work)) {
                continue;
            }
            int exit = run(work, step);
            exits.put(name, exit);
            ok &= exit == 0;
        }
        return exits;
    }

    /** The step's condition, as GitHub evaluates the few forms the workflow uses, on a pull request. */
    private static boolean runs(String condition, boolean ok, Path work) {
        Matcher files = HASH_FILES.matcher(condition);
        if (condition.isEmpty() || condition.equals("github.event_name == 'pull_request'")) {
            return ok;
        } else if (condition.equals("failure()")) {
            return !ok;
        } else if (files.matches()) {
            return Files.exists(work.resolve(files.group(1)));
        }
        throw new AssertionError("a condition this test does not know: " + condition);
    }

    /** Runs a step's script as GitHub runs {@code shell: bash}: bash --noprofile --norc -eo pipefail FILE. */
    private int run(Path work, JsonNode step) throws IOException, InterruptedException {
        assertEquals("bash", step.path("shell").asText());
        Path script = Files.createTempFile(temp, "step", ".sh");
        Files.writeString(script, step.path("run").asText());
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail",
                script.toString()).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("log.txt").toFile()));
        Map<String, String> env = builder.environment();
        env.put("GITHUB_STEP_SUMMARY", work.resolve("summary.md").toString());
        env.put("GITHUB_EVENT_NAME", "pull_request");
        env.put("RUNNER_TEMP", Files.createDirectories(work.resolve("runner-temp")).toString());
        env.put("SELFCHECK_OVERLAYS", WorkflowFile.read().root.at("/env/SELFCHECK_OVERLAYS").asText());
        env.put("SELFCHECK_JAVA_OPTS", "-Dselfcheck.cache.dir=" + temp.resolve("cache"));
        Files.writeString(work.resolve("log.txt"), "== " + step.path("name").asText() + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process process = builder.start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "step still running after 10 minutes");
        return process.exitValue();
    }

    /**
     * A checkout as the workflow sees it: rules/, fixtures/ and sources/, base/rules as the base branch's, and
     * ./selfcheck running the project's launcher. A broken one has its own copy of rules/ with a DRL syntax error.
     */
    private Path workspace(boolean broken) throws IOException {
        Path work = Files.createDirectories(temp.resolve("work"));
        Files.createSymbolicLink(work.resolve("fixtures"), PROJECT.resolve("fixtures"));
        Files.createSymbolicLink(work.resolve("sources"), PROJECT.resolve("sources"));
        Files.createDirectories(work.resolve("base"));
        Files.createSymbolicLink(work.resolve("base/rules"), PROJECT.resolve("rules"));
        if (broken) {
            CopyTree.copy(PROJECT.resolve("rules"), work.resolve("rules"));
            Path drl = work.resolve("rules/adoption/permanence_and_adoption.drl");
            Files.writeString(drl, "\nrule \"W-BROKEN\"\nwhen\n    $a : Answer( rating <= \nthen\nend\n",
                    StandardOpenOption.APPEND);
        } else {
            Files.createSymbolicLink(work.resolve("rules"), PROJECT.resolve("rules"));
        }
        Path launcher = work.resolve("selfcheck");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + PROJECT.resolve("selfcheck") + "' \"$@\"\n",
                StandardCharsets.UTF_8);
        assertTrue(launcher.toFile().setExecutable(true));
        assertNotEquals(null, Files.getLastModifiedTime(PROJECT.resolve("target/selfcheck.jar")),
                "the jar is built (mvn package) before this test");
        return work;
    }

}
