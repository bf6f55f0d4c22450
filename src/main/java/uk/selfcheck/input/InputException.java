package uk.selfcheck.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Thrown when a file the user wrote cannot be used; carries every problem found, sorted by position. */
public final class InputException extends Exception {
    private final List<InputError> errors;
    private final int omitted;

    public InputException(List<InputError> errors) {
        this(errors, 0);
    }

    /** @param omitted further errors found but not kept, once there were too many to be useful */
    public InputException(List<InputError> errors, int omitted) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).format());
        List<InputError> sorted = new ArrayList<>(errors);
        Collections.sort(sorted);
        this.errors = Collections.unmodifiableList(sorted);
        this.omitted = omitted;
    }

    public InputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }

    public int omitted() {
        return omitted;
    }
}
