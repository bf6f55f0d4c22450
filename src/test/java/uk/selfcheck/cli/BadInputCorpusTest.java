package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;

/**
 * Runs every file of {@code src/test/resources/bad-input/} through {@code selfcheck check}. Beside each input
 * {@code X} lies {@code X.expected}: the exit code ({@code exit: 3}) and one or more {@code stderr:} lines, each a
 * piece of the message that must appear (file:line:column, field and what is wrong). Every input must also leave
 * stdout empty and print no stack trace. The timeout only catches a hang; speed is measured by
 * {@code bench/bad-input.sh}, not asserted here.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    /** Compiles the pack outside the hang guard, which is for the check alone. */
    @BeforeAll
    static void compileThePack() {
        ShippedPack.get();
    }

    /** One expectation file: the exit code and the pieces of stderr. */
    record Expected(int exit, List<String> stderr) {
        static Expected read(Path file) throws IOException {
            int exit = -1;
            List<String> stderr = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("exit:")) {
                    exit = Integer.parseInt(line.substring(5).trim());
                } else if (line.startsWith("stderr:")) {
                    stderr.add(line.substring(7).trim());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    fail(file + ": unknown line '" + line + "' (use 'exit: N', 'stderr: text' or '# comment')");
                }
            }
            assertTrue(exit >= 0 && !stderr.isEmpty(), file + " needs an 'exit:' line and at least one 'stderr:'");
            return new Expected(exit, stderr);
        }
    }

    static List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".expected")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedWithALocatedMessage() throws IOException {
        List<Path> inputs = inputs();
        assertTrue(inputs.size() >= 40, "the corpus has " + inputs.size() + " files");
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            Path sidecar = input.resolveSibling(input.getFileName() + ".expected");
            assertTrue(Files.isRegularFile(sidecar), "no expectation " + sidecar + "; got:\n" + check(input).err());
            assertRefused(check(input), Expected.read(sidecar));
        }));
    }

    @Test
    void everyExpectationHasItsInput() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path sidecar : files.filter(p -> p.getFileName().toString().endsWith(".expected")).toList()) {
                String name = sidecar.getFileName().toString();
                assertTrue(Files.exists(sidecar.resolveSibling(name.substring(0, name.length() - 9))),
                        sidecar + " has no input beside it");
            }
        }
    }

    /** What each of {@link HostileFiles} must be refused with. */
    private static final java.util.Map<String, List<String>> HOSTILE = java.util.Map.of(
            "unknown-criteria-flood.yaml", List.of("unknown-criteria-flood.yaml:7:7: answers.leadership.governance."
                    + "made_up_criterion_0_from_a_long_list_of_criteria_nobody_defined: unknown criterion "
                    + "'made_up_criterion_0_from_a_long_list_of_criteria_nobody_defined' in theme governance",
                    "... and ", " more errors, not shown; fix these first."),
            "duplicate-key-flood.yaml", List.of("duplicate-key-flood.yaml:7:3: scope.visit: duplicate key 'visit' "
                    + "(first written on line 6)", " more errors, not shown"),
            "alias-flood.yaml", List.of("alias-flood.yaml:7:5: y[0]: YAML aliases (*name) are not allowed",
                    " more errors, not shown"),
            "tag-flood.yaml", List.of("tag-flood.yaml:6:5: y[0]: YAML tags such as 'tag:yaml.org,2002:java.lang.Runtime'"
                    + " are not allowed", " more errors, not shown"),
            "value-flood.yaml", List.of("value-flood.yaml:", "the file holds more than 50000 values"),
            "deep-flow-nesting.yaml", List.of("deep-flow-nesting.yaml:4:30: answers[0][0][0][0][0][0][0][0][0][0][0]"
                    + "[0][0][0][0][0][0][0][0][0]: nesting is too deep (more than 20 levels)"),
            "deep-block-nesting.yaml", List.of("deep-block-nesting.yaml:", ": nesting is too deep (more than 20 levels)"),
            "long-keys-at-every-level.yaml", List.of("long-keys-at-every-level.yaml:", "nesting is too deep"),
            "one-huge-value.yaml", List.of("one-huge-value.yaml:7:1: line 7 is longer than 100000 characters"));

    @TestFactory
    Stream<DynamicTest> hostileFilesNearTheSizeLimitAreRefusedQuickly() {
        assertEquals(HOSTILE.keySet(), HostileFiles.all().keySet());
        return HostileFiles.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path file = tmp.resolve(e.getKey());
            Files.write(file, e.getValue());
            assertRefused(check(file), new Expected(3, HOSTILE.get(e.getKey())));
        }));
    }

    /** Too big to commit: 50 MB of plausible YAML, refused before it is read. */
    @Test
    void aFiftyMegabyteFileIsRefusedUnread() throws IOException {
        Path big = tmp.resolve("huge.yaml");
        String line = "      caseloads_manageable: mostly   # padding padding padding padding padding padding\n";
        byte[] block = line.repeat(1024 * 1024 / line.length() + 1).getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            out.write("authority: Testshire\ndate: 2025-03-31\nanswers:\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }
        assertTrue(Files.size(big) > 50L * 1000 * 1000);
        assertRefused(check(big), new Expected(3, List.of("huge.yaml: the file is too large (", "KiB); the limit is 2048 KiB")));
    }

    @Test
    void aFolderIsNotASelfAssessment() {
        assertRefused(check(tmp), new Expected(3, List.of(": cannot read the file: it is a folder, not a file")));
    }

    /** A file that may not be read says why, not just its name. */
    @Test
    void anUnreadableFileSaysPermissionDenied() throws IOException {
        Path file = uk.selfcheck.testing.Unreadable.in(tmp, "unreadable.yaml");
        assertRefused(check(file), new Expected(3, List.of(file + ": cannot read the file: permission denied")));
    }

    /** A device or pipe reports no size; reading must still stop at the limit instead of filling memory. */
    @Test
    void anEndlessStreamIsCutOffAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        assertRefused(check(zero), new Expected(3, List.of("/dev/zero: the file is too large (more than 2048 KiB)")));
    }

    private static Cli check(Path input) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("check", input.toString(), "--rules", "rules"),
                input + " hung");
    }

    private static void assertRefused(Cli cli, Expected expected) {
        String err = cli.err();
        assertEquals(expected.exit(), cli.exitCode(), err);
        assertEquals("", cli.out(), "nothing on stdout for bad input");
        for (String piece : expected.stderr()) {
            assertTrue(err.contains(piece), "expected '" + piece + "' in:\n" + err);
        }
        assertTrue(err.contains("in the input; nothing was checked."), err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("internal error"), err);
    }
}
