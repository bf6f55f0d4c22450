package uk.selfcheck.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.InputException;
import uk.selfcheck.model.RuleInfo;

/**
 * Everything one {@code selfcheck verify} run found, which each output format renders.
 *
 * @param results     one per fixture and per case, in the order the files were found
 * @param rules       the pack's rules, so a format can point at the rules no fixture fires
 * @param minCoverage the percentage asked for with {@code --min-coverage}, or null
 */
public record Verification(List<FixtureResult> results, Coverage coverage, List<RuleInfo> rules, Double minCoverage) {

    /** Runs every fixture and cases file under {@code paths} against {@code pack}. */
    public static Verification run(RulePack pack, List<Path> paths, LocalDate today, Double minCoverage)
            throws IOException, InputException, EvaluationException {
        return run(pack, paths, today, minCoverage, (done, total, file) -> { });
    }

    /** Reports each file as it starts, for a progress display on long runs. */
    public interface Listener {
        void starting(int index, int total, Path file);
    }

    public static Verification run(RulePack pack, List<Path> paths, LocalDate today, Double minCoverage,
                                   Listener listener) throws IOException, InputException, EvaluationException {
        List<FixtureResult> results = FixtureRunner.firedRulesOnly(pack, today)
                .runAll(FixtureRunner.discover(paths), listener);
        return new Verification(List.copyOf(results), Coverage.of(pack.rules(), results), pack.rules(), minCoverage);
    }

    public long failed() {
        return results.stream().filter(r -> !r.passed()).count();
    }

    public long passed() {
        return results.size() - failed();
    }

    /** True when {@code --min-coverage} was given and the fixtures fire fewer rules than that. */
    public boolean coverageFails() {
        return minCoverage != null && coverage.percent() < minCoverage;
    }

    /** The run succeeds when every fixture passes and coverage is at least the minimum. */
    public boolean succeeded() {
        return failed() == 0 && !coverageFails();
    }

    /** How far the predictions agree with the judgements the fixtures expect. */
    public Agreement agreement() {
        return Agreement.of(results);
    }

    /** The results of calibration fixtures with a judgement predicted otherwise than published. */
    public List<FixtureResult> missed() {
        return results.stream().filter(r -> !r.misses().isEmpty()).toList();
    }

    /** The rules no fixture fires, with where each is written. */
    public List<RuleInfo> unfiredRules() {
        Set<String> unfired = Set.copyOf(coverage.unfired());
        return rules.stream().filter(r -> unfired.contains(r.id())).toList();
    }
}
