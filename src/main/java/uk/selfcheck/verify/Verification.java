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
import java.util.Map;

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
        return run(pack, paths, today, minCoverage, false, listener);
    }

    /**
     * As the others; with {@code overlayCoverage}, coverage counts only the rules the overlay folders define (added
     * or replaced), so that a run over an overlay's own cases says how well they cover what the overlay changed.
     */
    public static Verification run(RulePack pack, List<Path> paths, LocalDate today, Double minCoverage,
                                   boolean overlayCoverage, Listener listener)
            throws IOException, InputException, EvaluationException {
        return run(pack, paths, today, minCoverage, overlayCoverage, List.of(), listener);
    }

    /**
     * As the others; {@code coverageOf}, when not empty, names the only rules coverage counts (each must be a rule of
     * the pack), as for a rule just written, whose own cases say nothing of the pack's other rules.
     */
    public static Verification run(RulePack pack, List<Path> paths, LocalDate today, Double minCoverage,
                                   boolean overlayCoverage, List<String> coverageOf, Listener listener)
            throws IOException, InputException, EvaluationException {
        List<uk.selfcheck.input.InputError> unknown = new java.util.ArrayList<>();
        for (String id : coverageOf) {
            if (pack.rule(id).isEmpty()) {
                unknown.add(new uk.selfcheck.input.InputError("--coverage-of", 0, 0, "", "no rule '" + id
                        + "' in the pack" + (pack.disabled().containsKey(id) ? " (it is disabled by "
                        + pack.disabled().get(id).file() + ")" : ""), uk.selfcheck.input.Suggestions.closest(id,
                        pack.rules().stream().map(RuleInfo::id).toList())));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputException(unknown);
        }
        Overlays overlays = Overlays.of(pack);
        List<FixtureResult> results = FixtureRunner.firedRulesOnly(pack, today)
                .runAll(FixtureRunner.discover(paths, overlays), listener);
        List<RuleInfo> counted = pack.rules();
        String scope = null;
        if (overlayCoverage) {
            List<String> folders = overlays.folders().stream().map(f -> f.toString().replace('\\', '/')
                    .replaceAll("/+$", "") + "/").toList();
            counted = pack.rules().stream().filter(r -> folders.stream().anyMatch(f -> r.file().replace('\\', '/')
                    .startsWith(f))).toList();
            scope = "the rules of " + String.join(" and ", overlays.folders().stream().map(Path::toString).toList());
        }
        if (!coverageOf.isEmpty()) {
            Set<String> named = Set.copyOf(coverageOf);
            counted = counted.stream().filter(r -> named.contains(r.id())).toList();
            scope = (scope == null ? "" : scope + " among ") + "the rules named ("
                    + String.join(", ", new java.util.TreeSet<>(named)) + ")";
        }
        return new Verification(List.copyOf(results), Coverage.of(counted, results, overlays.disabled(), scope),
                counted, minCoverage);
    }

    public long failed() {
        return results.stream().filter(r -> !r.passed()).count();
    }

    /** The fixtures and cases with nothing left to check, every rule they name being disabled by an overlay. */
    public long skippedWhole() {
        return results.stream().filter(FixtureResult::allSkipped).count();
    }

    public long passed() {
        return results.size() - failed() - skippedWhole();
    }

    /** The counts line: "verify: N passed, M failed", and how many were skipped when any were. */
    public String counts() {
        long skipped = skippedWhole();
        return "verify: " + passed() + " passed, " + failed() + " failed" + (skipped == 0 ? ""
                : ", " + skipped + " skipped (every rule they check is disabled by an overlay)");
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

    /** The results with rules their expectation leaves unchecked because an overlay disables them. */
    public List<FixtureResult> skipped() {
        return results.stream().filter(r -> !r.skipped().isEmpty()).toList();
    }

    /** The results checked against an overlay's expectation in place of the shipped one. */
    public List<FixtureResult> overridden() {
        return results.stream().filter(r -> r.expectationFile() != null).toList();
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
