package uk.selfcheck.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
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
    private final Overlays overlays;

    /** A runner whose results keep their evaluations. */
    public FixtureRunner(RulePack pack, LocalDate today) {
        this(pack, today, true);
    }

    private FixtureRunner(RulePack pack, LocalDate today, boolean keepEvaluations) {
        this.pack = pack;
        this.evaluator = new Evaluator(pack);
        this.today = today;
        this.keepEvaluations = keepEvaluations;
        this.overlays = Overlays.of(pack);
    }

    /** A runner whose results keep of each evaluation only the rules it fired, all that {@code verify} reports. */
    public static FixtureRunner firedRulesOnly(RulePack pack, LocalDate today) {
        return new FixtureRunner(pack, today, false);
    }

    /** What a fixture is, for the message when a path holds none. */
    public static final String WHAT_IS_A_FIXTURE = "a fixture is a self-assessment X.yaml with X.expected.yaml "
            + "beside it, or a *.cases.yaml file";

    /** Fixture and cases files under {@code paths}, sorted, so runs are reproducible. */
    public static List<Path> discover(List<Path> paths) throws IOException, InputException {
        return discover(paths, Overlays.NONE);
    }

    /**
     * As {@link #discover(List)}, leaving out the expectations overlay folders hold in place of shipped ones, which
     * are read with the fixture they replace the expectation of. Paths holding no fixture at all are an error that
     * says what a fixture is.
     */
    public static List<Path> discover(List<Path> paths, Overlays overlays) throws IOException, InputException {
        List<Path> found = discoverAll(paths).stream().filter(p -> !overlays.isOverride(p)).toList();
        if (found.isEmpty()) {
            throw new InputException(paths.stream().map(p -> new InputError(p.toString(), 0, 0, "",
                    "no fixtures found here: " + WHAT_IS_A_FIXTURE, null)).toList());
        }
        return found;
    }

    private static List<Path> discoverAll(List<Path> paths) throws IOException, InputException {
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
            try {
                // a folder given as a link is read through it
                uk.selfcheck.input.FolderFiles.under(path).stream().filter(FixtureRunner::isRunnable)
                        .forEach(found::add);
            } catch (IOException e) {
                throw new InputException(List.of(new InputError(path.toString(), 0, 0, "", "cannot list the folder: "
                        + uk.selfcheck.input.FileErrors.reason(e), null)));
            } catch (java.io.UncheckedIOException e) {
                // a folder inside it that may not be read
                String where = e.getCause() instanceof java.nio.file.FileSystemException failed
                        && failed.getFile() != null ? failed.getFile() : path.toString();
                throw new InputException(List.of(new InputError(where, 0, 0, "", "cannot list the folder: "
                        + uk.selfcheck.input.FileErrors.reason(e), null)));
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
        Path shipped = expectationOf(file);
        Optional<Path> override = overlays.overriding(shipped);
        Path expectationPath = override.orElse(shipped);
        Expectation expectation;
        SelfAssessment assessment;
        try {
            expectation = ExpectationReader.read(expectationPath, expectationPath.toString(), pack, overlays);
            assessment = new SelfAssessmentReader(pack.manifest(), pack.catalog(), today).read(file, name);
        } catch (InputException e) {
            return List.of(new FixtureResult(name, errors(e), null));
        }
        Evaluation evaluation = evaluate(assessment);
        return List.of(new FixtureResult(name, Comparison.compare(evaluation, expectation), evaluation,
                Comparison.grades(evaluation, expectation), expectation.calibration()
                        ? Comparison.judgementMismatches(evaluation, expectation) : List.of())
                .withExpectation(expectation, override.map(Path::toString).orElse(null)));
    }

    /**
     * Runs each case of a cases file on its own: a case with a problem fails at its line, and the others still run.
     * A case of the same name in an overlay's {@code expected/} cases file of the same name replaces the shipped
     * case; a name the shipped file does not have is a case added.
     */
    private List<FixtureResult> runCases(Path file) throws EvaluationException {
        Optional<Path> override = overlays.overriding(file);
        Map<String, RuleCaseReader.ReadCase> byName = new LinkedHashMap<>();
        Map<String, String> source = new HashMap<>();
        try {
            for (RuleCaseReader.ReadCase c : RuleCaseReader.readEach(file, file.toString(), pack, overlays)) {
                // a name given twice keeps both cases: the later is keyed by its line, and neither is dropped
                byName.put(byName.containsKey(c.name()) ? c.name() + "\u0000" + c.line() : c.name(), c);
            }
            if (override.isPresent()) {
                for (RuleCaseReader.ReadCase c : RuleCaseReader.readEach(override.get(), override.get().toString(),
                        pack, overlays)) {
                    byName.put(c.name(), c);
                    source.put(c.name(), override.get().toString());
                }
            }
        } catch (InputException e) {
            return List.of(new FixtureResult(file.toString(), errors(e), null));
        }
        List<FixtureResult> results = new ArrayList<>();
        for (RuleCaseReader.ReadCase read : byName.values()) {
            String label = file + "#" + read.name();
            if (read.ruleCase() == null) {
                results.add(new FixtureResult(label, errors(new InputException(read.errors())).stream()
                        .map(m -> new Mismatch(m.file(), m.line(), "case '" + read.name() + "': " + m.message()))
                        .toList(), null).withExpectation(List.of(), source.get(read.name())));
                continue;
            }
            RuleCase c = read.ruleCase();
            Evaluation evaluation = evaluate(c.assessment());
            List<Mismatch> mismatches = new ArrayList<>();
            for (Mismatch m : Comparison.compare(evaluation, c.expectation())) {
                mismatches.add(new Mismatch(m.file(), m.line(), "case '" + c.name() + "': " + m.message()));
            }
            results.add(new FixtureResult(label, mismatches, evaluation)
                    .withExpectation(c.expectation(), source.get(read.name())));
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
