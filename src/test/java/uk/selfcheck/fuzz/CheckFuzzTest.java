package uk.selfcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.cli.Cli;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.input.YamlReader;

/**
 * Mutation fuzzing of the YAML reader and of the whole {@code check} path, from the shipped fixtures. Every input must
 * give exit code 0 with a report, or exit code 3 with every message located at a line; never an exception, a stack
 * trace or a hang. {@code mvn verify} runs a few seconds with a fixed seed. For a longer search:
 * <pre>mvn test -Dtest=CheckFuzzTest -Dselfcheck.fuzz.runs=20000 -Dselfcheck.fuzz.seed=random</pre>
 * A failing input is saved under {@code target/fuzz-failures/} with the seed that made it; once fixed, keep it with
 * Jazzer's saved inputs (see {@link CoverageGuidedFuzzTest}), which every build replays.
 */
class CheckFuzzTest {
    private static final long SEED = seed();
    private static final int RUNS = Integer.getInteger("selfcheck.fuzz.runs", 60);
    private static final Pattern LOCATED = Pattern.compile("^[^:\\n]+:\\d+(:\\d+)?: .+");
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    @BeforeAll
    static void compileThePack() {
        ShippedPack.get();
    }

    private static long seed() {
        String value = System.getProperty("selfcheck.fuzz.seed", "20250331");
        return value.equals("random") ? new Random().nextLong() : Long.parseLong(value);
    }

    static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String folder : new String[] {"fixtures/seeds", "fixtures/edge"}) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().endsWith(".expected.yaml"))
                        .sorted().toList()) {
                    seeds.add(Files.readAllBytes(p));
                }
            }
        }
        return seeds;
    }

    /** The reader alone, ten times as many inputs: it is where hostile bytes arrive. */
    @Test
    void theReaderRefusesEveryMutationWithALocatedError() throws IOException {
        List<byte[]> seeds = seeds();
        Random random = new Random(SEED);
        Mutator mutator = new Mutator(random);
        SelfAssessmentReader reader = new SelfAssessmentReader(ShippedPack.get().manifest(), ShippedPack.get().catalog(),
                LocalDate.now());
        for (int run = 0; run < RUNS * 10; run++) {
            byte[] input = mutator.mutate(seeds.get(random.nextInt(seeds.size())));
            int n = run;
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                try {
                    reader.read(YamlReader.parse(input, "fuzz.yaml"), "fuzz.yaml");
                } catch (InputException e) {
                    for (InputError error : e.errors()) {
                        if (error.line() < 1 || !error.file().equals("fuzz.yaml")) {
                            failWith(input, n, "an error without a line: " + error.format());
                        }
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    failWith(input, n, "the reader threw " + e);
                }
            });
        }
    }

    @Test
    void checkGivesAReportOrALocatedErrorForEveryMutation() throws IOException {
        List<byte[]> seeds = seeds();
        Random random = new Random(SEED + 1);
        Mutator mutator = new Mutator(random);
        int reports = 0;
        for (int run = 0; run < RUNS; run++) {
            byte[] input = mutator.mutate(seeds.get(random.nextInt(seeds.size())));
            Path file = tmp.resolve("fuzz.yaml");
            Files.write(file, input);
            Cli cli = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("check", file.toString(), "--format", "json"));
            String problem = problem(cli);
            if (problem != null) {
                failWith(input, run, problem + "\nstderr:\n" + cli.err());
            }
            reports += cli.exitCode() == 0 ? 1 : 0;
        }
        // the mutations must leave some files valid, or the rules would never be fuzzed
        if (RUNS >= 50 && reports == 0) {
            fail("no mutation of " + RUNS + " was a valid self-assessment");
        }
    }

    static String problem(Cli cli) {
        if (cli.err().contains("Exception") || cli.err().contains("\tat ")) {
            return "a stack trace or exception on stderr";
        }
        if (cli.exitCode() == 0) {
            return (cli.out().startsWith("{") || cli.out().contains("JUDGEMENTS")) && cli.err().isEmpty() ? null
                    : "exit 0 without a clean report";
        }
        if (cli.exitCode() != 3) {
            return "exit code " + cli.exitCode();
        }
        if (!cli.out().isEmpty()) {
            return "output on stdout for a refused input";
        }
        for (String line : cli.err().split("\n")) {
            if (!line.startsWith("... and ") && !line.endsWith("nothing was checked.") && !LOCATED.matcher(line).matches()) {
                return "an error without a line: " + line;
            }
        }
        return null;
    }

    private static void failWith(byte[] input, int run, String problem) {
        Path saved = Path.of("target", "fuzz-failures", "seed-" + SEED + "-run-" + run + ".yaml");
        try {
            Files.createDirectories(saved.getParent());
            Files.write(saved, input);
        } catch (IOException e) {
            saved = null;
        }
        fail(problem + " (seed " + SEED + ", run " + run + ", input saved as " + saved + ")");
    }

    /** Inputs that once broke the check, and Jazzer's other saved inputs, kept so they stay fixed. */
    @Test
    void inputsTheFuzzersFoundStayFixed() throws IOException {
        try (Stream<Path> files = Files.walk(CoverageGuidedFuzzTest.SAVED_INPUTS)) {
            List<Path> inputs = files.filter(Files::isRegularFile).sorted().toList();
            if (inputs.size() < 6) {
                fail("saved inputs missing from " + CoverageGuidedFuzzTest.SAVED_INPUTS);
            }
            for (Path input : inputs) {
                Cli cli = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("check", input.toString()));
                String problem = problem(cli);
                if (problem != null) {
                    fail(input + ": " + problem + "\n" + cli.err());
                }
            }
        }
    }

    @Test
    void theMutatorIsRepeatable() throws IOException {
        byte[] seed = seeds().get(0);
        assertEquals(new String(new Mutator(new Random(7)).mutate(seed)), new String(new Mutator(new Random(7)).mutate(seed)));
    }
}
