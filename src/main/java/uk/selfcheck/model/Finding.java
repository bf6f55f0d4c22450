package uk.selfcheck.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/** A strength or weakness that a rule found in the self-assessment, with the answers that led to it. */
public final class Finding {
    private final RuleInfo rule;
    private final List<Answer> answers;
    private final Severity effectiveSeverity;
    private final boolean exceptional;
    private final String detail;
    private final String figure;
    private final NotAssessed notAssessed;
    private final boolean contradiction;
    private final List<String> alsoFoundBy;
    /** Worked out once: the grading rules ask for it for every finding, several times in an evaluation. */
    private final Rating rating;

    Finding(RuleInfo rule, List<Answer> answers, Severity effectiveSeverity, boolean exceptional, String detail) {
        this(rule, answers, rating(rule, answers), effectiveSeverity, exceptional, detail, null, null, false,
                List.of());
    }

    /** @param rating what {@link #rating(RuleInfo, List)} gives for the answers, which the caller has worked out */
    private Finding(RuleInfo rule, List<Answer> answers, Rating rating, Severity effectiveSeverity, boolean exceptional,
                    String detail, String figure, NotAssessed notAssessed, boolean contradiction,
                    List<String> alsoFoundBy) {
        this.rule = rule;
        this.answers = Collections.unmodifiableList(new ArrayList<>(answers));
        this.effectiveSeverity = effectiveSeverity;
        this.exceptional = exceptional;
        this.detail = detail;
        this.figure = figure;
        this.notAssessed = notAssessed;
        this.contradiction = contradiction;
        this.alsoFoundBy = List.copyOf(alsoFoundBy);
        this.rating = rating;
    }

    /** The lowest rating among the answers for a weakness, the highest for a strength; null without answers. */
    private static Rating rating(RuleInfo rule, List<Answer> answers) {
        Rating found = null;
        for (Answer answer : answers) {
            Rating r = answer.getRating();
            if (found == null || (rule.isWeakness() ? r.compareTo(found) < 0 : r.compareTo(found) > 0)) {
                found = r;
            }
        }
        return found;
    }

    /**
     * Called from a rule's consequence: {@code insert(Finding.from(drools, $a));}. For a weakness, how widespread the
     * shortfall is (the lowest rating among the answers) moves its severity up or down one step.
     */
    public static Finding from(RuleContext drools, Answer... answers) {
        RuleInfo info = registry(drools).lookup(drools.getRule());
        List<Answer> list = Arrays.asList(answers);
        Rating rating = rating(info, list); // a weakness's worst, a strength's best
        Severity effective = info.isWeakness() && rating != null
                ? info.severity().shifted(rating.weaknessShift()) : info.severity();
        boolean exceptional = !info.isWeakness() && rating == Rating.EXCEPTIONAL;
        return new Finding(info, list, rating, effective, exceptional, null, null, null, false, List.of());
    }

    /**
     * For rules that judge a figure rather than a rating (decision tables): the severity is used as written, because
     * the threshold in the table already says how serious the figure is.
     */
    public static Finding fromFigure(RuleContext drools, FigureValue figure) {
        RuleInfo info = registry(drools).lookup(drools.getRule());
        double value = figure.getValue();
        String shown = Numbers.plain(value);
        List<Answer> answers = List.of(figure.getAnswer());
        return new Finding(info, answers, rating(info, answers), info.severity(), false,
                "Your figure: " + figure.getFigure() + " = " + shown + ".", figure.getFigure(), null, false, List.of());
    }

    /**
     * For judgement rules that find something about the self-assessment as a whole rather than one answer (an
     * over-optimistic self-evaluation): {@code detail} says what was compared.
     */
    public static Finding withDetail(RuleContext drools, String detail) {
        RuleInfo info = registry(drools).lookup(drools.getRule());
        return new Finding(info, List.of(), info.severity(), false, detail);
    }

    /**
     * For a rating that the leader's own evidence contradicts: the severity is used as written, because the rating
     * is a claim about the evidence, not a measure of how widespread a shortfall is.
     */
    public static Finding contradicted(RuleContext drools, String detail, Answer... answers) {
        RuleInfo info = registry(drools).lookup(drools.getRule());
        List<Answer> list = Arrays.asList(answers);
        return new Finding(info, list, rating(info, list), info.severity(), false, detail, null, null, true, List.of());
    }

    /**
     * One finding for a weakness that a rating and a figure of the same criterion both found: the rating's rule, with
     * the figure's detail beside its own, at the higher of the two severities, so the issue is counted once.
     */
    public static Finding combined(Finding rating, Finding figure) {
        Severity severity = figure.effectiveSeverity.compareTo(rating.effectiveSeverity) > 0
                ? figure.effectiveSeverity : rating.effectiveSeverity;
        String detail = rating.detail == null ? figure.detail : rating.detail + " " + figure.detail;
        List<String> also = new ArrayList<>(rating.alsoFoundBy);
        also.add(figure.getId());
        also.addAll(figure.alsoFoundBy);
        return new Finding(rating.rule, rating.answers, rating.rating, severity, rating.exceptional, detail, null,
                rating.notAssessed, rating.contradiction, also.stream().sorted().distinct().toList());
    }

