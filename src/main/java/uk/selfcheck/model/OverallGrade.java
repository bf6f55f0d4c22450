package uk.selfcheck.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The overall effectiveness judgement while the overall rules work on it: a starting grade, then limits. */
public final class OverallGrade {
    private Grade grade;
    private final List<Cap> caps = new ArrayList<>();
    private final String basis;

    public OverallGrade(Grade start, String basis) {
        this.grade = start;
        this.basis = basis;
    }

    /**
     * The starting point before the limiting patterns apply: the average of the judgements that count, rounded to the
     * nearest grade, and down when exactly between two (good practice must be widespread to count).
     */
    public static OverallGrade startingFrom(java.util.Collection<?> areaGrades) {
        int sum = 0;
        StringBuilder basis = new StringBuilder();
        for (Object o : areaGrades) {
            AreaGrade area = (AreaGrade) o;
            sum += area.getGrade().score();
            basis.append(basis.length() == 0 ? "" : ", ").append(area.getId()).append(' ').append(area.getGrade().id());
        }
        int count = areaGrades.size();
        int rounded = (int) Math.ceil((double) sum / count - 0.5);
        Grade start = Grade.fromScore(rounded);
        return new OverallGrade(start, "the average of " + basis + " is " + start.id());
    }

    public Grade getGrade() {
        return grade;
    }

    /** How the starting grade was reached, in words. */
    public String getBasis() {
        return basis;
    }

    public List<Cap> getCaps() {
        return Collections.unmodifiableList(caps);
    }

    public void cap(Grade limit, String rule, String reason, List<String> because) {
        caps.add(new Cap(limit, rule, reason, List.copyOf(because)));
        if (grade.isAbove(limit)) {
            grade = limit;
        }
    }

    /** Raises the grade to {@code floor} if it is lower (the only raise: the leadership exception, pattern 2). */
    public void raise(Grade floor, String rule, String reason, List<String> because) {
        caps.add(new Cap(floor, rule, reason, List.copyOf(because)));
        if (floor.isAbove(grade)) {
            grade = floor;
        }
    }

    @Override
    public String toString() {
        return "overall=" + grade.id();
    }
}
