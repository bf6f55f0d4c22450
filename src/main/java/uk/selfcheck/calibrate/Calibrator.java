package uk.selfcheck.calibrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.Workers;
import uk.selfcheck.model.GradingPolicy;
import uk.selfcheck.verify.Agreement;
import uk.selfcheck.verify.Expectation;
import uk.selfcheck.verify.GradePair;

/**
 * Fits the {@code grading:} numbers of a pack to fixtures that expect judgements, by coordinate descent: each number
 * in turn takes the value of its grid that agrees best with the fixtures, the others held, until a whole round changes
 * nothing. Only the judgement rules run for each trial ({@link Evaluator#regrade}); the findings are worked out once.
 * The fit is measured twice: on the fixtures it was fitted to, and by k-fold cross-validation, fitting on all folds but
 * one and predicting that one, which is the honest figure for inspections the fixtures do not hold.
 */
public final class Calibrator {
    /** How many whole rounds the search may take; it usually settles in two or three. */
    static final int MAX_ROUNDS = 6;
    /** Rounds that try every value of each grid before the search narrows to neighbours. */
    static final int FULL_ROUNDS = 2;
    /** What a judgement two or more grades out costs in the score, against one for each exact judgement. */
    static final int OFF_BY_TWO_COST = 2;

    /**
     * The numbers searched, each over its grid. Some stay as set: the count of answered criteria and the tolerance,
     * which no fixture of published grades can measure; and how far leaders may be
     * judged above the best practice judgement, which the published grades fix at none (leaders were better than every
     * practice judgement in 28 of the corpus's 370 graded inspections), as Gateshead 2015's leadership, good beside
     * good practice with no weakness of its own, shows.
     */
    public static final Map<String, List<Double>> GRID = grid();

    private final RulePack pack;
    private final Evaluator evaluator;
    private final Workers threads;

    public Calibrator(RulePack pack, Workers threads) {
        this.pack = pack;
        this.evaluator = new Evaluator(pack);
        this.threads = threads;
    }

    /**
     * The result of a calibration.
     *
     * @param start          the pack's own numbers
     * @param fitted         the numbers fitted to every fixture
     * @param before         the agreement with the pack's own numbers
     * @param fittedAgreement the agreement of the fitted numbers on the fixtures they were fitted to
     * @param crossValidated the agreement of each fold's fit on the fold it never saw
     * @param folds          how many folds
     * @param crossValidatedMisses every judgement its fold's fit did not predict, by fixture in the fixtures' order
     */
    public record Result(Map<String, Double> start, Map<String, Double> fitted, Agreement before,
                         Agreement fittedAgreement, Agreement crossValidated, int folds, int fixtures,
                         List<Miss> crossValidatedMisses) {
        /** The cross-validated misses two or more grades out. */
        public List<Miss> crossValidatedOffByTwo() {
            return crossValidatedMisses.stream().filter(m -> m.pair().distance().orElse(0) >= 2).toList();
        }

        /** The numbers the fit changed, by name, in pack.yaml's order. */
        public Map<String, Double> changed() {
            Map<String, Double> changed = new LinkedHashMap<>();
            fitted.forEach((name, value) -> {
                if (!value.equals(start.get(name))) {
                    changed.put(name, value);
                }
            });
            return changed;
        }
    }

    /** A judgement a fixture expects that a fit predicted otherwise. */
    public record Miss(String fixture, GradePair pair) implements Comparable<Miss> {
        @Override
        public int compareTo(Miss other) {
            int order = fixture.compareTo(other.fixture);
            return order != 0 ? order : pair.judgement().compareTo(other.pair.judgement());
        }

        @Override
        public String toString() {
            return fixture + ": " + pair.judgement() + " expected " + pair.expected() + ", predicted "
                    + pair.predicted();
        }
    }

