package uk.selfcheck.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A grade that judgement rules may only lower, each time recording why. The grade is the lowest limit applied, and
 * the limits are the explanation.
 */
public abstract class LimitedGrade {
    private Grade grade;
    private final List<Cap> caps = new ArrayList<>();

    protected LimitedGrade(Grade start) {
        this.grade = start;
    }

    public Grade getGrade() {
        return grade;
    }

    /** The grade's score (inadequate 1 to outstanding 4), for rules that compare grades arithmetically. */
    public int getScore() {
        return grade.score();
    }

    public List<Cap> getCaps() {
        return Collections.unmodifiableList(caps);
    }

    /** Lowers the grade to {@code limit} if it is higher, recording why. */
    public void cap(Grade limit, String rule, String reason, List<String> because) {
        caps.add(new Cap(limit, rule, reason, List.copyOf(because)));
        if (grade.isAbove(limit)) {
            grade = limit;
        }
    }

    /**
     * Raises the grade to {@code floor} if it is lower, recording why: for a judgement that published inspections
     * show is never graded below another, whatever its own evidence. The limits below it then decide nothing.
     */
    public void atLeast(Grade floor, String rule, String reason, List<String> because) {
        if (floor.isAbove(grade)) {
            caps.add(new Cap(floor, rule, reason, List.copyOf(because)));
            grade = floor;
        }
    }

    /** Lowers the grade with a reason that names no finding. */
    public void cap(Grade limit, String rule, String reason) {
        cap(limit, rule, reason, List.of());
    }

    /** True once the rule named {@code rule} has limited this grade, for a rule that states a grade it does not lower. */
    public boolean isCappedBy(String rule) {
        return caps.stream().anyMatch(c -> c.rule().equals(rule));
    }

    /** The limits that set the final grade (the lowest ones). */
    public List<Cap> getDecidingCaps() {
        List<Cap> deciding = new ArrayList<>();
        for (Cap cap : caps) {
            if (cap.grade() == grade) {
                deciding.add(cap);
            }
        }
        return deciding;
    }
}
