package uk.selfcheck;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.selfcheck.analysis.GradeRaiser;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.SelfAssessment;

/**
 * Prints how long one evaluation and the 'what would raise each grade' search take for each shipped fixture, after a
 * warm-up. Run after {@code mvn -B package}:
 * {@code java -cp target/test-classes:target/selfcheck.jar uk.selfcheck.RaiseBenchmark}
 */
public final class RaiseBenchmark {
    private RaiseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        RulePack pack = ShippedPack.get();
        Evaluator evaluator = new Evaluator(pack);
        List<String> fixtures = List.of("fixtures/seeds/gateshead-2015.yaml", "fixtures/seeds/gateshead-2021.yaml",
                "fixtures/seeds/newcastle-2019.yaml", "fixtures/seeds/northumberland-2018.yaml",
                "fixtures/seeds/south-tyneside-2019.yaml", "fixtures/edge/care-leavers-inadequate.yaml",
                "fixtures/edge/over-optimistic-self-evaluation.yaml");
        SelfAssessmentReader reader = new SelfAssessmentReader(pack.manifest(), pack.catalog(), LocalDate.now());
        for (int round = 0; round < 2; round++) {
            boolean report = round == 1;
            if (report) {
                System.out.printf(Locale.ROOT, "%-52s %12s %14s %8s%n", "fixture", "evaluate ms", "raise ms",
                        "raises");
            }
            for (String fixture : fixtures) {
                SelfAssessment assessment = reader.read(Path.of(fixture), fixture);
                long start = System.nanoTime();
                int runs = 20;
                Evaluation evaluation = null;
                for (int i = 0; i < runs; i++) {
                    evaluation = evaluator.evaluate(assessment);
                }
                double evaluate = (System.nanoTime() - start) / 1e6 / runs;
                start = System.nanoTime();
                int raises = new GradeRaiser(pack, j -> { }).raises(assessment, evaluation).size();
                double raise = (System.nanoTime() - start) / 1e6;
                if (report) {
                    System.out.printf(Locale.ROOT, "%-52s %12.1f %14.0f %8d%n", fixture, evaluate, raise, raises);
                }
            }
        }
    }
}
