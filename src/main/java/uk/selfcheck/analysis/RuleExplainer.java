package uk.selfcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Figure;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.NotAssessed;
import uk.selfcheck.model.Numbers;
import uk.selfcheck.model.Rating;
import uk.selfcheck.model.RuleInfo;
import uk.selfcheck.model.SelfAssessment;

/**
 * Why a rule fired or did not: the answers its conditions name, and for each, the answers at which the rule fires,
 * found by re-evaluating with that one answer changed and every other answer as written. An answer decides when
 * changing it alone would change whether the rule fires.
 */
public final class RuleExplainer {
    /**
     * Every value an answer can take, in scale order, then not rating it: a criterion left out of the file reads as
     * {@code not_assessed}, so that is one option.
     */
    public static final List<String> OPTIONS = List.of("rarely", "inconsistently", "mostly", "consistently",
            "exceptional", Rating.NOT_ASSESSED);
    private static final Pattern FIGURE = Pattern.compile("figure\\s*==\\s*\"([^\"]*)\"");

    private final RulePack pack;
    private final Evaluator evaluator;

    public RuleExplainer(RulePack pack) {
        this.pack = pack;
        this.evaluator = new Evaluator(pack);
    }

    /**
     * One answer the rule looks at.
     *
     * @param current  the rating as written, {@code not_assessed}, or {@code left out} (which reads as not assessed)
     * @param line     where it is written, 0 when left out
     * @param firesAt  the values of {@link #OPTIONS} at which the rule fires, the others held as written
     * @param figures  for a rule that judges a figure: what the figure is and where the rule changes its mind
     */
    public record Looked(String criterion, String question, String current, int line, String evidence,
                         List<String> firesAt, boolean deciding, List<String> figures) {
    }

    /**
     * @param fired    the rule's findings that count
     * @param setAside the rule's findings that a later rule set aside, uncounted
     */
    public record Explanation(RuleInfo rule, List<Finding> fired, List<Evaluation.SetAside> setAside,
                              List<Looked> answers, List<String> selfGrades) {
        /** Whether the rule made a finding, counted or set aside. */
        public boolean didFire() {
            return !fired.isEmpty() || !setAside.isEmpty();
        }

        /** Whether it fired and its finding counts. */
        public boolean counted() {
            return !fired.isEmpty();
        }

        /** What the rule found: the findings that count, or else those set aside. */
        public List<Finding> found() {
            return counted() ? fired : setAside.stream().map(Evaluation.SetAside::finding).toList();
        }

        /** The name of the rule that set this rule's finding aside, when it fired and does not count; else null. */
        public String setAsideBy() {
            return counted() || setAside.isEmpty() ? null : setAside.get(0).byRule();
        }
    }

    public Explanation explain(SelfAssessment assessment, Evaluation evaluation, RuleInfo rule)
            throws EvaluationException {
        List<Finding> fired = evaluation.findings().stream().filter(f -> f.foundBy(rule.id())).toList();
        List<Evaluation.SetAside> setAside = evaluation.setAsideOf(rule.id());
        boolean fires = evaluation.fired(rule.id());
        List<Looked> looked = new ArrayList<>();
        for (String id : rule.criteria()) {
            Optional<Criterion> criterion = pack.catalog().criterion(id);
            if (criterion.isPresent()) {
                looked.add(look(assessment, rule, criterion.get(), fires));
            }
        }
        List<String> selfGrades = new ArrayList<>();
        if (rule.criteria().isEmpty()) {
            assessment.selfGrades().forEach(own -> selfGrades.add(own.judgement() + ": leaders expect "
                    + own.grade().id() + " (line " + own.line() + "); the evidence supports "
                    + evaluation.area(own.judgement()).flatMap(Evaluation.AreaResult::predicted)
                            .map(g -> g.id()).orElse("no grade")));
        }
        return new Explanation(rule, fired, setAside, looked, selfGrades);
    }

