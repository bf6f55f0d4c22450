package uk.selfcheck.properties;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.input.YamlReader;
import uk.selfcheck.model.Cap;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Grade;
import uk.selfcheck.report.JsonReport;

/** Runs a generated self-assessment through the same path as {@code selfcheck check}: YAML text to report. */
final class Checker {
    static final RulePack PACK = ShippedPack.get();

    private Checker() {
    }

    static Evaluation evaluate(GeneratedAssessment assessment) {
        return evaluate(assessment.yaml(null));
    }

    static Evaluation evaluate(String yaml) {
        try {
            var parsed = new SelfAssessmentReader(PACK.manifest(), PACK.catalog(), LocalDate.now())
                    .read(YamlReader.parse(yaml.getBytes(StandardCharsets.UTF_8), "generated.yaml"), "generated.yaml");
            return new Evaluator(PACK).evaluate(parsed);
        } catch (InputException e) {
            throw new AssertionError("a generated self-assessment was refused: " + e.errors() + "\n" + yaml);
        } catch (EvaluationException e) {
            throw new AssertionError("the rules failed: " + e.getMessage() + "\n" + yaml);
        }
    }

    static String json(String yaml) {
        return new JsonReport().render(evaluate(yaml));
    }

    static String json(GeneratedAssessment assessment, Random shuffle) {
        return json(assessment.yaml(shuffle));
    }

    /** Each judgement (and overall) that moved against {@code direction} between two evaluations, explained. */
    static List<String> movedAgainst(Evaluation before, Evaluation after, int direction) {
        List<String> wrong = new ArrayList<>();
        for (Evaluation.AreaResult area : before.areas()) {
            String id = area.judgement().id();
            Optional<Grade> was = area.predicted();
            Optional<Grade> now = after.area(id).flatMap(Evaluation.AreaResult::predicted);
            if (was.isPresent() != now.isPresent() || was.isPresent()
                    && Integer.signum(now.get().compareTo(was.get())) == -direction) {
                wrong.add(id + ": " + describe(was, area.grade().isGraded() ? area.grade().getCaps() : List.of())
                        + " -> " + describe(now, after.area(id).filter(a -> a.grade().isGraded())
                        .map(a -> a.grade().getCaps()).orElse(List.of())));
            }
        }
        Optional<Grade> was = Optional.ofNullable(before.overall()).map(o -> o.getGrade());
        Optional<Grade> now = Optional.ofNullable(after.overall()).map(o -> o.getGrade());
        if (was.isPresent() != now.isPresent()
                || was.isPresent() && Integer.signum(now.get().compareTo(was.get())) == -direction) {
            wrong.add("overall: " + describe(was, before.overall() == null ? List.of() : before.overall().getCaps())
                    + " -> " + describe(now, after.overall() == null ? List.of() : after.overall().getCaps()));
        }
        return wrong;
    }

    private static String describe(Optional<Grade> grade, List<Cap> caps) {
        return grade.map(Grade::id).orElse("ungraded") + " " + caps.stream()
                .map(c -> c.rule() + "(" + c.grade().id() + " because " + c.because() + ")").toList();
    }
}
