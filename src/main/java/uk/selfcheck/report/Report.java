package uk.selfcheck.report;

import uk.selfcheck.model.Evaluation;

/** One output format of {@code selfcheck check}. Every format renders the same {@link Evaluation}. */
public interface Report {
    String render(Evaluation evaluation);
}
