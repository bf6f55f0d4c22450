package uk.selfcheck.model;

import java.util.List;

/**
 * A judgement area of a framework as configured in pack.yaml, e.g. 'children_in_care', which may draw on the findings
 * of several criteria areas (under ILACS 2018 children in care and care leavers are one judgement).
 *
 * @param role {@code practice}, {@code leadership}, {@code sub-judgement} (graded as part of a practice judgement, as
 *             SIF's adoption and care leavers are of children looked after, and outside the overall judgement), or
 *             {@code separate} (graded but outside the overall judgement, as SIF's review of the LSCB)
 */
public record Judgement(String id, String title, String role, List<String> areas) {
    public static final String PRACTICE = "practice";
    public static final String LEADERSHIP = "leadership";
    public static final String SUB_JUDGEMENT = "sub-judgement";
    public static final String SEPARATE = "separate";

    public boolean isPractice() {
        return PRACTICE.equals(role);
    }

    public boolean isLeadership() {
        return LEADERSHIP.equals(role);
    }

    /** Whether this judgement counts towards the overall effectiveness judgement. */
    public boolean countsTowardsOverall() {
        return PRACTICE.equals(role) || LEADERSHIP.equals(role);
    }

    public boolean covers(String area) {
        return areas.contains(area);
    }

    /** The title as it reads inside a sentence: "the experiences and progress of care leavers". */
    public String inSentence() {
        return title.length() > 1 && Character.isUpperCase(title.charAt(0)) && !Character.isUpperCase(title.charAt(1))
                ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title;
    }
}
