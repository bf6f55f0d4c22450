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
 * the findings gained and lost, and those found both times whose severity or prevalence moved. Findings are matched
 * by rule: a weakness resolved is a rule that no longer fires.
 *
 * @param changed  findings of a rule that fires both times whose effective severity or rating moved (a weakness from
 *                 high to medium, a strength no longer exceptional), most severe first
 * @param warnings what makes the comparison doubtful: two different authorities, or OLD dated after NEW
 */
public record YearOnYear(Evaluation before, Evaluation after, List<GradeChange> grades, List<Finding> resolved,
                         List<Finding> newWeaknesses, List<Finding> strengthsGained, List<Finding> strengthsLost,
                         List<FindingChange> changed, List<String> warnings) {

    /** A rule that fires both times, with its finding then and now. */
    public record FindingChange(Finding before, Finding after) {
        public boolean severityMoved() {
            return before.getEffectiveSeverity() != after.getEffectiveSeverity();
        }

        public boolean ratingMoved() {
            return before.getRating() != after.getRating();
        }

        /** Better when a weakness grew less severe or less widespread, or a strength more widespread. */
        public boolean better() {
            if (after.isWeakness()) {
                return severityMoved() ? after.getEffectiveSeverity().compareTo(before.getEffectiveSeverity()) < 0
                        : after.getRating().compareTo(before.getRating()) > 0;
            }
            return after.getRating().compareTo(before.getRating()) > 0;
        }
    }

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
                missing(after.strengths(), before.strengths()), missing(before.strengths(), after.strengths()),
                changed(before.findings(), after.findings()), warnings(before, after));
    }

    /** Rules found both times whose severity or rating moved, most severe now first, then by rule. */
    private static List<FindingChange> changed(List<Finding> before, List<Finding> after) {
        Map<String, Finding> then = firstByRule(before);
        List<FindingChange> changes = new ArrayList<>();
        firstByRule(after).forEach((id, now) -> {
            Finding was = then.get(id);
            if (was != null && was.getRating() != null && now.getRating() != null) {
                FindingChange change = new FindingChange(was, now);
                if (change.severityMoved() || change.ratingMoved()) {
                    changes.add(change);
                }
            }
        });
        changes.sort(Comparator.comparing((FindingChange c) -> c.after().getEffectiveSeverity()).reversed()
                .thenComparing(c -> c.after().getId()));
        return List.copyOf(changes);
    }

    private static Map<String, Finding> firstByRule(List<Finding> findings) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.putIfAbsent(f.getId(), f));
        return byId;
    }

    private static List<String> warnings(Evaluation before, Evaluation after) {
        List<String> warnings = new ArrayList<>();
        String then = before.assessment().authority();
        String now = after.assessment().authority();
        if (!normal(then).equals(normal(now))) {
            warnings.add("the two files are about different authorities, " + then + " and " + now
                    + ": a comparison shows progress only between two self-assessments of one authority");
        }
        String thenDate = before.assessment().date();
        String nowDate = after.assessment().date();
        if (thenDate != null && nowDate != null && thenDate.compareTo(nowDate) > 0) {
            warnings.add("the earlier file (OLD) is dated " + thenDate + ", after the later file (NEW), dated "
                    + nowDate + ": give the older self-assessment first");
        }
        return List.copyOf(warnings);
    }

    private static String normal(String authority) {
        return authority == null ? "" : authority.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
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
                && newWeaknesses.isEmpty() && strengthsGained.isEmpty() && strengthsLost.isEmpty()
                && changed.isEmpty();
    }
}
