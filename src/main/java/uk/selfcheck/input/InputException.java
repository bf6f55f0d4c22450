package uk.selfcheck.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Thrown when a file the user wrote cannot be used; carries every problem found, sorted by position. */
public final class InputException extends Exception {
    private final List<InputError> errors;

    public InputException(List<InputError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).format());
        List<InputError> sorted = new ArrayList<>(errors);
        Collections.sort(sorted);
        this.errors = Collections.unmodifiableList(sorted);
    }

    public InputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
