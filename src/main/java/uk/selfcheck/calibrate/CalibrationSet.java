package uk.selfcheck.calibrate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.Workers;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.verify.Expectation;
import uk.selfcheck.verify.ExpectationReader;
import uk.selfcheck.verify.FixtureRunner;

/**
 * The fixtures a calibration fits to: each self-assessment whose expectation names judgements, with the findings of
 * its finding rules worked out once, since they do not depend on the grading numbers.
 */
public record CalibrationSet(List<Item> items) {

    /**
     * One fixture.
     *
     * @param authority the fixture's name less any trailing date, so that two inspections of one authority fall in
     *                  one fold of a cross-validation
     * @param expected  judgement id (or {@code overall}) to the grade expected
     */
    public record Item(String name, String authority, Evaluator.Prepared prepared, Map<String, String> expected) {
    }

    /** Reads and prepares every fixture under {@code paths} that expects judgements; per-rule cases are left out. */
    public static CalibrationSet read(RulePack pack, List<Path> paths, LocalDate today)
            throws IOException, InputException, EvaluationException {
        List<Path> fixtures = FixtureRunner.discover(paths).stream()
                .filter(p -> !p.toString().endsWith(FixtureRunner.CASES_SUFFIX)).toList();
        List<InputError> errors = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        List<Expectation> expectations = new ArrayList<>();
        List<SelfAssessment> assessments = new ArrayList<>();
        SelfAssessmentReader reader = new SelfAssessmentReader(pack.manifest(), pack.catalog(), today);
        for (Path fixture : fixtures) {
            Path expectationPath = FixtureRunner.expectationOf(fixture);
            try {
                Expectation expectation = ExpectationReader.read(expectationPath, expectationPath.toString(), pack);
                if (expectation.judgements().isEmpty()) {
                    continue;
                }
                assessments.add(reader.read(fixture, fixture.toString()));
                expectations.add(expectation);
                kept.add(fixture);
            } catch (InputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        Evaluator evaluator = new Evaluator(pack);
        List<Item> items = new ArrayList<>();
        try (Workers threads = new Workers("preparing fixtures")) {
            List<Future<Evaluator.Prepared>> pending = new ArrayList<>();
            for (SelfAssessment assessment : assessments) {
                pending.add(threads.submit(() -> evaluator.prepare(assessment)));
            }
            for (int i = 0; i < kept.size(); i++) {
                String name = kept.get(i).toString();
                items.add(new Item(name, authorityOf(kept.get(i)), threads.resultOf(pending.get(i)),
                        expectations.get(i).judgements()));
            }
        }
        return new CalibrationSet(List.copyOf(items));
    }

    /** {@code bolton-2023-10-27.yaml} is Bolton's. */
    static String authorityOf(Path fixture) {
        String name = fixture.getFileName().toString();
        name = name.substring(0, name.length() - ".yaml".length());
        return name.replaceFirst("-\\d{4}-\\d{2}-\\d{2}$", "");
    }

    public int size() {
        return items.size();
    }
}