    /**
     * The same finding with {@code sentence} after what it already says: for a judgement rule that settles two findings
     * into one conclusion and keeps, on the finding that stands, what the other claimed.
     */
    public Finding noting(String sentence) {
        return new Finding(rule, answers, rating, effectiveSeverity, exceptional,
                detail == null ? sentence : detail + " " + sentence, figure, notAssessed, contradiction, alsoFoundBy);
    }

    /**
     * Of the findings a judgement rule collected, the one a note about all of them belongs on: the most severe, then
     * the first by rule id and by what it says, so that the choice does not depend on the order rules fired in.
     */
    public static Finding first(java.util.Collection<?> findings) {
        return findings.stream().map(f -> (Finding) f)
                .min(java.util.Comparator.comparing(Finding::getEffectiveSeverity).reversed()
                        .thenComparing(Finding::getId)
                        .thenComparing(f -> f.detail == null ? "" : f.detail))
                .orElseThrow();
    }

    /** For a criterion the leader wrote down as not assessed, or left out of the file. */
    public static Finding notAssessed(RuleContext drools, NotAssessed criterion) {
        RuleInfo info = registry(drools).lookup(drools.getRule());
        String detail = criterion.isOmitted()
                ? criterion.getCriterion() + " is not in the self-assessment, which reads as " + Rating.NOT_ASSESSED + "."
                : criterion.getCriterion() + " is written down as " + Rating.NOT_ASSESSED + " (line "
                        + criterion.getLine() + ").";
        return new Finding(info, List.of(), null, info.severity(), false, detail, null, criterion, false, List.of());
    }

    /** The ids of findings a judgement rule collected, for the reasons it records. */
    public static List<String> ids(java.util.Collection<?> findings) {
        return findings.stream().map(f -> ((Finding) f).getId()).sorted().distinct().toList();
    }

    /** The titles of findings a judgement rule collected, each once, quoted, in id order, joined by "and". */
    public static String quotedTitles(java.util.Collection<?> findings) {
        java.util.Map<String, String> titles = new java.util.TreeMap<>();
        findings.forEach(f -> titles.put(((Finding) f).getId(), "\u201c" + ((Finding) f).getRule().title() + "\u201d"));
        return String.join(" and ", titles.values());
    }

    private static RuleRegistry registry(RuleContext drools) {
        return (RuleRegistry) drools.getKieRuntime().getGlobal(RuleRegistry.GLOBAL);
    }

    public RuleInfo getRule() {
        return rule;
    }

    public String getId() {
        return rule.id();
    }

    public Kind getKind() {
        return rule.kind();
    }

    public boolean isWeakness() {
        return rule.kind() == Kind.WEAKNESS;
    }

    public boolean isStrength() {
        return rule.kind() == Kind.STRENGTH;
    }

    public String getArea() {
        return rule.area();
    }

    public String getTheme() {
        return rule.theme();
    }

    public Severity getSeverity() {
        return rule.severity();
    }

    /** Severity after allowing for how widespread the weakness is; equal to the severity for strengths. */
    public Severity getEffectiveSeverity() {
        return effectiveSeverity;
    }

    /** A strength the leader rated exceptional: practice others could learn from. */
    public boolean isExceptional() {
        return exceptional;
    }

    /** What a whole-assessment finding compared, or null. */
    public String getDetail() {
        return detail;
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    /** The criterion left not assessed that this finding is about, or null. */
    public NotAssessed getNotAssessed() {
        return notAssessed;
    }

    /**
     * The rules whose findings were the same issue as this one and were combined into it ({@link #combined}), in name
     * order; empty for most findings.
     */
    public List<String> getAlsoFoundBy() {
        return alsoFoundBy;
    }

    /** Whether rule {@code id} found this: its own rule, or one combined into it. */
    public boolean foundBy(String id) {
        return rule.id().equals(id) || alsoFoundBy.contains(id);
    }

    /** A rating that the leader's own figures contradict: a finding about the self-evaluation's accuracy. */
    public boolean isContradiction() {
        return contradiction;
    }

    /**
     * A finding about the self-assessment as a whole rather than any answer, figure or criterion left unassessed
     * ({@link #withDetail}): the leaders' own grades set against the evidence. The judgement rules weigh it through
     * limits of their own, so it is not added into any judgement's totals.
     */
    public boolean isWholeAssessment() {
        return answers.isEmpty() && figure == null && notAssessed == null;
    }

    /** The figure a decision-table rule judged (its answer is the one figure's answer), or null. */
    public String getFigure() {
        return figure;
    }

    /**
     * How widely the finding holds, as the authority's own rating says, in a sentence a report prints beside the
     * finding's general statement: "By the authority's own rating (mostly), this holds in most of the work." Null
     * when no rating lies behind the finding (a figure, a whole-assessment finding, a criterion not assessed).
     */
    public String prevalence() {
        String reach = reach();
        return reach == null ? null : "By the authority's own rating (" + rating.id() + "), this " + reach + ".";
    }

    /**
     * How widely the finding holds, as the authority's own rating says, as the end of a sentence about it: "holds in
     * most of the work", "describes some of the work". Null when {@link #prevalence()} is.
     */
    public String reach() {
        if (rating == null || figure != null || contradiction || notAssessed != null) {
            return null;
        }
        return isWeakness() ? "describes " + rating.weaknessReach() : "holds in " + rating.strengthReach();
    }

    /** The lowest rating among the answers behind this finding (for strengths, the highest). */
    public Rating getRating() {
        return rating;
    }

    @Override
    public String toString() {
        return rule.id();
    }
}