    public Result calibrate(CalibrationSet set, int folds) throws EvaluationException {
        Map<String, Double> start = GradingNumbers.of(pack.manifest().grading());
        List<CalibrationSet.Item> items = set.items();
        Agreement before = agreement(items, start);
        Map<String, Double> fitted = fit(items, start);
        Agreement fittedAgreement = agreement(items, fitted);
        List<List<GradePair>> heldOut = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        List<List<CalibrationSet.Item>> byFold = folds(items, folds);
        for (int fold = 0; fold < byFold.size(); fold++) {
            List<CalibrationSet.Item> training = new ArrayList<>();
            for (int other = 0; other < byFold.size(); other++) {
                if (other != fold) {
                    training.addAll(byFold.get(other));
                }
            }
            // from the middle of each range, not from the pack's numbers: those may have been fitted to these very
            // fixtures, and a search that starts there would carry what it learnt of the held-out fold
            Map<String, Double> numbers = fit(training, middles(start));
            List<List<GradePair>> predicted = pairs(byFold.get(fold), numbers);
            for (int i = 0; i < predicted.size(); i++) {
                for (GradePair pair : predicted.get(i)) {
                    if (!pair.exact()) {
                        misses.add(new Miss(byFold.get(fold).get(i).name(), pair));
                    }
                }
            }
            heldOut.addAll(predicted);
        }
        misses.sort(null);
        return new Result(start, fitted, before, fittedAgreement, Agreement.ofPairs(heldOut), byFold.size(),
                items.size(), List.copyOf(misses));
    }

