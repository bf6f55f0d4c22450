package uk.selfcheck.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything a check concluded: the grade of each judgement area with its reasons, the overall judgement where
 * one is due, and every finding. Findings are in report order: by judgement, theme, strengths before weaknesses.
 *
 * @param overall       null when no overall judgement is due or an area could not be graded
 * @param overallAbsent why there is no overall judgement, or null
 * @param notAssessed   the criteria written down as not assessed, sorted
 * @param leftOut       the criteria of the judgements in scope that the file leaves out, sorted: they read as not
 *                      assessed
 * @param pack          the rule pack and overlays that produced it
 * @param scope         the criteria themes the judgements weigh (a focused visit's), everything for an inspection
 * @param setAside      findings a rule found and a later rule set aside, with nothing in their place (a rating that
 *                      its own figure contradicts; leaders' claim to know their service that their own grades
 *                      contradict), in the order they were set aside
 */
public record Evaluation(Assessment assessment, Framework framework, PackIdentity pack, List<AreaResult> areas,
                         OverallGrade overall, String overallAbsent, List<Finding> findings,
                         List<String> notAssessed, List<String> leftOut, VisitScope scope, List<SetAside> setAside) {

    /**
     * A finding its rule made that is not counted, because a later rule set it aside.
     *
     * @param finding the finding as its rule made it
     * @param byRule  the name of the rule that set it aside, which says why in words
     */
    public record SetAside(Finding finding, String byRule) {
    }

    /** The findings of this rule that were set aside, none when it fired and counted or did not fire. */
    public List<SetAside> setAsideOf(String ruleId) {
        return setAside.stream().filter(s -> s.finding().foundBy(ruleId)).toList();
    }

    /** Whether the rule made a finding, counted or set aside by a later rule. */
    public boolean fired(String ruleId) {
        return findings.stream().anyMatch(f -> f.foundBy(ruleId)) || !setAsideOf(ruleId).isEmpty();
    }

    /**
     * Whether a finding weighs in its judgement: false for a focused visit's finding outside the themes it looks at,
     * which is reported but not weighed.
     */
    public boolean weighs(Finding finding) {
        return scope.weighs(finding);
    }

    /** One judgement's outcome. */
    public record AreaResult(Judgement judgement, AreaGrade grade, AreaTotals totals) {
        public Optional<Grade> predicted() {
            return grade.isGraded() ? Optional.of(grade.getGrade()) : Optional.empty();
        }
    }

    public Optional<AreaResult> area(String judgementId) {
        return areas.stream().filter(a -> a.judgement().id().equals(judgementId)).findFirst();
    }

    public List<Finding> strengths() {
        return findings.stream().filter(Finding::isStrength).toList();
    }

    public List<Finding> weaknesses() {
        return findings.stream().filter(Finding::isWeakness).toList();
    }

    /**
     * Weaknesses most serious first: what to fix first. A focused visit's weaknesses outside the themes it looks at
     * come after those it weighs, whatever their severity: they do not move its indicative grades.
     */
    public List<Finding> improvements() {
        return findings.stream().filter(Finding::isWeakness)
                .sorted(java.util.Comparator.comparing((Finding f) -> !weighs(f))
                        .thenComparing(Finding::getEffectiveSeverity, java.util.Comparator.reverseOrder())
                        .thenComparing(Finding::getId))
                .toList();
    }
}
