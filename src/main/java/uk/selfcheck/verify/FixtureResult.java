package uk.selfcheck.verify;

import java.nio.file.Path;
import java.util.List;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;

/**
 * The outcome of checking one fixture (or one per-rule case) against its expectation.
 *
 * @param name       the fixture file, or {@code cases-file#case name}
 * @param evaluation null when the fixture could not be evaluated, or when only the fired rules were kept
 * @param firedRules the ids of the rules the evaluation fired, each once, sorted (the same whatever order the
 *                   evaluation holds its findings in), for coverage
 * @param grades     each judgement the expectation names, beside the prediction, for the agreement
 * @param misses     for a calibration fixture, the judgements predicted otherwise than the published grade: counted
 *                   and listed, but not failures
 * @param skipped    the rule ids of the expectation left unchecked because an overlay disables the rule
 * @param expectationFile the overlay's expectation used in place of the shipped one, or null for the shipped one
 * @param allSkipped true when every check of the expectation names a rule an overlay disables, so that nothing was
 *                   checked: the fixture or case is skipped, neither passed nor failed
 */
public record FixtureResult(String name, List<Mismatch> mismatches, Evaluation evaluation, List<String> firedRules,
                            List<GradePair> grades, List<Mismatch> misses, List<Mismatch> skipped,
                            String expectationFile, boolean allSkipped) {
    public FixtureResult(String name, List<Mismatch> mismatches, Evaluation evaluation, List<String> firedRules,
                         List<GradePair> grades, List<Mismatch> misses) {
        this(name, mismatches, evaluation, firedRules, grades, misses, List.of(), null, false);
    }

    public FixtureResult(String name, List<Mismatch> mismatches, Evaluation evaluation) {
        this(name, mismatches, evaluation, List.of(), List.of());
    }

    public FixtureResult(String name, List<Mismatch> mismatches, Evaluation evaluation, List<GradePair> grades,
                         List<Mismatch> misses) {
        this(name, mismatches, evaluation, evaluation == null ? List.of()
                : evaluation.findings().stream().flatMap(f -> java.util.stream.Stream.concat(java.util.stream.Stream.of(f.getId()),
                        f.getAlsoFoundBy().stream())).distinct().sorted().toList(), grades, misses);
    }

    /**
     * This result without its evaluation, some 40 KB that a run over thousands of fixtures would otherwise hold to the
     * end, for the garbage collector to copy again and again.
     */
    public FixtureResult withoutEvaluation() {
        return new FixtureResult(name, mismatches, null, firedRules, grades, misses, skipped, expectationFile,
                allSkipped);
    }

    /** This result with the rules its expectation leaves unchecked, and the overlay's expectation file if used. */
    public FixtureResult withExpectation(List<Mismatch> skippedRules, String overlayExpectation) {
        return new FixtureResult(name, mismatches, evaluation, firedRules, grades, misses, List.copyOf(skippedRules),
                overlayExpectation, false);
    }

    /** As {@link #withExpectation(List, String)}, from the expectation checked. */
    public FixtureResult withExpectation(Expectation expectation, String overlayExpectation) {
        return new FixtureResult(name, mismatches, evaluation, firedRules, grades, misses,
                List.copyOf(expectation.skipped()), overlayExpectation, expectation.allSkipped() && mismatches.isEmpty());
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** The fixture or cases file this result came from. */
    public String file() {
        int hash = name.indexOf(FixtureRunner.CASES_SUFFIX + "#");
        return hash < 0 ? name : name.substring(0, hash + FixtureRunner.CASES_SUFFIX.length());
    }

    /** The case's name for a result from a cases file; for a fixture, the fixture file's name. */
    public String caseName() {
        String file = file();
        return name.length() > file.length() ? name.substring(file.length() + 1)
                : Path.of(file).getFileName().toString();
    }
}
