package uk.selfcheck.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The grade of one judgement area while the judgement rules work on it. It starts at outstanding and each grade
 * descriptor that is not met lowers it ({@link #cap}), so the grade is the lowest limit any rule applied and every
 * limit is kept as a reason.
 */
public final class AreaGrade {
    private final Judgement judgement;
    private final boolean indicative;
    private Grade grade = Grade.OUTSTANDING;
    private boolean graded = true;
    private String ungradedReason;
    private final List<Cap> caps = new ArrayList<>();

    public AreaGrade(Judgement judgement, boolean indicative) {
        this.judgement = judgement;
        this.indicative = indicative;
    }

    public Judgement getJudgement() {
        return judgement;
    }

    public String getId() {
        return judgement.id();
    }

    public String getRole() {
        return judgement.role();
    }

    public boolean isPractice() {
        return judgement.isPractice();
    }

    public boolean isLeadership() {
        return judgement.isLeadership();
    }

    /** The criteria areas whose findings this judgement weighs. */
    public java.util.List<String> getAreas() {
        return judgement.areas();
    }

    public boolean covers(String area) {
        return judgement.covers(area);
    }

    /** True when the grade is only indicative: a focused visit gives no grade. */
    public boolean isIndicative() {
        return indicative;
    }

    public Grade getGrade() {
        return grade;
    }

    /** The grade's score (inadequate 1 to outstanding 4), for rules that compare grades arithmetically. */
    public int getScore() {
        return grade.score();
    }

    public boolean isGraded() {
        return graded;
    }

    public String getUngradedReason() {
        return ungradedReason;
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

    public void cap(Grade limit, String rule, String reason) {
        cap(limit, rule, reason, List.of());
    }

    /** Too little was assessed to grade this area. */
    public void markUngraded(String reason) {
        graded = false;
        ungradedReason = reason;
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

    @Override
    public String toString() {
        return getId() + "=" + (graded ? grade.id() : "ungraded");
    }
}
