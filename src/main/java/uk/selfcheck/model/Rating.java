package uk.selfcheck.model;

import java.util.List;
import java.util.Optional;

/**
 * How widely a criterion holds, in the inspectors' own language of prevalence.
 * Declared from worst to best so that rules can compare ratings ({@code rating <= Rating.INCONSISTENTLY}).
 * {@code not_assessed} is deliberately not a constant: an unassessed criterion inserts no {@link Answer}.
 */
public enum Rating {
    RARELY("rarely", "Seldom true: most children are affected ('rarely', 'not routinely', 'little or no', 'most do not')."),
    INCONSISTENTLY("inconsistently", "Variable: true for some children but not others ('variable', 'not always', 'some', 'too many do not')."),
    MOSTLY("mostly", "True for most children, with a small number of exceptions ('most', 'the majority', 'in the main')."),
    CONSISTENTLY("consistently", "Consistently true: almost all children ('consistently', 'routinely', 'almost all')."),
    EXCEPTIONAL("exceptional", "Consistently true, with exceptional or innovative practice that others could learn from.");

    /** The answer a leader gives when a criterion has not been looked at. */
    public static final String NOT_ASSESSED = "not_assessed";
    private static final Rating[] ALL = values();
    /** Made once: every answer of every file read is checked against it. */
    private static final List<String> ALLOWED = allowed();

    private final String id;
    private final String meaning;

    Rating(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    public String meaning() {
        return meaning;
    }

    /** Every value a leader may write, best first, including {@code not_assessed}. */
    public static List<String> allowedValues() {
        return ALLOWED;
    }

    private static List<String> allowed() {
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        for (int i = ALL.length - 1; i >= 0; i--) {
            ids.add(ALL[i].id);
        }
        ids.add(NOT_ASSESSED);
        return List.copyOf(ids);
    }

    public static Optional<Rating> fromId(String id) {
        for (Rating rating : ALL) {
            if (rating.id.equals(id)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }

    /**
     * How much of the work a weakness found at this rating describes, in words: where the criterion's good practice
     * falls short. A weakness rule fires at {@code mostly} and below.
     */
    public String weaknessReach() {
        switch (this) {
            case RARELY: return "most of the work";
            case INCONSISTENTLY: return "some of the work";
            case MOSTLY: return "a small part of the work";
            default: return "little or none of the work";
        }
    }

    /** How much of the work a strength found at this rating describes (a strength rule fires at mostly and up). */
    public String strengthReach() {
        switch (this) {
            case EXCEPTIONAL: return "almost all of the work, with exceptional or innovative practice";
            case CONSISTENTLY: return "almost all of the work";
            case MOSTLY: return "most of the work";
            default: return "some of the work";
        }
    }

    /** Prevalence shift applied to a weakness's severity: widespread shortfalls weigh more. */
    public int weaknessShift() {
        switch (this) {
            case RARELY: return 1;
            case INCONSISTENTLY: return 0;
            default: return -1;
        }
    }
}
