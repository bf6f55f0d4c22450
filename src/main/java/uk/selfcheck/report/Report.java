package uk.selfcheck.report;

import uk.selfcheck.model.Evaluation;

/** One output format of {@code selfcheck check}. Every format renders the same {@link Evaluation}. */
public interface Report {
    String render(Evaluation evaluation);

    /**
     * What every human-readable format says of the criteria the file leaves out: how many, and that they read as not
     * assessed. Only the JSON report lists them: a partial file would otherwise end in a page of identifiers.
     */
    static String leftOut(Evaluation e) {
        int n = e.leftOut().size();
        return "Left out of the file: " + n + (n == 1 ? " criterion" : " criteria") + " of the judgements in scope, "
                + "which read as not assessed (the JSON report lists them; 'selfcheck init' writes a template with "
                + "every criterion).";
    }
}
