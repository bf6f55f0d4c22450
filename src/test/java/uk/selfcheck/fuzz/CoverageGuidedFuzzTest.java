package uk.selfcheck.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.cli.Cli;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.input.YamlReader;

/**
 * Coverage-guided fuzzing with Jazzer, on demand, one test at a time:
 * <pre>JAZZER_FUZZ=1 mvn test -Dtest='CoverageGuidedFuzzTest#theReaderRefusesWithALocatedError'</pre>
 * Jazzer stops at the first failure or after {@code maxDuration}, and saves the failing input in
 * {@code src/test/resources/uk/selfcheck/fuzz/CoverageGuidedFuzzTestInputs/}, where it stays as a regression case.
 * The class does not run in {@code mvn verify}: Jazzer's agent would slow every test after it. The saved inputs are
 * replayed there by {@link CheckFuzzTest} instead.
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
class CoverageGuidedFuzzTest {
    static final Path SAVED_INPUTS = Path.of("src/test/resources/uk/selfcheck/fuzz/CoverageGuidedFuzzTestInputs");

    private static final SelfAssessmentReader READER = new SelfAssessmentReader(ShippedPack.get().manifest(),
            ShippedPack.get().catalog(), LocalDate.now());

    @FuzzTest(maxDuration = "5m")
    void theReaderRefusesWithALocatedError(byte[] input) {
        try {
            READER.read(YamlReader.parse(input, "fuzz.yaml"), "fuzz.yaml");
        } catch (InputException e) {
            for (InputError error : e.errors()) {
                if (error.line() < 1) {
                    fail("an error without a line: " + error.format());
                }
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void checkGivesAReportOrALocatedError(byte[] input) throws IOException {
        Path file = Files.createTempFile("fuzz", ".yaml");
        try {
            Files.write(file, input);
            Cli cli = Cli.run("check", file.toString(), "--format", "json");
            String problem = CheckFuzzTest.problem(cli);
            if (problem != null) {
                fail(problem + "\n" + cli.err());
            }
        } finally {
            Files.delete(file);
        }
    }
}
