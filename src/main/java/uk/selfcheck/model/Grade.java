package uk.selfcheck.model;

import java.util.Arrays;
import java.util.Optional;

/** The four-point scale of every Ofsted judgement, declared from worst to best. */
public enum Grade {
    INADEQUATE("inadequate", "Inadequate"),
    REQUIRES_IMPROVEMENT("requires_improvement", "Requires improvement to be good"),
    GOOD("good", "Good"),
    OUTSTANDING("outstanding", "Outstanding");

    private final String id;
    private final String label;

    Grade(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The grade as it reads inside a sentence: "requires improvement to be good". */
    public String words() {
        return label.toLowerCase(java.util.Locale.ROOT);
    }

    /** Score used when averaging grades: inadequate 1 to outstanding 4. */
    public int score() {
        return ordinal() + 1;
    }

    public static Grade fromScore(int score) {
        return values()[Math.max(1, Math.min(4, score)) - 1];
    }

    public Grade oneBetter() {
        return this == OUTSTANDING ? this : values()[ordinal() + 1];
    }

    public Grade oneWorse() {
        return this == INADEQUATE ? this : values()[ordinal() - 1];
    }

    public boolean isAbove(Grade other) {
        return compareTo(other) > 0;
    }

    public static Grade worst(Grade a, Grade b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Optional<Grade> fromId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }
}
