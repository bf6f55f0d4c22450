package uk.selfcheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.FixtureRunner;

/** Every shipped fixture and per-rule case must give exactly what its expectation says. */
class FixturesTest {
    private final FixtureRunner runner = new FixtureRunner(ShippedPack.get(), LocalDate.now());

    @TestFactory
    List<DynamicTest> everyFixtureMeetsItsExpectation() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : FixtureRunner.discover(List.of(ShippedPack.FIXTURES))) {
            tests.add(DynamicTest.dynamicTest(file.toString(), () -> {
                List<FixtureResult> results = runner.run(file);
                assertFalse(results.isEmpty(), file + " holds nothing to check");
                String failures = results.stream().flatMap(r -> r.mismatches().stream())
                        .map(m -> m.format()).collect(Collectors.joining("\n"));
                assertTrue(failures.isEmpty(), failures);
            }));
        }
        return tests;
    }

    @Test
    void fixturesAreFound() throws Exception {
        List<Path> files = FixtureRunner.discover(List.of(ShippedPack.FIXTURES));
        assertTrue(files.stream().anyMatch(p -> p.toString().endsWith("gateshead-2015.yaml")), files.toString());
        assertTrue(files.stream().anyMatch(p -> p.toString().endsWith(".cases.yaml")), files.toString());
    }
}
