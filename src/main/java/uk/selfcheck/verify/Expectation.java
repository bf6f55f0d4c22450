package uk.selfcheck.verify;

import java.util.List;
import java.util.Map;

/**
 * What a fixture must conclude, read from {@code <fixture>.expected.yaml}.
 *
 * @param judgements judgement id (or {@code overall}) to grade id, or {@code not_graded}
 * @param lines       the line each expectation was written on, keyed as {@code judgements.<id>}, {@code fires.<id>},
 *                    {@code does_not_fire.<id>}, so a failure points at the line to look at
 * @param calibration true for a fixture written from a published inspection, whose judgements are the grades Ofsted
 *                    gave: a differing prediction is a miss of the tool, counted in the agreement, not a failure
 * @param skipped     the rule ids left unchecked because an overlay disables the rule, each at its line
 */
public record Expectation(String file, Map<String, String> judgements, List<String> fires, List<String> doesNotFire,
                          String reason, Map<String, Integer> lines, boolean calibration, List<Mismatch> skipped) {
    public Expectation(String file, Map<String, String> judgements, List<String> fires, List<String> doesNotFire,
                       String reason, Map<String, Integer> lines) {
        this(file, judgements, fires, doesNotFire, reason, lines, false, List.of());
    }

    public static final String NOT_GRADED = "not_graded";
    public static final String OVERALL = "overall";

    /** True when every check the file asks for names a rule an overlay disables: nothing is left to check. */
    public boolean allSkipped() {
        return !skipped.isEmpty() && judgements.isEmpty() && fires.isEmpty() && doesNotFire.isEmpty();
    }

    public int line(String key) {
        return lines.getOrDefault(key, 1);
    }
}
