package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.testing.OneRulePack;

/**
 * A rule whose actions loop for ever cannot be stopped by Drools' halt, nor by anything else in Java: the tool gives up
 * on it a grace after its phase's limit, names it and its file, and exits with code 4 without waiting for it. Run in a
 * process of its own, as the loop would otherwise spin in the test's JVM until the build ends.
 */
class StuckRuleTest {
    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err, long millis) {
    }

    private Run selfcheck(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dselfcheck.phaseSeconds=1",
                "-Dselfcheck.cache.dir=" + tmp.resolve("cache"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("selfcheck did not exit: " + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aRuleThatLoopsForEverIsNamedWithItsFileAndTheProcessExitsWithFourLeavingNoOutputFile() throws Exception {
        Path pack = OneRulePack.writeWithoutRule(tmp.resolve("pack"));
        Files.writeString(pack.resolve(OneRulePack.RULE_FILE), OneRulePack.ruleDoing("S-LOOPS-FOR-EVER",
                "while ( true ) { }"));
        Path input = Files.writeString(tmp.resolve("assessment.yaml"), OneRulePack.ASSESSMENT);
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Path report = reports.resolve("report.txt");

        Run run = selfcheck("check", input.toString(), "--rules", pack.toString(), "--output", report.toString());

        assertEquals(ExitCode.BAD_RULES.code(), run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("rule pack fault: the findings phase ran for more than 1 second and did not stop when told "
                + "to: rule S-LOOPS-FOR-EVER (" + pack.resolve(OneRulePack.RULE_FILE) + ") was still running its "
                + "actions (then), which never return (a loop without end, or a wait), so selfcheck gave up on it; "
                + "make its actions finish\nThe rule pack is broken; no report was produced.\n",
                run.err().lines().filter(line -> !line.startsWith("WARN ")).map(line -> line + "\n")
                        .reduce("", String::concat));
        try (Stream<Path> left = Files.list(reports)) {
            assertEquals(List.of(), left.toList(), "no report, and no temporary file beside it");
        }
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(run.millis() < 90_000, "exited without waiting for the loop: " + run.millis() + " ms");
    }

    /** A condition that never finishes is matched as the answers go in, before any rule fires: given up on too. */
    @Test
    void aConditionThatLoopsForEverIsGivenUpOnAndThePhaseNamed() throws Exception {
        Path pack = OneRulePack.writeWithoutRule(tmp.resolve("pack"));
        Files.writeString(pack.resolve(OneRulePack.RULE_FILE), OneRulePack.RULE
                .replace("import uk.selfcheck.model.Rating;", "import uk.selfcheck.model.Rating;\n\n"
                        + "function boolean spins( String criterion ) { while ( criterion != null ) { } return true; }")
                .replace("rating >= Rating.MOSTLY )", "rating >= Rating.MOSTLY, spins( criterion ) )"));
        Path input = Files.writeString(tmp.resolve("assessment.yaml"), OneRulePack.ASSESSMENT);

        Run run = selfcheck("check", input.toString(), "--rules", pack.toString());

        assertEquals(ExitCode.BAD_RULES.code(), run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("rule pack fault: the findings phase ran for more than 1 second and did not "
                + "stop when told to: the rules' conditions (when) were still being matched and never finish (a "
                + "condition or function that loops, or waits), so selfcheck gave up on them; no rule had fired yet\n"),
                run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
