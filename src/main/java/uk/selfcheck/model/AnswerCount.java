package uk.selfcheck.model;

/**
 * How many criteria of one theme of a criteria area the self-assessment answers, inserted beside the answers so that
 * the judgement rules count answers without matching them: a re-grading with other numbers then needs no answer at
 * all. By theme, so that a focused visit counts only the themes it looks at.
 */
public record AnswerCount(String area, String theme, int count) {
    public String getArea() {
        return area;
    }

    public String getTheme() {
        return theme;
    }

    public int getCount() {
        return count;
    }
}
