package uk.selfcheck.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.report.JsonReport;

/** Fixtures checked on two threads give exactly what checking them one by one gives, in the same order. */
class FixtureRunnerTest {
    private final FixtureRunner runner = new FixtureRunner(ShippedPack.get(), LocalDate.of(2025, 6, 1));

    @Test
    void runningInParallelKeepsTheOrderAndTheResults() throws Exception {
        List<Path> files = FixtureRunner.discover(List.of(Path.of("fixtures/seeds"), Path.of("fixtures/edge"),
                Path.of("fixtures/rules/help_and_protection")));
        List<FixtureResult> oneByOne = new ArrayList<>();
        for (Path file : files) {
            oneByOne.addAll(runner.run(file));
        }
        List<FixtureResult> parallel = runner.runAll(files);
        assertEquals(oneByOne.size(), parallel.size());
        assertTrue(oneByOne.size() > 50, "cases compared: " + oneByOne.size());
        for (int i = 0; i < oneByOne.size(); i++) {
            assertEquals(oneByOne.get(i).name(), parallel.get(i).name());
            assertEquals(oneByOne.get(i).mismatches(), parallel.get(i).mismatches());
            assertEquals(new JsonReport().render(oneByOne.get(i).evaluation()),
                    new JsonReport().render(parallel.get(i).evaluation()), oneByOne.get(i).name());
        }
    }

    @Test
    void aRunnerKeepingOnlyTheFiredRulesGivesTheSameResultsWithoutTheEvaluations() throws Exception {
        List<Path> files = FixtureRunner.discover(List.of(Path.of("fixtures/seeds"), Path.of("fixtures/rules/adoption")));
        List<FixtureResult> full = runner.runAll(files);
        List<FixtureResult> lean = FixtureRunner.firedRulesOnly(ShippedPack.get(), LocalDate.of(2025, 6, 1))
                .runAll(files);
        assertEquals(full.size(), lean.size());
        for (int i = 0; i < full.size(); i++) {
            assertEquals(full.get(i).withoutEvaluation(), lean.get(i));
            assertNull(lean.get(i).evaluation());
        }
    }
}
