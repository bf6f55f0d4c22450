package uk.selfcheck.model;

import java.util.List;

/**
 * The header of a self-assessment, inserted as a fact so rules can ask which framework and scope apply.
 *
 * @param focusedVisit true when the self-check prepares for a focused visit, which gives no grade
 * @param visitTheme   the focused visit's theme, or null
 * @param judgements   the judgement ids being graded (all of the framework's, or the focused visit's)
 * @param overall      whether an overall effectiveness judgement is due (the framework has one; not a focused visit)
 */
public record Assessment(String file, String authority, String date, String framework, boolean focusedVisit,
                         String visitTheme, List<String> judgements, boolean overall) {
    public boolean isOverall() {
        return overall;
    }

    /** The judgements being graded, for rules that apply only within the scope: {@code judgements contains "x"}. */
    public List<String> getJudgements() {
        return judgements;
    }
}
