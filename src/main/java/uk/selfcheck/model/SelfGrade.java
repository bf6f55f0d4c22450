package uk.selfcheck.model;

/** The grade the leaders themselves expect for a judgement area, if they stated one. */
public record SelfGrade(String judgement, Grade grade, int line) {
    /** The grade's score, so rules can compare without reaching into this fact from another pattern. */
    public int getScore() {
        return grade.score();
    }
}
