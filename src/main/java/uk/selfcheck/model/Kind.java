package uk.selfcheck.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a finding is something the authority does well or something it must improve. */
public enum Kind {
    STRENGTH("strength"),
    WEAKNESS("weakness");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Kind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
