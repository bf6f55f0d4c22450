package uk.selfcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.AreaGrade;
import uk.selfcheck.model.AreaTotals;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.FigureValue;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.Judgement;
import uk.selfcheck.model.OverallGrade;
import uk.selfcheck.model.RuleRegistry;
import uk.selfcheck.model.SelfAssessment;

/**
 * Runs a rule pack over one self-assessment in a fresh Drools session. The phases run in a fixed order so that every
 * finding exists before any area is graded, and every area before the overall judgement.
 */
public final class Evaluator {
    /** The judgement phases, after the finding rules of the default group. */
    public static final List<String> PHASES = List.of("totals", "grading", "leadership", "overall");
    /** More firings than this in one phase means a rule keeps re-triggering itself. */
    public static final int MAX_FIRINGS_PER_PHASE = 100_000;

    private final RulePack pack;

    public Evaluator(RulePack pack) {
        this.pack = pack;
    }

    public Evaluation evaluate(SelfAssessment assessment) throws EvaluationException {
        Framework framework = pack.manifest().framework(assessment.header().framework()).orElseThrow();
        KieSession session = pack.kieBase().newKieSession();
        LastFired lastFired = new LastFired();
        session.addEventListener(lastFired);
        try {
            session.setGlobal(RuleRegistry.GLOBAL, pack.registry());
            session.insert(pack.manifest().grading());
            session.insert(assessment.header());
            for (Answer answer : assessment.answers()) {
                session.insert(answer);
                answer.getFigures().forEach((name, value) -> session.insert(new FigureValue(name, value, answer)));
            }
            assessment.unassessed().forEach(session::insert);
            assessment.selfGrades().forEach(session::insert);
            for (Judgement judgement : framework.judgements()) {
                if (assessment.header().judgements().contains(judgement.id())) {
                    session.insert(new AreaGrade(judgement, assessment.header().focusedVisit()));
                }
            }
            fire(session, lastFired, "findings");
            for (String phase : PHASES) {
                session.getAgenda().getAgendaGroup(phase).setFocus();
                fire(session, lastFired, phase);
            }
            return collect(session, assessment, framework);
        } finally {
            session.dispose();
        }
    }

    private static void fire(KieSession session, LastFired lastFired, String phase) throws EvaluationException {
        int fired;
        try {
            fired = session.fireAllRules(MAX_FIRINGS_PER_PHASE);
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EvaluationException(rule, "rule " + rule + " failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (RuntimeException e) {
            throw new EvaluationException(lastFired.name, "the rules failed in the " + phase + " phase after rule "
                    + lastFired.name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (fired >= MAX_FIRINGS_PER_PHASE) {
            throw new EvaluationException(lastFired.name, "the rules did not settle in the " + phase + " phase: more "
                    + "than " + MAX_FIRINGS_PER_PHASE + " firings, the last by rule " + lastFired.name
                    + " (a rule that modifies facts it matches re-fires for ever)");
        }
    }

    private Evaluation collect(KieSession session, SelfAssessment assessment, Framework framework) {
        Map<String, AreaGrade> grades = new HashMap<>();
        Map<String, AreaTotals> totals = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        OverallGrade overall = null;
        for (Object fact : session.getObjects()) {
            if (fact instanceof AreaGrade grade) {
                grades.put(grade.getId(), grade);
            } else if (fact instanceof AreaTotals total) {
                totals.put(total.judgement(), total);
            } else if (fact instanceof Finding finding) {
                findings.add(finding);
            } else if (fact instanceof OverallGrade grade) {
                overall = grade;
            }
        }
        List<Evaluation.AreaResult> areas = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        for (Judgement judgement : framework.judgements()) {
            for (String area : judgement.areas()) {
                order.putIfAbsent(area, order.size());
            }
            AreaGrade grade = grades.get(judgement.id());
            if (grade != null) {
                areas.add(new Evaluation.AreaResult(judgement, grade, totals.get(judgement.id())));
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> order.getOrDefault(f.getArea(), Integer.MAX_VALUE))
                .thenComparing(Finding::getArea)
                .thenComparing(Finding::getTheme)
                .thenComparing(Finding::getKind)
                .thenComparing(Comparator.comparing(Finding::getEffectiveSeverity).reversed())
                .thenComparing(Finding::getId)
                .thenComparing(f -> f.getDetail() == null ? "" : f.getDetail())
                .thenComparing(f -> f.getAnswers().isEmpty() ? "" : f.getAnswers().get(0).getCriterion()));
        return new Evaluation(assessment.header(), framework, pack.manifest().name() + " " + pack.manifest().version(),
                areas, overall, overallAbsent(assessment, framework, areas, overall), List.copyOf(findings),
                List.copyOf(assessment.notAssessed()));
    }

    private static String overallAbsent(SelfAssessment assessment, Framework framework,
                                        List<Evaluation.AreaResult> areas, OverallGrade overall) {
        if (overall != null) {
            return null;
        }
        if (!framework.overall()) {
            return framework.id() + " gives no overall effectiveness judgement";
        }
        if (assessment.header().focusedVisit()) {
            return "a focused visit gives no overall judgement";
        }
        List<String> ungraded = areas.stream().filter(a -> !a.grade().isGraded() && a.judgement().countsTowardsOverall())
                .map(a -> a.judgement().id()).toList();
        if (!ungraded.isEmpty()) {
            return "no overall judgement while " + String.join(", ", ungraded) + " cannot be graded";
        }
        return "no overall judgement was reached";
    }

    /** Remembers the last rule fired, to name it when the rules loop or fail outside a consequence. */
    private static final class LastFired extends DefaultAgendaEventListener {
        private String name = "(none)";

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            name = event.getMatch().getRule().getName();
        }
    }

}
