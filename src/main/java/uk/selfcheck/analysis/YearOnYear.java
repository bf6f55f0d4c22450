package uk.selfcheck.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Grade;

/**
 * Progress between two self-assessments of one authority, say a year apart: each judgement's grade then and now,
 * and the findings gained and lost. Findings are matched by rule: a weakness resolved is a rule that no longer fires.
 */
public record YearOnYear(Evaluation before, Evaluation after, List<GradeChange> grades, List<Finding> resolved,
                         List<Finding> newWeaknesses, List<Finding> strengthsGained, List<Finding> strengthsLost) {

    public static final String OVERALL = "overall";

    /** @param before null when the judgement was not predicted then (not graded, or not in that framework) */
    public record GradeChange(String judgement, String title, Grade before, Grade after) {
        public String movement() {
            if (before == null || after == null) {
                return before == after ? "not graded" : before == null ? "newly graded" : "no longer graded";
            }
            return after.isAbove(before) ? "improved" : before.isAbove(after) ? "declined" : "unchanged";
        }
    }

    public static YearOnYear of(Evaluation before, Evaluation after) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Evaluation e : List.of(after, before)) {
            for (Evaluation.AreaResult area : e.areas()) {
                titles.putIfAbsent(area.judgement().id(), area.judgement().title());
            }
        }
        List<GradeChange> grades = new ArrayList<>();
        titles.forEach((id, title) -> grades.add(new GradeChange(id, title, grade(before, id), grade(after, id))));
        if (before.overall() != null || after.overall() != null) {
            grades.add(new GradeChange(OVERALL, "Overall effectiveness", grade(before, OVERALL), grade(after, OVERALL)));
        }
        return new YearOnYear(before, after, grades,
                missing(before.weaknesses(), after.weaknesses()), missing(after.weaknesses(), before.weaknesses()),
                missing(after.strengths(), before.strengths()), missing(before.strengths(), after.strengths()));
    }

    private static Grade grade(Evaluation e, String judgement) {
        if (OVERALL.equals(judgement)) {
            return e.overall() == null ? null : e.overall().getGrade();
        }
        return e.area(judgement).flatMap(Evaluation.AreaResult::predicted).orElse(null);
    }

    /** Findings of {@code from} whose rule does not fire in {@code in}, each rule once, most severe first. */
    private static List<Finding> missing(List<Finding> from, List<Finding> in) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        for (Finding f : from) {
            if (in.stream().noneMatch(g -> g.getId().equals(f.getId()))) {
                byId.putIfAbsent(f.getId(), f);
            }
        }
        List<Finding> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(Finding::getEffectiveSeverity).reversed().thenComparing(Finding::getId));
        return list;
    }

    /** Whether anything at all changed. */
    public boolean unchanged() {
        return grades.stream().allMatch(g -> g.before() == g.after()) && resolved.isEmpty()
                && newWeaknesses.isEmpty() && strengthsGained.isEmpty() && strengthsLost.isEmpty();
    }
}
