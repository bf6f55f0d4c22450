package uk.selfcheck.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.Workers;
import uk.selfcheck.model.Cap;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.SelfAssessment;

/**
 * For each graded judgement below outstanding, the smallest set of its weaknesses whose resolution lifts it one
 * grade, found by re-evaluating the self-assessment through the rules with those weaknesses resolved. Sets are tried
 * smallest first and, within a size, most severe weaknesses first. The search is bounded: sets of at most
 * {@link #MAX_SET} weaknesses and {@link #MAX_EVALUATIONS} sets tried per judgement. Beyond that it reports a
 * minimal set instead (resolving all the weaknesses, then leaving out each one that is not needed), and says so.
 * Either way the set's edits are then cut to the fewest that still lift the grade: one weakness's resolution may
 * carry edits the lift does not need (leaders' own grades are brought in line for every judgement at once, say).
 */
public final class GradeRaiser {
    public static final int MAX_SET = 4;
    public static final int MAX_EVALUATIONS = 2_000;
    /** How many subsets of a set's edits are re-checked for fewer edits before leaving out one edit at a time. */
    public static final int MAX_EDIT_SUBSETS = 256;
    private final RulePack pack;
    private final Consumer<String> progress;

    /** @param progress told which judgement is being searched; may do nothing */
    public GradeRaiser(RulePack pack, Consumer<String> progress) {
        this.pack = pack;
        this.progress = progress;
    }

    /**
     * The raise of every judgement below outstanding, in the order of the evaluation's areas. The evaluations run on
     * {@link Workers#THREADS} threads, each in a session of its own: first every distinct weakness is resolved and
     * every judgement's weaknesses resolved all at once; then each judgement's sets are tried in order, the searches side
     * by side and a long one running ahead ({@link Workers#first}), so the answer is the one trying them one after
     * another gives.
     */
    public List<GradeRaise> raises(SelfAssessment assessment, Evaluation evaluation) throws EvaluationException {
        Resolver resolver = new Resolver(new Evaluator(pack), pack.catalog());
        try (Workers threads = new Workers("searching what would raise each grade")) {
            Map<String, Future<Optional<Resolver.Resolved>>> resolved = new LinkedHashMap<>();
            Map<Evaluation.AreaResult, List<String>> keys = new LinkedHashMap<>();
            for (Evaluation.AreaResult area : evaluation.areas()) {
                Optional<Grade> grade = area.predicted();
                if (grade.isEmpty() || grade.get() == Grade.OUTSTANDING) {
                    continue;
                }
                List<String> areaKeys = new ArrayList<>();
                for (Finding weakness : weaknesses(evaluation, area)) {
                    String key = weakness.getId() + weakness.getAnswers() + weakness.getDetail();
                    areaKeys.add(key);
                    resolved.computeIfAbsent(key, k -> threads.submit(() -> resolver.resolve(assessment, evaluation,
                            weakness)));
                }
                keys.put(area, areaKeys);
            }
            Map<Evaluation.AreaResult, Candidates> candidates = new LinkedHashMap<>();
            for (Map.Entry<Evaluation.AreaResult, List<String>> entry : keys.entrySet()) {
                List<Resolution> list = new ArrayList<>();
                Map<Resolution, Evaluation> alone = new IdentityHashMap<>();
                for (String key : entry.getValue()) {
                    Optional<Resolver.Resolved> found = threads.resultOf(resolved.get(key));
                    found.ifPresent(r -> list.add(r.resolution()));
                    found.filter(r -> r.alone() != null).ifPresent(r -> alone.put(r.resolution(), r.alone()));
                }
                Future<Evaluation> all = list.isEmpty() ? null
                        : threads.submit(() -> evaluate(resolver, assessment, list, alone));
                candidates.put(entry.getKey(), new Candidates(list, alone, all));
            }
            List<Future<GradeRaise>> searches = new ArrayList<>();
            for (Map.Entry<Evaluation.AreaResult, Candidates> entry : candidates.entrySet()) {
                Evaluation.AreaResult area = entry.getKey();
                searches.add(threads.submitWaiting(() -> search(threads, resolver, assessment, area,
                        area.predicted().orElseThrow(), entry.getValue())));
            }
            List<GradeRaise> raises = new ArrayList<>();
            int i = 0;
            for (Evaluation.AreaResult area : candidates.keySet()) {
                progress.accept(area.judgement().id());
                raises.add(threads.resultOf(searches.get(i++)));
            }
            return raises;
        }
    }

