package uk.selfcheck.model;

/**
 * The grade of one judgement area while the judgement rules work on it. It starts at outstanding and each grade
 * descriptor that is not met lowers it ({@link #cap}), so the grade is the lowest limit any rule applied and every
 * limit is kept as a reason.
 */
public final class AreaGrade extends LimitedGrade {
    private final Judgement judgement;
    private final boolean indicative;
    private boolean graded = true;
    private String ungradedReason;

    public AreaGrade(Judgement judgement, boolean indicative) {
        super(Grade.OUTSTANDING);
        this.judgement = judgement;
        this.indicative = indicative;
    }

    public Judgement getJudgement() {
        return judgement;
    }

    public String getId() {
        return judgement.id();
    }

    /** The judgement and its grade in words, for reasons: "the experiences and progress of care leavers (good)". */
    public String getInWords() {
        return judgement.inSentence() + " (" + getGrade().words() + ")";
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



    public boolean isGraded() {
        return graded;
    }

    public String getUngradedReason() {
        return ungradedReason;
    }



    /** Too little was assessed to grade this area. */
    public void markUngraded(String reason) {
        graded = false;
        ungradedReason = reason;
    }


    @Override
    public String toString() {
        return getId() + "=" + (graded ? getGrade().id() : "ungraded");
    }
}
