package uk.selfcheck.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Figure;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.Rating;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.model.SelfGrade;

/**
 * Finds, for one weakness, the smallest change to the self-assessment after which the rules no longer find it, by
 * re-evaluating: the answers behind it one rating better at a time (or, for a claim the leader's own figures
 * contradict, one rating lower), a figure moved to the nearest whole value the rules accept, or leaders' own grade
 * brought in line with the evidence.
 */
final class Resolver {
    private final Evaluator evaluator;
    private final CriteriaCatalog catalog;

    Resolver(Evaluator evaluator, CriteriaCatalog catalog) {
        this.evaluator = evaluator;
        this.catalog = catalog;
    }

    /** Findings in no order: the search reads grades and looks findings up, and never shows these evaluations. */
    Evaluation evaluate(SelfAssessment assessment) throws EvaluationException {
        return evaluator.evaluateUnordered(assessment);
    }

    /**
     * A resolution, and the evaluation of the self-assessment with it alone applied where one was made (not for a
     * figure, whose search evaluates other values on the way): a search for a grade raise tries it alone again.
     */
    record Resolved(Resolution resolution, Evaluation alone) {
    }

    Optional<Resolved> resolve(SelfAssessment a, Evaluation e, Finding weakness) throws EvaluationException {
        if (weakness.getFigure() != null) {
            return figure(a, weakness).map(r -> new Resolved(r, null));
        }
        if (weakness.getNotAssessed() != null) {
            return ifCleared(a, new Resolution(weakness, List.of(new Change.Assess(weakness.getNotAssessed()))));
        }
        if (!weakness.getAnswers().isEmpty()) {
            return rating(a, weakness);
        }
        return selfGrades(a, e, weakness);
    }

    /** Whether a finding like {@code weakness} (same rule, about any of the same criteria) is in the evaluation. */
    static boolean fires(Evaluation e, Finding weakness) {
        Set<String> criteria = criteria(weakness);
        if (weakness.getNotAssessed() != null) {
            criteria.add(weakness.getNotAssessed().getCriterion());
        }
        for (Finding f : e.findings()) {
            if (f.getId().equals(weakness.getId())
                    && (criteria.isEmpty() || criteria(f).stream().anyMatch(criteria::contains))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> criteria(Finding f) {
        Set<String> ids = new HashSet<>();
        f.getAnswers().forEach(a -> ids.add(a.getCriterion()));
        if (f.getNotAssessed() != null) {
            ids.add(f.getNotAssessed().getCriterion());
        }
        return ids;
    }

    /** The resolution, if the weakness no longer fires once it is applied. */
    private Optional<Resolved> ifCleared(SelfAssessment a, Resolution resolution) throws EvaluationException {
        Evaluation alone = evaluate(resolution.applyTo(a));
        return fires(alone, resolution.weakness()) ? Optional.empty() : Optional.of(new Resolved(resolution, alone));
    }

    private Optional<Resolved> rating(SelfAssessment a, Finding weakness) throws EvaluationException {
        List<Answer> answers = weakness.getAnswers();
        Rating lowest = answers.stream().map(Answer::getRating).min(Enum::compareTo).orElseThrow();
        Rating highest = answers.stream().map(Answer::getRating).max(Enum::compareTo).orElseThrow();
        for (Rating level : Rating.values()) {
            if (level.compareTo(lowest) > 0) {
                Optional<Resolved> found = tryRatings(a, weakness, level, true);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        // a rating the leader's own figures contradict is resolved by a rating the figures support
        for (int i = Rating.values().length - 1; i >= 0; i--) {
            Rating level = Rating.values()[i];
            if (level.compareTo(highest) < 0) {
                Optional<Resolved> found = tryRatings(a, weakness, level, false);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Resolved> tryRatings(SelfAssessment a, Finding weakness, Rating level, boolean up)
            throws EvaluationException {
        List<Change> changes = new ArrayList<>();
        for (Answer answer : weakness.getAnswers()) {
            int order = answer.getRating().compareTo(level);
            if (up ? order < 0 : order > 0) {
                changes.add(new Change.NewRating(answer.getCriterion(), answer.getRating(), level, answer.getLine()));
            }
        }
        return ifCleared(a, new Resolution(weakness, changes));
    }

    private Optional<Resolution> figure(SelfAssessment a, Finding weakness) throws EvaluationException {
        Answer answer = weakness.getAnswers().get(0);
        String name = weakness.getFigure();
        Optional<Figure> definition = catalog.criterion(answer.getCriterion()).flatMap(c -> c.figure(name));
        Double value = answer.figure(name);
        if (definition.isEmpty() || value == null) {
            return Optional.empty();
        }
        for (double bound : new double[] {definition.get().min(), definition.get().max()}) {
            if (bound == value || firesWithFigure(a, weakness, answer, bound)) {
                continue;
            }
            double firing = value;
            double clear = bound;
            while (Math.abs(clear - firing) > 1) {
                double middle = Math.rint((clear + firing) / 2);
                if (middle == clear || middle == firing) {
                    break;
                }
                if (firesWithFigure(a, weakness, answer, middle)) {
                    firing = middle;
                } else {
                    clear = middle;
                }
            }
            return Optional.of(new Resolution(weakness, List.of(new Change.NewFigure(answer.getCriterion(), name,
                    value, clear, answer.getLine()))));
        }
        return Optional.empty();
    }

    private boolean firesWithFigure(SelfAssessment a, Finding weakness, Answer answer, double value)
            throws EvaluationException {
        Change change = new Change.NewFigure(answer.getCriterion(), weakness.getFigure(), 0, value, answer.getLine());
        return fires(evaluate(change.applyTo(a)), weakness);
    }

    private Optional<Resolved> selfGrades(SelfAssessment a, Evaluation e, Finding weakness)
            throws EvaluationException {
        List<Change> changes = new ArrayList<>();
        for (SelfGrade own : a.selfGrades()) {
            // the self-evaluation rules compare leaders' view of practice; their view of their own leadership is not
            // among what makes those findings, so lowering it is never part of the remedy
            Optional<Grade> evidence = e.area(own.judgement()).filter(r -> !r.judgement().isLeadership())
                    .flatMap(Evaluation.AreaResult::predicted);
            if (evidence.isPresent() && own.grade().isAbove(evidence.get())) {
                changes.add(new Change.NewSelfGrade(own.judgement(), own.grade(), evidence.get(), own.line()));
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return ifCleared(a, new Resolution(weakness, changes));
    }
}
