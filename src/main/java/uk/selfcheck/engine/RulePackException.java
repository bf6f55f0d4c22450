package uk.selfcheck.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.selfcheck.input.InputError;

/** A rule pack that cannot be used: every problem, as {@code file:line:column: message}. */
public final class RulePackException extends Exception {
    private final List<InputError> problems;

    public RulePackException(List<InputError> problems) {
        super(problems.isEmpty() ? "broken rule pack" : problems.get(0).format());
        List<InputError> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        this.problems = Collections.unmodifiableList(sorted);
    }

    public List<InputError> problems() {
        return problems;
    }
}
