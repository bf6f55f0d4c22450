package uk.selfcheck.model;

import java.util.List;

/**
 * One limit a judgement rule placed on a grade, with the reason in words and the findings or grades behind it.
 *
 * @param rule the judgement rule that applied the limit
 */
public record Cap(Grade grade, String rule, String reason, List<String> because) {
}
