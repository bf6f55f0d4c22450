package uk.selfcheck.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.analysis.GradeRaiser;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.PackageCache;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackLoader;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.report.TextReport;

/**
 * Warm throughput on one thread: the pack is loaded once, and each operation checks one self-assessment.
 * {@code evaluate} runs the rules over an assessment already read; {@code check} also reads the YAML, searches what
 * would raise each grade (more evaluations) and renders the text report, as {@code selfcheck check} does.
 *
 * <p>Run from the repository root (the pack and fixtures are read from {@code rules/} and {@code fixtures/}), or
 * pass {@code -Jvm... -Dselfcheck.rules=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class EvaluateBenchmark {
    @Param({"fixtures/seeds/gateshead-2015.yaml", "fixtures/seeds/newcastle-2019.yaml",
            "fixtures/edge/outstanding-everywhere.yaml"})
    public String fixture;

    private RulePack pack;
    private Evaluator evaluator;
    private SelfAssessment assessment;
    private SelfAssessmentReader reader;

    @Setup
    public void load() throws Exception {
        Path rules = Path.of(System.getProperty("selfcheck.rules", "rules"));
        pack = RulePackLoader.loadShared(List.of(rules), PackageCache.standard(System.err::println));
        evaluator = new Evaluator(pack);
        reader = new SelfAssessmentReader(pack.manifest(), pack.catalog(), LocalDate.now());
        assessment = reader.read(Path.of(fixture), fixture);
    }

    @Benchmark
    public Evaluation evaluate() throws Exception {
        return evaluator.evaluate(assessment);
    }

    /** What {@code selfcheck check} does per self-assessment once the pack is loaded, with the grade-raise search. */
    @Benchmark
    public String check() throws Exception {
        SelfAssessment read = reader.read(Path.of(fixture), fixture);
        Evaluation evaluation = evaluator.evaluate(read);
        List<GradeRaise> raises = new GradeRaiser(pack, judgement -> { }).raises(read, evaluation);
        return new TextReport(pack.catalog(), pack.manifest().areas(), raises).render(evaluation);
    }
}