    private Looked look(SelfAssessment a, RuleInfo rule, Criterion criterion, boolean fires)
            throws EvaluationException {
        Optional<Answer> answer = a.answers().stream().filter(x -> x.getCriterion().equals(criterion.id())).findFirst();
        Optional<NotAssessed> unassessed = a.unassessed().stream()
                .filter(n -> n.getCriterion().equals(criterion.id())).findFirst();
        String current = answer.map(x -> x.getRating().id()).orElse(unassessed.isPresent()
                && !unassessed.get().isOmitted() ? Rating.NOT_ASSESSED : "left out");
        int line = answer.map(Answer::getLine).orElse(unassessed.map(NotAssessed::getLine).orElse(0));
        List<String> firesAt = new ArrayList<>();
        boolean deciding = false;
        for (String option : OPTIONS) {
            boolean firesHere = option.equals(current) ? fires : fires(with(a, criterion, option, line), rule.id());
            if (firesHere) {
                firesAt.add(option);
            }
            deciding |= firesHere != fires;
        }
        List<String> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(rule.source());
        while (m.find()) {
            String name = m.group(1);
            Optional<Figure> figure = criterion.figure(name);
            Double value = answer.map(x -> x.figure(name)).orElse(null);
            if (figure.isEmpty()) {
                continue;
            }
            if (value == null) {
                figures.add(name + " is not given, so the rule has no figure to judge");
                continue;
            }
            Optional<Double> turn = turningPoint(a, rule.id(), answer.get(), figure.get(), value, fires);
            figures.add(name + " = " + Numbers.plain(value) + turn.map(t -> ": at " + Numbers.plain(t)
                    + " the rule would " + (fires ? "not fire" : "fire")).orElse(": no value changes the outcome"));
            deciding |= turn.isPresent();
        }
        return new Looked(criterion.id(), criterion.question(), current, line,
                answer.map(Answer::getEvidence).orElse(null), firesAt, deciding, figures);
    }

    /** The nearest whole value of the figure at which the rule changes its mind, if any. */
    private Optional<Double> turningPoint(SelfAssessment a, String ruleId, Answer answer, Figure figure, double value,
                                          boolean fires) throws EvaluationException {
        for (double bound : new double[] {figure.min(), figure.max()}) {
            if (bound == value || fires(withFigure(a, answer, figure.id(), bound), ruleId) == fires) {
                continue;
            }
            double same = value;
            double other = bound;
            while (Math.abs(other - same) > 1) {
                double middle = Math.rint((same + other) / 2);
                if (middle == same || middle == other) {
                    break;
                }
                if (fires(withFigure(a, answer, figure.id(), middle), ruleId) == fires) {
                    same = middle;
                } else {
                    other = middle;
                }
            }
            return Optional.of(other);
        }
        return Optional.empty();
    }

    /** Whether the rule makes a finding, counted or set aside by a later rule. */
    private boolean fires(SelfAssessment a, String ruleId) throws EvaluationException {
        return evaluator.evaluateUnordered(a).fired(ruleId);
    }

    private static SelfAssessment withFigure(SelfAssessment a, Answer answer, String figure, double value) {
        return new Change.NewFigure(answer.getCriterion(), figure, 0, value, answer.getLine()).applyTo(a);
    }

    /** The assessment with one criterion answered {@code option}, its evidence and figures kept. */
    static SelfAssessment with(SelfAssessment a, Criterion criterion, String option, int line) {
        Optional<Answer> old = a.answers().stream().filter(x -> x.getCriterion().equals(criterion.id())).findFirst();
        List<Answer> answers = new ArrayList<>(a.answers().stream()
                .filter(x -> !x.getCriterion().equals(criterion.id())).toList());
        List<NotAssessed> unassessed = new ArrayList<>(a.unassessed().stream()
                .filter(n -> !n.getCriterion().equals(criterion.id())).toList());
        Optional<Rating> rating = Rating.fromId(option);
        if (rating.isPresent()) {
            Map<String, Double> figures = old.map(Answer::getFigures).orElse(new TreeMap<>());
            answers.add(new Answer(criterion.id(), criterion.area(), criterion.theme(), rating.get(),
                    old.map(Answer::getEvidence).orElse(null), figures, line));
        } else {
            unassessed.add(new NotAssessed(criterion.id(), criterion.area(), criterion.theme(), line));
        }
        return new SelfAssessment(a.header(), answers, unassessed, a.selfGrades());
    }
}
