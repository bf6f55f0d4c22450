package uk.selfcheck.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackLoader;
import uk.selfcheck.engine.Workers;
import uk.selfcheck.model.GradingPolicy;
import uk.selfcheck.verify.Agreement;

class CalibratorTest {
    private final RulePack pack = ShippedPack.get();

    @Test
    void gradingNumbersRoundTrip() {
        GradingPolicy policy = pack.manifest().grading();
        Map<String, Double> numbers = GradingNumbers.of(policy);
        assertEquals(numbers, GradingNumbers.of(GradingNumbers.policy(numbers)));
        assertTrue(numbers.containsKey("area.good_max_weakness_share"));
        assertTrue(GradingNumbers.isWhole("area.outstanding_min_exceptional"));
        assertFalse(GradingNumbers.isWhole("weakness_weight.high"));
        for (String searched : Calibrator.GRID.keySet()) {
            assertTrue(numbers.containsKey(searched), searched + " is not a grading number");
        }
    }

    @Test
    void foldsKeepAnAuthorityTogetherAndMixTheGrades() {
        List<CalibrationSet.Item> items = List.of(item("a-2019-01-01", "good"), item("a-2023-01-01", "good"),
                item("b-2020-01-01", "good"), item("c-2020-01-01", "inadequate"), item("d-2020-01-01", "inadequate"),
                item("e-2020-01-01", "outstanding"));
        List<List<CalibrationSet.Item>> folds = Calibrator.folds(items, 3);
        assertEquals(3, folds.size());
        assertEquals(6, folds.stream().mapToInt(List::size).sum());
        for (List<CalibrationSet.Item> fold : folds) {
            Set<String> grades = new HashSet<>();
            fold.forEach(i -> grades.add(i.expected().get("overall")));
            if (fold.stream().anyMatch(i -> i.authority().equals("a"))) {
                assertEquals(2, fold.stream().filter(i -> i.authority().equals("a")).count());
            }
        }
        assertEquals("a", CalibrationSet.authorityOf(Path.of("x/a-2019-01-01.yaml")));
        assertEquals(2, Calibrator.folds(items.subList(0, 3), 5).size(), "one fold an authority at most");
    }

    @Test
    void neighboursAreTheValuesEitherSide() {
        List<Double> grid = List.of(1.0, 2.0, 3.0, 4.0);
        assertEquals(List.of(1.0, 2.0), Calibrator.neighbours(grid, 1.0));
        assertEquals(List.of(2.0, 3.0, 4.0), Calibrator.neighbours(grid, 3.0));
        assertEquals(grid, Calibrator.neighbours(grid, 2.5));
    }

    /**
     * On the shipped fixtures that expect judgements: the fit never agrees worse than the pack's numbers, and the
     * overlay it writes, given to --rules, gives exactly the fitted agreement.
     */
    @Test
    void theFitIsNoWorseAndItsOverlayReproducesIt(@TempDir Path dir) throws Exception {
        CalibrationSet set = CalibrationSet.read(pack, List.of(Path.of("fixtures/seeds"), Path.of("fixtures/edge")),
                LocalDate.now());
        assertEquals(8, set.size(), "Gateshead 2015 and the seven edge cases: a focused visit expects no grade");
        Calibrator.Result result;
        try (Workers threads = new Workers("test")) {
            result = new Calibrator(pack, threads).calibrate(set, 2);
        }
        assertTrue(Calibrator.score(result.fittedAgreement()) >= Calibrator.score(result.before()));
        assertEquals(2, result.folds());
        // every judgement the cross-validation missed is listed, and nothing it got right
        Agreement cv = result.crossValidated();
        assertEquals(cv.overall().total() - cv.overall().exact(),
                result.crossValidatedMisses().stream().filter(m -> m.pair().isOverall()).count());
        assertEquals(cv.areas().total() - cv.areas().exact(),
                result.crossValidatedMisses().stream().filter(m -> !m.pair().isOverall()).count());
        result.crossValidatedMisses().forEach(m -> assertFalse(m.pair().exact(), m.toString()));

        Files.writeString(dir.resolve("overlay.yaml"), CalibrationReport.overlay(result));
        RulePack overlaid = RulePackLoader.load(List.of(Path.of("rules"), dir));
        Map<String, Double> expected = new HashMap<>(GradingNumbers.of(pack.manifest().grading()));
        expected.putAll(result.changed());
        assertEquals(expected, GradingNumbers.of(overlaid.manifest().grading()));
        CalibrationSet again = CalibrationSet.read(overlaid, List.of(Path.of("fixtures/seeds"),
                Path.of("fixtures/edge")), LocalDate.now());
        try (Workers threads = new Workers("test")) {
            Calibrator check = new Calibrator(overlaid, threads);
            assertEquals(result.fittedAgreement(), check.agreement(again.items(),
                    GradingNumbers.of(overlaid.manifest().grading())));
        }
    }

    @Test
    void numbersPrintAsPackYamlWritesThem() {
        assertEquals("3", CalibrationReport.number("area.outstanding_min_exceptional", 3.0));
        assertEquals("0.275", CalibrationReport.number("area.good_max_weakness_share", 0.275));
        assertEquals("4.0", CalibrationReport.number("weakness_weight.high", 4.0));
    }

    private static CalibrationSet.Item item(String name, String overall) {
        return new CalibrationSet.Item(name, CalibrationSet.authorityOf(Path.of(name + ".yaml")), null,
                Map.of("overall", overall));
    }
}
