package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.SelfAssessment;

/** The evaluation the grade-raise search uses, with its findings left unsorted, is otherwise the report's. */
class EvaluatorTest {
    private final RulePack pack = ShippedPack.get();
    private final Evaluator evaluator = new Evaluator(pack);

    @ParameterizedTest
    @ValueSource(strings = {"gateshead-2015", "gateshead-2021", "newcastle-2019", "northumberland-2018",
        "south-tyneside-2019"})
    void anUnorderedEvaluationHasTheSameGradesAndFindings(String seed) throws Exception {
        Path fixture = Path.of("fixtures/seeds", seed + ".yaml");
        SelfAssessment assessment = new SelfAssessmentReader(pack.manifest(), pack.catalog(), LocalDate.now())
                .read(fixture, fixture.toString());
        Evaluation ordered = evaluator.evaluate(assessment);
        Evaluation unordered = evaluator.evaluateUnordered(assessment);

        assertFalse(ordered.findings().isEmpty(), seed);
        assertEquals(grades(ordered), grades(unordered), seed);
        assertEquals(ordered.overall() == null ? null : ordered.overall().getGrade(),
                unordered.overall() == null ? null : unordered.overall().getGrade(), seed);
        assertEquals(sortedKeys(ordered), sortedKeys(unordered), seed);
    }

    /** Re-grading the prepared findings with the pack's own numbers gives what a whole evaluation gives. */
    @ParameterizedTest
    @ValueSource(strings = {"seeds/gateshead-2015", "seeds/gateshead-2021", "seeds/newcastle-2019",
        "seeds/northumberland-2018", "seeds/south-tyneside-2019", "edge/outstanding-everywhere",
        "edge/over-optimistic-self-evaluation", "edge/care-leavers-inadequate"})
    void aRegradeWithThePacksNumbersIsTheEvaluation(String name) throws Exception {
        Path fixture = Path.of("fixtures", name + ".yaml");
        SelfAssessment assessment = new SelfAssessmentReader(pack.manifest(), pack.catalog(), LocalDate.now())
                .read(fixture, fixture.toString());
        Evaluation whole = evaluator.evaluateUnordered(assessment);
        Evaluator.Prepared prepared = evaluator.prepare(assessment);
        Evaluation regraded = evaluator.regrade(prepared, pack.manifest().grading());

        assertFalse(prepared.findings().isEmpty(), name);
        assertEquals(grades(whole), grades(regraded), name);
        assertEquals(whole.overall() == null ? null : whole.overall().getGrade(),
                regraded.overall() == null ? null : regraded.overall().getGrade(), name);
        assertEquals(sortedKeys(whole), sortedKeys(regraded), name);
    }

    private static List<String> grades(Evaluation evaluation) {
        return evaluation.areas().stream().map(a -> a.judgement().id() + "=" + a.predicted().map(Enum::name)
                .orElse("ungraded") + " " + a.grade().getDecidingCaps()).toList();
    }

    /** What tells one finding from another (rule, detail, the answers behind it), in one order for comparing. */
    private static List<String> sortedKeys(Evaluation evaluation) {
        return evaluation.findings().stream().map(f -> f.getId() + " " + f.getDetail() + " " + f.getAnswers())
                .sorted().toList();
    }
}
