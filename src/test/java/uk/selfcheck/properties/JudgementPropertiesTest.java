package uk.selfcheck.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Rating;

/**
 * Properties of the shipped pack over generated self-assessments. Seeds are fixed so the build is repeatable; the
 * number of tries is {@code jqwik.tries.default} in junit-platform.properties, and can be raised for a longer search
 * with {@code mvn test -Dtest=JudgementPropertiesTest -Djqwik.tries.default=2000}.
 */
class JudgementPropertiesTest {

    @Provide
    Arbitrary<GeneratedAssessment> assessments() {
        return SelfAssessments.from(Checker.PACK);
    }

    @Property(seed = "20250331")
    void everyValidSelfAssessmentIsGradedWithoutFailing(@ForAll("assessments") GeneratedAssessment assessment) {
        Statistics.label("framework").collect(assessment.framework());
        Statistics.label("criteria rated").collect(assessment.rated().size() / 50 * 50 + "+");
        Evaluation evaluation = Checker.evaluate(assessment);
        assertEquals(assessment.framework(), evaluation.framework().id());
        assertFalse(evaluation.areas().isEmpty(), "every framework grades some judgement");
        String json = Checker.json(assessment.yaml(null));
        assertTrue(json.startsWith("{") && json.endsWith("}\n"), json);
    }

    /** Rating one criterion a step better never lowers a judgement; a step worse never raises one. */
    @Property(seed = "20250401")
    void oneStepBetterNeverLowersAndOneStepWorseNeverRaisesAJudgement(
            @ForAll("assessments") GeneratedAssessment assessment, @ForAll @IntRange(min = 0, max = 10_000) int pick) {
        List<Criterion> rated = assessment.rated();
        if (rated.isEmpty()) {
            return;
        }
        Criterion criterion = rated.get(pick % rated.size());
        Rating rating = Rating.fromId(assessment.ratings().get(criterion)).orElseThrow();
        Evaluation before = Checker.evaluate(assessment);
        if (rating != Rating.EXCEPTIONAL) {
            List<String> fell = Checker.movedAgainst(before, Checker.evaluate(assessment.withStep(criterion, 1)), 1);
            assertTrue(fell.isEmpty(), criterion.id() + " " + rating.id() + " -> one step better lowered: " + fell);
        }
        if (rating != Rating.RARELY) {
            List<String> rose = Checker.movedAgainst(before, Checker.evaluate(assessment.withStep(criterion, -1)), -1);
            assertTrue(rose.isEmpty(), criterion.id() + " " + rating.id() + " -> one step worse raised: " + rose);
        }
    }

    @Property(seed = "20250402")
    void theSameInputGivesByteIdenticalJson(@ForAll("assessments") GeneratedAssessment assessment) {
        String yaml = assessment.yaml(null);
        assertEquals(Checker.json(yaml), Checker.json(yaml));
    }

    /**
     * Key order means nothing in YAML, so it must not change the report; only the line numbers the report quotes
     * (for each answer, and in the text of some findings) move with the text.
     */
    @Property(seed = "20250403")
    void shufflingTheKeysChangesNothingButLineNumbers(@ForAll("assessments") GeneratedAssessment assessment,
                                                     @ForAll long shuffleSeed) {
        String ordered = withoutLines(Checker.json(assessment, null));
        String shuffled = withoutLines(Checker.json(assessment, new Random(shuffleSeed)));
        assertEquals(ordered, shuffled);
    }

    private static String withoutLines(String json) {
        return json.replaceAll("\"line\" : \\d+", "\"line\" : 0").replaceAll("\\(line \\d+\\)", "(line 0)");
    }
}