    /**
     * A judgement's resolved weaknesses, most severe first; the evaluation of each alone, where one was made (a search
     * tries it alone again); and the evaluation with all of them resolved (null when there are none).
     */
    private record Candidates(List<Resolution> list, Map<Resolution, Evaluation> alone, Future<Evaluation> all) {
    }

    /** The judgement's weaknesses, most severe first, each finding once. */
    private static List<Finding> weaknesses(Evaluation evaluation, Evaluation.AreaResult area) {
        return evaluation.findings().stream()
                // a focused visit's weakness outside its themes does not weigh, so resolving it lifts nothing
                .filter(f -> f.isWeakness() && area.judgement().covers(f.getArea()) && evaluation.weighs(f))
                .sorted(Comparator.comparing(Finding::getEffectiveSeverity).reversed().thenComparing(Finding::getId))
                .toList();
    }

    private GradeRaise search(Workers threads, Resolver resolver, SelfAssessment assessment,
                              Evaluation.AreaResult area, Grade from, Candidates resolved) throws EvaluationException {
        List<Resolution> candidates = resolved.list();
        Map<Resolution, Evaluation> alone = resolved.alone();
        Grade to = from.oneBetter();
        String id = area.judgement().id();
        String title = area.judgement().title();
        if (candidates.isEmpty()) {
            return new GradeRaise(id, title, from, to, List.of(), false, "resolving weaknesses cannot lift it: "
                    + reasons(area.grade().getDecidingCaps()));
        }
        Evaluation all = threads.resultOf(resolved.all());
        if (!lifts(all, id, to)) {
            String still = all.area(id).map(a -> reasons(a.grade().getDecidingCaps())).orElse("");
            return new GradeRaise(id, title, from, to, List.of(), false, (candidates.size() == 1 ? "resolving its one weakness"
                    : "resolving all " + candidates.size() + " of its weaknesses") + " does not lift it: " + still);
        }
        Iterator<List<Resolution>> sets = new Combinations<>(candidates, MAX_SET);
        Optional<List<Resolution>> lifting = threads.first(sets, MAX_EVALUATIONS,
                set -> lifts(evaluate(resolver, assessment, set, alone), id, to));
        if (lifting.isPresent()) {
            return fewestEdits(threads, resolver, assessment, new GradeRaise(id, title, from, to, lifting.get(), true,
                    ""));
        }
        return fewestEdits(threads, resolver, assessment, minimal(resolver, assessment, id, title, from, to,
                candidates, alone, sets.hasNext() ? "the search of sets of up to " + MAX_SET + " stopped after " + MAX_EVALUATIONS + " evaluations"
                : "no set of " + MAX_SET + " or fewer weaknesses lifts it"));
    }

    /**
     * The raise with its edits cut to the fewest that together still lift the grade, each cut checked by re-running
     * the grading: every subset of the edits, smallest first (at most {@link #MAX_EDIT_SUBSETS}); past that bound,
     * each edit the lift does not need is left out in turn, last first. Weaknesses left with no edit are dropped.
     */
    private static GradeRaise fewestEdits(Workers threads, Resolver resolver, SelfAssessment assessment,
                                          GradeRaise raise) throws EvaluationException {
        List<Change> edits = new ArrayList<>();
        raise.resolutions().forEach(r -> r.changes().stream().filter(c -> !edits.contains(c)).forEach(edits::add));
        List<Change> kept = edits;
        if (edits.size() > 1) {
            Iterator<List<Change>> subsets = new Combinations<>(edits, edits.size() - 1);
            Optional<List<Change>> fewer = threads.first(subsets, MAX_EDIT_SUBSETS, subset -> lifts(
                    resolver.evaluate(applyEdits(assessment, subset)), raise.judgement(), raise.to()));
            if (fewer.isPresent()) {
                kept = fewer.get();
            } else if (subsets.hasNext()) {
                kept = new ArrayList<>(edits);
                for (int i = edits.size() - 1; i >= 0 && kept.size() > 1; i--) {
                    List<Change> without = new ArrayList<>(kept);
                    without.remove(edits.get(i));
                    if (lifts(resolver.evaluate(applyEdits(assessment, without)), raise.judgement(), raise.to())) {
                        kept = without;
                    }
                }
            }
        }
        List<Change> needed = gentlest(resolver, assessment, raise, kept);
        if (needed.equals(edits)) {
            return raise;
        }
        List<Resolution> trimmed = new ArrayList<>();
        List<Change> used = new ArrayList<>();
        for (Resolution r : raise.resolutions()) {
            List<Change> own = new ArrayList<>();
            for (Change c : r.changes()) {
                needed.stream().filter(k -> !used.contains(k) && k.getClass() == c.getClass()
                        && k.subject().equals(c.subject())).findFirst().ifPresent(k -> {
                            used.add(k);
                            own.add(k);
                        });
            }
            if (!own.isEmpty()) {
                trimmed.add(new Resolution(r.weakness(), List.copyOf(own)));
            }
        }
        return new GradeRaise(raise.judgement(), raise.title(), raise.from(), raise.to(), List.copyOf(trimmed),
                raise.minimum(), raise.note());
    }