    /**
     * The fixtures dealt into {@code k} folds: ordered by the expected overall grade (or the first judgement's), then
     * authority, and dealt in turn, so each fold holds a like mix of grades and an authority's inspections stay
     * together. Fewer fixtures than folds gives one fold each.
     */
    static List<List<CalibrationSet.Item>> folds(List<CalibrationSet.Item> items, int k) {
        Map<String, List<CalibrationSet.Item>> byAuthority = new TreeMap<>();
        items.forEach(item -> byAuthority.computeIfAbsent(item.authority(), a -> new ArrayList<>()).add(item));
        List<List<CalibrationSet.Item>> groups = new ArrayList<>(byAuthority.values());
        groups.sort(Comparator.comparing((List<CalibrationSet.Item> g) -> headline(g.get(0)))
                .thenComparing(g -> g.get(0).authority()));
        int n = Math.min(k, groups.size());
        List<List<CalibrationSet.Item>> folds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < groups.size(); i++) {
            folds.get(i % n).addAll(groups.get(i));
        }
        return folds;
    }

    private static String headline(CalibrationSet.Item item) {
        return item.expected().getOrDefault(Expectation.OVERALL, item.expected().values().iterator().next());
    }

    /**
     * Coordinate descent from {@code start}: the best-agreeing value of each number in turn, until a round changes
     * nothing. The first two rounds try every value of each grid (one is not enough from a start far from the best:
     * a number's best value moves once the others have); later rounds, the values next to each number's own, since a
     * number far from a value that was best twice seldom becomes best after the others move a little.
     */
    Map<String, Double> fit(List<CalibrationSet.Item> items, Map<String, Double> start) throws EvaluationException {
        Map<String, Double> best = new LinkedHashMap<>(start);
        int bestScore = score(agreement(items, best));
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean improved = false;
            for (Map.Entry<String, List<Double>> number : GRID.entrySet()) {
                for (Double value : round < FULL_ROUNDS ? number.getValue() : neighbours(number.getValue(),
                        best.get(number.getKey()))) {
                    if (value.equals(best.get(number.getKey()))) {
                        continue;
                    }
                    Map<String, Double> trial = new LinkedHashMap<>(best);
                    trial.put(number.getKey(), value);
                    int score = score(agreement(items, trial));
                    if (score > bestScore) {
                        best = trial;
                        bestScore = score;
                        improved = true;
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
        return best;
    }

    /** {@code numbers} with each searched number at the middle of its grid: a start that knows no fixture. */
    static Map<String, Double> middles(Map<String, Double> numbers) {
        Map<String, Double> middle = new LinkedHashMap<>(numbers);
        GRID.forEach((name, grid) -> middle.put(name, grid.get(grid.size() / 2)));
        return middle;
    }

    /** The grid's values either side of {@code value}, or every value when {@code value} is not on the grid. */
    static List<Double> neighbours(List<Double> grid, double value) {
        int at = grid.indexOf(value);
        if (at < 0) {
            return grid;
        }
        return grid.subList(Math.max(0, at - 1), Math.min(grid.size(), at + 2));
    }

    /** Exact judgements, overall and areas alike, less the cost of those two or more grades out. */
    static int score(Agreement a) {
        return a.overall().exact() + a.areas().exact() - OFF_BY_TWO_COST * a.offByTwo();
    }

    Agreement agreement(List<CalibrationSet.Item> items, Map<String, Double> numbers) throws EvaluationException {
        return Agreement.ofPairs(pairs(items, numbers));
    }

    /** Each fixture's expected judgements beside what these numbers predict, a list a fixture, in the fixtures' order. */
    List<List<GradePair>> pairs(List<CalibrationSet.Item> items, Map<String, Double> numbers)
            throws EvaluationException {
        GradingPolicy policy = GradingNumbers.policy(numbers);
        List<Future<List<GradePair>>> pending = new ArrayList<>();
        for (CalibrationSet.Item item : items) {
            pending.add(threads.submit(() -> GradePair.of(item.expected(), evaluator.regrade(item.prepared(),
                    policy))));
        }
        List<List<GradePair>> pairs = new ArrayList<>();
        for (Future<List<GradePair>> future : pending) {
            pairs.add(threads.resultOf(future));
        }
        return pairs;
    }

    private static Map<String, List<Double>> grid() {
        Map<String, List<Double>> g = new LinkedHashMap<>();
        g.put("area.good_max_weakness_share", steps(0.1, 0.5, 0.025));
        g.put("area.inadequate_min_weakness_share", steps(0.35, 0.8, 0.05));
        g.put("area.outstanding_max_weakness_share", steps(0.0, 0.3, 0.025));
        g.put("area.outstanding_min_exceptional", steps(0, 8, 1));
        g.put("area.outstanding_min_exceptional_share", steps(0.0, 0.3, 0.025));
        g.put("area.outstanding_min_exceptional_over_weaknesses", steps(-1, 3, 1));
        g.put("area.inadequate_min_serious_weaknesses", steps(1, 8, 1));
        g.put("area.good_max_serious_weaknesses", steps(0, 2, 1));
        g.put("weakness_weight.low", List.of(0.5, 1.0, 1.5, 2.0));
        g.put("weakness_weight.medium", List.of(1.0, 1.5, 2.0, 2.5, 3.0, 4.0));
        g.put("weakness_weight.high", List.of(2.0, 3.0, 4.0, 5.0, 6.0));
        g.put("weakness_weight.critical", List.of(3.0, 4.0, 5.0, 6.0, 8.0, 10.0));
        g.put("strength_weight.low", List.of(0.5, 1.0, 1.5, 2.0));
        g.put("strength_weight.medium", List.of(1.0, 1.5, 2.0, 2.5, 3.0));
        g.put("strength_weight.high", List.of(2.0, 2.5, 3.0, 4.0, 5.0));
        g.put("strength_prevalence.mostly", List.of(0.25, 0.5, 0.75, 1.0));
        g.put("strength_prevalence.exceptional", List.of(1.0, 1.25, 1.5, 2.0, 3.0));
        return g;
    }

    /** from, from + step, ... to, rounded to three places so that grid values print as written. */
    private static List<Double> steps(double from, double to, double step) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; from + i * step <= to + 1e-9; i++) {
            values.add(Math.round((from + i * step) * 1000) / 1000.0);
        }
        return values;
    }
}
