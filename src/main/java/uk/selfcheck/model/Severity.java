package uk.selfcheck.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How much a finding weighs. For a weakness the level it finally counts at also depends on how widespread it is
 * (see {@link Rating#weaknessShift()}): a high weakness that is widespread counts as critical.
 */
public enum Severity {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Severity shifted(int steps) {
        int level = Math.max(0, Math.min(values().length - 1, ordinal() + steps));
        return values()[level];
    }

    public static Optional<Severity> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
