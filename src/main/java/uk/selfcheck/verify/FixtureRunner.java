package uk.selfcheck.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.Workers;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.SelfAssessment;

/**
 * Finds fixtures (a self-assessment {@code X.yaml} with {@code X.expected.yaml} beside it) and per-rule cases files
 * ({@code *.cases.yaml}) under some paths, and checks each against the pack.
 */
public final class FixtureRunner {
    public static final String EXPECTED_SUFFIX = ".expected.yaml";
    public static final String CASES_SUFFIX = ".cases.yaml";

    private final RulePack pack;
    private final Evaluator evaluator;
    private final LocalDate today;
    private final boolean keepEvaluations;

    /** A runner whose results keep their evaluations. */
    public FixtureRunner(RulePack pack, LocalDate today) {
        this(pack, today, true);
    }

    private FixtureRunner(RulePack pack, LocalDate today, boolean keepEvaluations) {
        this.pack = pack;
        this.evaluator = new Evaluator(pack);
        this.today = today;
        this.keepEvaluations = keepEvaluations;
    }

    /** A runner whose results keep of each evaluation only the rules it fired, all that {@code verify} reports. */
    public static FixtureRunner firedRulesOnly(RulePack pack, LocalDate today) {
        return new FixtureRunner(pack, today, false);
    }

    /** Fixture and cases files under {@code paths}, sorted, so runs are reproducible. */
    public static List<Path> discover(List<Path> paths) throws IOException, InputException {
        List<InputError> missing = paths.stream().filter(p -> !Files.exists(p))
                .map(p -> new InputError(p.toString(), 0, 0, "", "no such file or folder", null)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(missing);
        }
        List<Path> found = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                found.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(FixtureRunner::isRunnable).sorted().forEach(found::add);
            }
        }
        return found;
    }

    static boolean isRunnable(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(CASES_SUFFIX)) {
            return true;
        }
        return name.endsWith(".yaml") && !name.endsWith(EXPECTED_SUFFIX) && Files.exists(expectationOf(path));
    }

    public static Path expectationOf(Path fixture) {
        String name = fixture.getFileName().toString();
        return fixture.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + EXPECTED_SUFFIX);
    }

    /**
     * Runs every file on {@link Workers#THREADS} threads, each evaluation in a session of its own on the one knowledge base,
     * and returns the results in the order of the files, so that output does not depend on which thread was faster.
     * A failing rule stops the run with the failure of the first file (in that order) that has one.
     */
    public List<FixtureResult> runAll(List<Path> files) throws EvaluationException {
        return runAll(files, (index, total, file) -> { });
    }

    /** As {@link #runAll(List)}, telling {@code listener} of each file in turn as its results are collected. */
    public List<FixtureResult> runAll(List<Path> files, Verification.Listener listener) throws EvaluationException {
        try (Workers threads = new Workers("checking fixtures")) {
            List<Future<List<FixtureResult>>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(threads.submit(() -> run(file)));
            }
            List<FixtureResult> results = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                listener.starting(i + 1, files.size(), files.get(i));
                results.addAll(threads.resultOf(pending.get(i)));
            }
            return results;
        }
    }

    /** Runs one discovered file: a fixture gives one result, a cases file one per case. */
    public List<FixtureResult> run(Path file) throws EvaluationException {
        List<FixtureResult> results = file.toString().endsWith(CASES_SUFFIX) ? runCases(file) : runFixture(file);
        return keepEvaluations ? results : results.stream().map(FixtureResult::withoutEvaluation).toList();
    }

    private List<FixtureResult> runFixture(Path file) throws EvaluationException {
        String name = file.toString();
        Path expectationPath = expectationOf(file);
        Expectation expectation;
        SelfAssessment assessment;
        try {
            expectation = ExpectationReader.read(expectationPath, expectationPath.toString(), pack);
            assessment = new SelfAssessmentReader(pack.manifest(), pack.catalog(), today).read(file, name);
        } catch (InputException e) {
            return List.of(new FixtureResult(name, errors(e), null));
        }
        Evaluation evaluation = evaluate(assessment);
        return List.of(new FixtureResult(name, Comparison.compare(evaluation, expectation), evaluation,
                Comparison.grades(evaluation, expectation), expectation.calibration()
                        ? Comparison.judgementMismatches(evaluation, expectation) : List.of()));
    }

    private List<FixtureResult> runCases(Path file) throws EvaluationException {
        List<RuleCase> cases;
        try {
            cases = RuleCaseReader.read(file, file.toString(), pack);
        } catch (InputException e) {
            return List.of(new FixtureResult(file.toString(), errors(e), null));
        }
        List<FixtureResult> results = new ArrayList<>();
        for (RuleCase c : cases) {
            Evaluation evaluation = evaluate(c.assessment());
            List<Mismatch> mismatches = new ArrayList<>();
            for (Mismatch m : Comparison.compare(evaluation, c.expectation())) {
                mismatches.add(new Mismatch(m.file(), m.line(), "case '" + c.name() + "': " + m.message()));
            }
            results.add(new FixtureResult(c.label(), mismatches, evaluation));
        }
        return results;
    }

    /**
     * A kept evaluation has its findings in report order, for whoever shows them; {@code verify} only compares grades
     * and looks findings up, so it skips sorting them, a tenth of an evaluation.
     */
    private Evaluation evaluate(SelfAssessment assessment) throws EvaluationException {
        return keepEvaluations ? evaluator.evaluate(assessment) : evaluator.evaluateUnordered(assessment);
    }

    private static List<Mismatch> errors(InputException e) {
        List<Mismatch> list = new ArrayList<>();
        for (InputError error : e.errors()) {
            list.add(new Mismatch(error.file(), error.line(), error.message()
                    + (error.suggestion() == null ? "" : " (did you mean '" + error.suggestion() + "'?)")));
        }
        return list;
    }
}
