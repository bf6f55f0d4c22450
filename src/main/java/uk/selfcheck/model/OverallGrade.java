package uk.selfcheck.model;

/** The overall effectiveness judgement while the overall rules work on it: a starting grade, then limits. */
public final class OverallGrade extends LimitedGrade {
    private final String basis;

    public OverallGrade(Grade start, String basis) {
        super(start);
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


    /** How the starting grade was reached, in words. */
    public String getBasis() {
        return basis;
    }




    @Override
    public String toString() {
        return "overall=" + getGrade().id();
    }
}
