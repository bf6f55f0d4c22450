package uk.selfcheck.model;

/**
 * How many criteria of one criteria area the self-assessment answers, inserted beside the answers so that the
 * judgement rules count answers without matching them: a re-grading with other numbers then needs no answer at all.
 */
public record AnswerCount(String area, int count) {
    public String getArea() {
        return area;
    }

    public int getCount() {
        return count;
    }
}
