package uk.selfcheck.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.AnswerCount;
import uk.selfcheck.model.AreaGrade;
import uk.selfcheck.model.AreaTotals;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.FigureValue;
import uk.selfcheck.model.GradingPolicy;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.Judgement;
import uk.selfcheck.model.NotAssessed;
import uk.selfcheck.model.OverallGrade;
import uk.selfcheck.model.RuleRegistry;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.model.SelfGrade;
import uk.selfcheck.model.VisitScope;

/**
 * Runs a rule pack over one self-assessment in a fresh Drools session. The phases run in a fixed order so that every
 * finding exists before any area is graded, and every area before the overall judgement.
 */
public final class Evaluator {
    /**
     * The judgement phases, after the finding rules of the default group. Grading runs twice: the practice judgements
     * are graded first, the leaders' own grades are set against them (self-evaluation, which also adds up the
     * leadership judgement), and the second pass grades the leadership judgement.
     */
    public static final List<String> PHASES = List.of("totals", "grading", "self-evaluation", "grading", "leadership",
            "overall");
    /** The phase of the finding rules, which run before the judgement phases. */
    private static final String FINDINGS = "findings";
    /**
     * The phase that reconciles the findings of one criterion (a rating and its own figure), after every finding rule
     * and before anything is added up.
     */
    public static final String CONCLUSIONS = "conclusions";
    /** More firings than this in one phase means a rule keeps re-triggering itself. */
    public static final int MAX_FIRINGS_PER_PHASE = 100_000;
    /**
     * More facts inserted than this in one phase means a rule multiplies its facts; the shipped pack inserts a few
     * hundred. Without it a rule that inserts one fact for each pair of facts grows its matches far faster than its
     * firings, and memory runs out before the firing limit is reached.
     */
    public static final int MAX_INSERTS_PER_PHASE = 200_000;
    /**
     * More matches than this made in one phase means a rule's matches grow faster than it fires (one that inserts a
     * fact for every pair of facts); each match waiting to fire holds memory. The shipped pack makes a few thousand.
     */
    public static final int MAX_MATCHES_PER_PHASE = 500_000;
    /** Seconds one phase may run, by default; the system property {@value #TIME_LIMIT_PROPERTY} changes it. */
    public static final int DEFAULT_SECONDS_PER_PHASE = 30;
    /** The system property that sets the seconds one phase may run. */
    public static final String TIME_LIMIT_PROPERTY = "selfcheck.phaseSeconds";
    /**
     * Milliseconds a phase past its time limit is given to stop once halted. Drools' halt takes effect only between
     * firings, so a rule whose actions never return (a loop without end, a wait for ever) keeps its phase running:
     * after this grace the evaluation is given up on, and its thread, which nothing in Java can stop, is left behind.
     */
    public static final long GRACE_MILLIS = 2_000;
    /**
     * The threads sessions run on, so that the caller can give up on one that never ends. Daemon threads: one left
     * running a rule that never returns does not keep the process alive, and the next evaluation gets another thread.
     */
    private static final java.util.concurrent.ExecutorService SESSIONS =
            java.util.concurrent.Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "selfcheck-rules");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * Set for a command-line run ({@link #runOnCallingThread}): told of a session that is stuck past its grace, and
     * ends the process. Null in a server, where each session runs on a thread of {@link #SESSIONS} that can be left
     * behind.
     */
    private static volatile java.util.function.Consumer<EvaluationException> whenStuck;

    /**
     * For a process that ends when a rule is stuck (a command): every session runs on the calling thread, and a
     * session whose phase is still running a grace after its time limit and halt is passed to {@code handler}, on the
     * watchdog's thread, which must say so and end the process (nothing in Java can stop the stuck thread). Handing
     * each session to another thread instead costs calibrate, with its hundreds of thousands of short sessions, about
     * a third of its time.
     */
    public static void runOnCallingThread(java.util.function.Consumer<EvaluationException> handler) {
        whenStuck = handler;
    }

    private final RulePack pack;

    public Evaluator(RulePack pack) {
        this.pack = pack;
    }

    /** The evaluation, its findings in report order. */
    public Evaluation evaluate(SelfAssessment assessment) throws EvaluationException {
        return evaluate(assessment, true);
    }

    /**
     * The same evaluation with its findings in no particular order, for callers that only read the grades or look a
     * finding up, such as the grade-raise search, which evaluates hundreds of times: sorting the findings is about a
     * tenth of the cost of an evaluation.
     */
    public Evaluation evaluateUnordered(SelfAssessment assessment) throws EvaluationException {
        return evaluate(assessment, false);
    }

    private Evaluation evaluate(SelfAssessment assessment, boolean ordered) throws EvaluationException {
        Framework framework = framework(assessment);
        return run(assessment, pack.manifest().grading(), FINDINGS, (session, firings) -> {
            insertAnswers(session, assessment);
            findFindings(session, firings);
            runPhases(session, firings);
            return collect(session, firings, assessment, framework, ordered);
        });
    }

    /**
     * What grading needs of a self-assessment once its findings are known. The findings do not depend on the grading
     * numbers, so {@code selfcheck calibrate} works them out once and re-grades them with each set of numbers it
     * tries ({@link #regrade}).
     *
     * @param findings the findings of the finding rules, reconciled, before any judgement rule ran
     */
    public record Prepared(SelfAssessment assessment, List<Finding> findings) {
    }

    /** Runs the finding rules only, and keeps their findings. */
    public Prepared prepare(SelfAssessment assessment) throws EvaluationException {
        return run(assessment, pack.manifest().grading(), FINDINGS, (session, firings) -> {
            insertAnswers(session, assessment);
            findFindings(session, firings);
            List<Finding> findings = new ArrayList<>();
            for (Object fact : session.getObjects(o -> o instanceof Finding)) {
                findings.add((Finding) fact);
            }
            return new Prepared(assessment, List.copyOf(findings));
        });
    }

    /**
     * The judgements that {@code policy}'s numbers give the prepared findings, as {@link #evaluateUnordered} would give
     * them with a pack whose {@code grading:} were {@code policy}: the same judgement rules run on the same findings,
     * but no finding rule runs, because no answer is inserted, only how many each area has.
     */
    public Evaluation regrade(Prepared prepared, GradingPolicy policy) throws EvaluationException {
        SelfAssessment assessment = prepared.assessment();
        Framework framework = framework(assessment);
        return run(assessment, policy, PHASES.get(0), (session, firings) -> {
            prepared.findings().forEach(session::insert);
            runPhases(session, firings);
            return collect(session, firings, assessment, framework, false);
        });
    }

    private Framework framework(SelfAssessment assessment) {
        return pack.manifest().framework(assessment.header().framework()).orElseThrow();
    }

    /** What a session does between its common facts going in and its disposal. */
    private interface Work<T> {
        T run(KieSession session, Firings firings) throws EvaluationException;
    }

    /**
     * Opens a session with the facts every phase reads (the grading numbers, the header, how many criteria each area
     * answers, the leaders' own grades and one grade for each judgement in scope), runs {@code work}, and turns a rule
     * that throws into an {@link EvaluationException} naming it.
     */
    /**
     * @param first the phase the facts going in count towards: conditions are matched as facts are inserted, and one
     *              that never finishes must be given up on as one in a phase would
     */
    private <T> T run(SelfAssessment assessment, GradingPolicy policy, String first, Work<T> work)
            throws EvaluationException {
        KieSession session = pack.kieBase().newKieSession();
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Firings firings = new Firings(session, pack.ruleFiles(), result);
        if (whenStuck != null) {
            // a command-line run: no hand-over to another thread, which would cost calibrate a third of its time
            return inSession(session, firings, assessment, policy, first, work);
        }
        java.util.concurrent.Future<?> running = SESSIONS.submit(() -> {
            try {
                result.complete(inSession(session, firings, assessment, policy, first, work));
            } catch (EvaluationException | RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!running.isDone()) {
                // given up on: a rule that waits (Thread.sleep) wakes and ends; one that loops stays, out of the way
                running.cancel(true);
            }
            Workers.rethrowUnchecked(e.getCause());
            if (e.getCause() instanceof EvaluationException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            // whoever interrupted this thread no longer wants the result
            session.halt();
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("the evaluation was interrupted");
        }
    }

    /** {@link #run}'s work, on a thread of {@link #SESSIONS}, or on the caller's in a command-line run. */
    private <T> T inSession(KieSession session, Firings firings, SelfAssessment assessment, GradingPolicy policy,
                            String first, Work<T> work) throws EvaluationException {
        Framework framework = framework(assessment);
        Firings.RUNNING.add(firings);
        firings.startPhase(first);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) firings);
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) firings.facts);
        try {
            session.setGlobal(RuleRegistry.GLOBAL, pack.registry());
            session.insert(policy);
            session.insert(assessment.header());
            Map<List<String>, Integer> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                    .thenComparing(k -> k.get(1)));
            assessment.answers().forEach(a -> counts.merge(List.of(a.getArea(), a.getTheme()), 1, Integer::sum));
            counts.forEach((key, count) -> session.insert(new AnswerCount(key.get(0), key.get(1), count)));
            session.insert(scope(assessment));
            assessment.selfGrades().stream().sorted(Comparator.comparing(SelfGrade::judgement)).forEach(session::insert);
            for (Judgement judgement : framework.judgements()) {
                if (assessment.header().judgements().contains(judgement.id())) {
                    session.insert(new AreaGrade(judgement, assessment.header().focusedVisit()));
                }
            }
            return work.run(session, firings);
        } catch (PhaseLimitException e) {
            throw firings.overLimit(e.getMessage());
        } catch (RuntimeException | Error e) {
            // a condition that throws fails while facts are inserted or matched, outside any consequence; an Error
            // (an assertion, memory running out, recursion without end) is the rule's fault as much as an exception
            PhaseLimitException limit = PhaseLimitException.within(e);
            if (limit != null) {
                throw firings.overLimit(limit.getMessage());
            }
            throw RuleFailures.toEvaluationException(e, firings.phase, firings.last());
        } finally {
            firings.endPhase();
            Firings.RUNNING.remove(firings);
            session.dispose();
        }
    }

    /** What the judgements weigh: a focused visit's themes, where the pack lists them, else everything. */
    private VisitScope scope(SelfAssessment assessment) {
        String theme = assessment.header().visitTheme();
        List<String> themes = theme == null ? null : pack.manifest().focusedVisitScope().get(theme);
        return themes == null ? VisitScope.EVERYTHING : VisitScope.of(theme, themes, pack.catalog());
    }

    /**
     * The answers, their figures and the criteria written down as not assessed, the facts the finding rules match.
     * They go in sorted, not in the order written: Drools fires rules of equal salience in insertion order, and a rule
     * that cites the first match would otherwise report differently when the same answers are written in another
     * order.
     */
    private static void insertAnswers(KieSession session, SelfAssessment assessment) {
        for (Answer answer : assessment.answers().stream().sorted(Comparator.comparing(Answer::getCriterion))
                .toList()) {
            session.insert(answer);
            answer.getFigures().forEach((name, value) -> session.insert(new FigureValue(name, value, answer)));
        }
        assessment.unassessed().stream().sorted(Comparator.comparing(NotAssessed::getCriterion))
                .forEach(session::insert);
    }

    /** The finding rules, then the reconciliation of their findings. */
    private static void findFindings(KieSession session, Firings firings) throws EvaluationException {
        fire(session, firings, FINDINGS);
        session.getAgenda().getAgendaGroup(CONCLUSIONS).setFocus();
        fire(session, firings, CONCLUSIONS);
    }

    private static void runPhases(KieSession session, Firings firings) throws EvaluationException {
        for (String next : PHASES) {
            session.getAgenda().getAgendaGroup(next).setFocus();
            fire(session, firings, next);
        }
    }

    private static void fire(KieSession session, Firings firings, String phase) throws EvaluationException {
        if (firings.timedOut) {
            // the facts going in took the phase's time; the session may be halted
            throw firings.overLimit("ran for more than " + firings.seconds + " seconds");
        }
        firings.startPhase(phase);
        int fired = session.fireAllRules(MAX_FIRINGS_PER_PHASE);
        firings.endPhase();
        if (firings.timedOut) {
            throw firings.overLimit("ran for more than " + firings.seconds + " seconds");
        }
        if (fired >= MAX_FIRINGS_PER_PHASE) {
            Map.Entry<String, Integer> top = firings.mostFired();
            throw new EvaluationException(top.getKey(), "rule " + top.getKey() + " fired " + top.getValue()
                    + " times in the " + phase + " phase and the rules did not settle (stopped at "
                    + MAX_FIRINGS_PER_PHASE + " firings): it changes or inserts facts that make it match again; "
                    + "add no-loop, or a condition that is false once its work is done");
        }
    }

    private Evaluation collect(KieSession session, Firings firings, SelfAssessment assessment, Framework framework,
                               boolean ordered) {
        Map<String, AreaGrade> grades = new HashMap<>();
        Map<String, AreaTotals> totals = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        OverallGrade overall = null;
        VisitScope scope = VisitScope.EVERYTHING;
        for (Object fact : session.getObjects()) {
            if (fact instanceof VisitScope visitScope) {
                scope = visitScope;
            } else if (fact instanceof AreaGrade grade) {
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
        return new Evaluation(assessment.header(), framework, pack.identity(),
                areas, overall, overallAbsent(assessment, framework, areas, overall),
                ordered ? inReportOrder(findings, order) : Collections.unmodifiableList(findings),
                // not in the order written: key order means nothing
                assessment.notAssessed().stream().sorted().toList(), assessment.leftOut().stream().sorted().toList(),
                scope, setAside(firings.deleted, findings));
    }

    /**
     * The findings rules deleted with nothing of theirs in place: a finding deleted to be replaced (merged with another,
     * or given a note) has a successor that its rule still finds.
     */
    private static List<Evaluation.SetAside> setAside(List<Evaluation.SetAside> deleted, List<Finding> findings) {
        List<Evaluation.SetAside> setAside = new ArrayList<>();
        for (Evaluation.SetAside d : deleted) {
            String rule = d.finding().getId();
            if (findings.stream().noneMatch(f -> f.foundBy(rule))
                    && setAside.stream().noneMatch(s -> s.finding() == d.finding())) {
                setAside.add(d);
            }
        }
        return List.copyOf(setAside);
    }

    /**
     * The findings in report order, each one's sort key worked out once rather than at every comparison: sorting is a
     * large part of the cost of an evaluation once the rules are fast.
     */
    private List<Finding> inReportOrder(List<Finding> findings, Map<String, Integer> areaOrder) {
        RuleRegistry registry = pack.registry();
        return findings.stream()
                .map(f -> new Placed(areaOrder.getOrDefault(f.getArea(), Integer.MAX_VALUE), registry.rank(f.getRule()),
                        f))
                .sorted().map(Placed::finding).toList();
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

    /**
     * The order of one rule's findings in a report: most severe first, then by detail and first criterion. It is the
     * last part of the report order, for callers that pick one rule's first finding from an unordered evaluation.
     */
    public static int compareWithinRule(Finding a, Finding b) {
        int order = b.getEffectiveSeverity().compareTo(a.getEffectiveSeverity());
        if (order == 0) {
            order = detail(a).compareTo(detail(b));
        }
        return order != 0 ? order : firstCriterion(a).compareTo(firstCriterion(b));
    }

    private static String detail(Finding f) {
        return f.getDetail() == null ? "" : f.getDetail();
    }

    private static String firstCriterion(Finding f) {
        return f.getAnswers().isEmpty() ? "" : f.getAnswers().get(0).getCriterion();
    }

    /**
     * A finding with its sort key, in report order: by area as the framework lists them, then area name, theme and
     * kind (together the rule's group rank), most severe first, then id (the id rank), then
     * {@link #compareWithinRule}. The ranks are numbers worked out once for the pack, so most comparisons compare no
     * strings.
     */
    private record Placed(int area, RuleRegistry.Rank rank, Finding finding) implements Comparable<Placed> {
        @Override
        public int compareTo(Placed other) {
            int order = Integer.compare(area, other.area);
            if (order == 0) {
                order = Integer.compare(rank.group(), other.rank.group());
            }
            if (order == 0) {
                order = other.finding.getEffectiveSeverity().compareTo(finding.getEffectiveSeverity());
            }
            if (order == 0) {
                order = Integer.compare(rank.id(), other.rank.id());
            }
            return order != 0 ? order : compareWithinRule(finding, other.finding);
        }
    }

    /** Counts each rule's firings in the current phase, to name the rule that loops, and bounds the phase. */
    private static final class Firings extends DefaultAgendaEventListener {
        /** How often the watchdog looks at the sessions running. */
        private static final long SWEEP_MILLIS = 100;
        /**
         * Every session running now. One watchdog thread looks at them every {@value #SWEEP_MILLIS} ms, rather than an
         * alarm set and cancelled for each phase: calibrate runs over a million phases, and the alarms alone cost it
         * seconds.
         */
        static final java.util.Set<Firings> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private static final java.util.concurrent.ScheduledThreadPoolExecutor WATCHDOG = watchdog();
        private final KieSession session;
        private final Map<String, String> ruleFiles;
        /** The evaluation's result, which the watchdog completes with a failure when it gives up on the phase. */
        private final java.util.concurrent.CompletableFuture<?> result;
        private final Map<String, Integer> counts = new HashMap<>();
        private final int seconds = secondsPerPhase();
        private volatile String last = "(none)";
        /** The file of the rule {@link #last}, where the pack knows it. */
        private volatile String lastFile;
        /** Whether the rule {@link #last} is running its actions, rather than the session matching facts. */
        private volatile boolean inActions;
        private volatile String phase = FINDINGS;
        private int inserted;
        private int matches;
        private volatile long deadline;
        /** Whether a phase is running, for the watchdog. */
        private volatile boolean inPhase;
        private volatile boolean timedOut;
        /** When the watchdog halted the phase (System.nanoTime), 0 before it has. */
        private volatile long haltedAt;
        /** Counts the facts rules insert, against the phase's limit, and records the findings they delete. */
        final org.kie.api.event.rule.DefaultRuleRuntimeEventListener facts =
                new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
                        if (event.getRule() == null) {
                            return;
                        }
                        if (++inserted > MAX_INSERTS_PER_PHASE) {
                            throw new PhaseLimitException("inserted more than " + MAX_INSERTS_PER_PHASE + " facts");
                        }
                        checkTime();
                    }

                    @Override
                    public void objectDeleted(org.kie.api.event.rule.ObjectDeletedEvent event) {
                        if (event.getRule() != null && event.getOldObject() instanceof Finding finding) {
                            deleted.add(new Evaluation.SetAside(finding, event.getRule().getName()));
                        }
                    }
                };
        /** Every finding a rule deleted, with the rule's name, in order: {@link #setAside} keeps those not replaced. */
        final List<Evaluation.SetAside> deleted = new ArrayList<>();

        Firings(KieSession session, Map<String, String> ruleFiles, java.util.concurrent.CompletableFuture<?> result) {
            this.session = session;
            this.ruleFiles = ruleFiles;
            this.result = result;
        }

        private static java.util.concurrent.ScheduledThreadPoolExecutor watchdog() {
            java.util.concurrent.ScheduledThreadPoolExecutor executor =
                    new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
                        Thread t = new Thread(r, "selfcheck-rule-watchdog");
                        t.setDaemon(true);
                        return t;
                    });
            executor.scheduleWithFixedDelay(Firings::sweep, SWEEP_MILLIS, SWEEP_MILLIS,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            return executor;
        }

        /** The watchdog's look at every session running. */
        private static void sweep() {
            long now = System.nanoTime();
            for (Firings firings : RUNNING) {
                try {
                    firings.watch(now);
                } catch (RuntimeException e) {
                    // one session's trouble must not stop the watchdog for the others
                }
            }
        }

        /**
         * Past the phase's time limit, halting stops the session between firings, however long its matching or firing
         * has taken; a phase still running a grace after that is stuck inside one rule's actions or conditions, and
         * is given up on.
         */
        private void watch(long now) {
            if (!inPhase || now - deadline < 0) {
                return;
            }
            if (haltedAt == 0) {
                haltedAt = now;
                timedOut = true;
                session.halt();
            } else if (now - haltedAt > GRACE_MILLIS * 1_000_000L) {
                RUNNING.remove(this);
                EvaluationException stuck = stuck(phase);
                java.util.function.Consumer<EvaluationException> handler = whenStuck;
                if (result.completeExceptionally(stuck) && handler != null) {
                    handler.accept(stuck);
                }
            }
        }

        private static int secondsPerPhase() {
            String value = System.getProperty(TIME_LIMIT_PROPERTY);
            try {
                int seconds = value == null ? DEFAULT_SECONDS_PER_PHASE : Integer.parseInt(value.trim());
                return seconds > 0 ? seconds : DEFAULT_SECONDS_PER_PHASE;
            } catch (NumberFormatException e) {
                return DEFAULT_SECONDS_PER_PHASE;
            }
        }

        void startPhase(String name) {
            endPhase();
            phase = name;
            counts.clear();
            inserted = 0;
            matches = 0;
            timedOut = false;
            haltedAt = 0;
            deadline = System.nanoTime() + seconds * 1_000_000_000L;
            inPhase = true;
        }

        void endPhase() {
            inPhase = false;
        }

        /** The phase could not be stopped: names the rule running, and its file, as far as they are known. */
        private EvaluationException stuck(String stuckPhase) {
            String rule = last;
            String file = lastFile == null ? "" : " (" + lastFile + ")";
            String limit = "the " + stuckPhase + " phase ran for more than " + seconds + " second"
                    + (seconds == 1 ? "" : "s") + " and did not stop when told to: ";
            if (inActions) {
                return new EvaluationException(rule, limit + "rule " + rule + file + " was still running its actions "
                        + "(then), which never return (a loop without end, or a wait), so selfcheck gave up on it; "
                        + "make its actions finish");
            }
            return new EvaluationException(rule, limit + "the rules' conditions (when) were still being matched and "
                    + "never finish (a condition or function that loops, or waits), so selfcheck gave up on them; "
                    + (lastFile == null && "(none)".equals(rule) ? "no rule had fired yet"
                    : "the last rule to fire was " + rule + file));
        }

        private void checkTime() {
            if (timedOut || System.nanoTime() - deadline > 0) {
                timedOut = true;
                throw new PhaseLimitException("ran for more than " + seconds + " seconds");
            }
        }

        String last() {
            return last;
        }

        Map.Entry<String, Integer> mostFired() {
            return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElse(Map.entry(last, 0));
        }

        /** The phase went over a limit: names the rule that fired most, and the one running when it stopped. */
        EvaluationException overLimit(String what) {
            Map.Entry<String, Integer> top = mostFired();
            String running = top.getKey().equals(last) ? "" : "; the rule running when it stopped was " + last;
            return new EvaluationException(top.getKey(), "the " + phase + " phase " + what + " and was stopped: rule "
                    + top.getKey() + " fired most (" + top.getValue() + " times)" + running
                    + "; a rule that inserts facts for every match, or whose actions do not finish, never settles");
        }

        @Override
        public void matchCreated(org.kie.api.event.rule.MatchCreatedEvent event) {
            if (++matches > MAX_MATCHES_PER_PHASE) {
                throw new PhaseLimitException("made more than " + MAX_MATCHES_PER_PHASE + " matches");
            }
        }

        @Override
        public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
            // recorded before the actions run, so that a rule that fails or never returns is the one named
            org.kie.api.definition.rule.Rule rule = event.getMatch().getRule();
            lastFile = ruleFiles.get(rule.getPackageName() + "/" + rule.getName());
            last = rule.getName();
            inActions = true;
            counts.merge(last, 1, Integer::sum);
            checkTime();
        }

        @Override
        public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
            inActions = false;
        }
    }

    /** A phase went over its limit on facts inserted or on time, thrown from inside the session to stop it. */
    static final class PhaseLimitException extends RuntimeException {
        PhaseLimitException(String message) {
            super(message, null, false, false);
        }

        static PhaseLimitException within(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof PhaseLimitException limit) {
                    return limit;
                }
            }
            return null;
        }
    }
}