    private static SelfAssessment applyEdits(SelfAssessment assessment, List<Change> edits) {
        SelfAssessment changed = assessment;
        for (Change edit : edits) {
            changed = edit.applyTo(changed);
        }
        return changed;
    }

    /**
     * The edits with each of leaders' own grades lowered no further than the lift needs: a grade one below the one
     * written is tried first, re-checked with the other edits, before the grade the evidence supports.
     */
    private static List<Change> gentlest(Resolver resolver, SelfAssessment assessment, GradeRaise raise,
                                         List<Change> edits) throws EvaluationException {
        List<Change> result = new ArrayList<>(edits);
        for (int i = 0; i < result.size(); i++) {
            if (!(result.get(i) instanceof Change.NewSelfGrade own)) {
                continue;
            }
            for (Grade milder = own.before().oneWorse(); milder.isAbove(own.after()); milder = milder.oneWorse()) {
                List<Change> tried = new ArrayList<>(result);
                tried.set(i, new Change.NewSelfGrade(own.judgement(), own.before(), milder, own.line()));
                if (lifts(resolver.evaluate(applyEdits(assessment, tried)), raise.judgement(), raise.to())) {
                    result = tried;
                    break;
                }
            }
        }
        return result;
    }

    /** All the weaknesses, less each one (least severe first) that the lift does not need. */
    private GradeRaise minimal(Resolver resolver, SelfAssessment assessment, String id, String title, Grade from,
                               Grade to, List<Resolution> candidates, Map<Resolution, Evaluation> alone, String why)
            throws EvaluationException {
        List<Resolution> set = new ArrayList<>(candidates);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            List<Resolution> without = new ArrayList<>(set);
            without.remove(candidates.get(i));
            if (!without.isEmpty() && lifts(evaluate(resolver, assessment, without, alone), id, to)) {
                set = without;
            }
        }
        return new GradeRaise(id, title, from, to, List.copyOf(set), false, why
                + "; the changes below do, and none of them can be left out");
    }

    /** The self-assessment evaluated with {@code set} applied; a single resolution's evaluation is not made twice. */
    private static Evaluation evaluate(Resolver resolver, SelfAssessment assessment, List<Resolution> set,
                                       Map<Resolution, Evaluation> alone) throws EvaluationException {
        Evaluation earlier = set.size() == 1 ? alone.get(set.get(0)) : null;
        return earlier != null ? earlier : resolver.evaluate(apply(assessment, set));
    }

    private static boolean lifts(Evaluation e, String judgement, Grade to) {
        return e.area(judgement).flatMap(Evaluation.AreaResult::predicted).map(g -> !to.isAbove(g)).orElse(false);
    }

    private static SelfAssessment apply(SelfAssessment assessment, List<Resolution> set) {
        SelfAssessment changed = assessment;
        for (Resolution r : set) {
            changed = r.applyTo(changed);
        }
        return changed;
    }

    private static String reasons(List<Cap> caps) {
        return caps.isEmpty() ? "every descriptor of the next grade is met"
                : String.join("; ", caps.stream().map(Cap::reason).distinct().toList());
    }
}
