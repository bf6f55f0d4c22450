package uk.selfcheck.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.rule.ConsequenceException;

/** Names the rule behind an exception thrown while the rules run, so a pack author knows which rule to fix. */
final class RuleFailures {
    /** Drools names the rule of a failing condition as {@code [Rule "name" in file]}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \\\\?\"([^\"\\\\]+)\\\\?\"");

    private RuleFailures() {
    }

    static EvaluationException toEvaluationException(Throwable e, String phase, String lastFired) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                String rule = consequence.getMatch().getRule().getName();
                return new EvaluationException(rule, "rule " + rule + " failed in its actions (then): "
                        + describe(rootCause(consequence)));
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                String rule = m.group(1);
                return new EvaluationException(rule, "rule " + rule + " failed in its conditions (when): "
                        + describe(rootCause(e)));
            }
        }
        if (e instanceof StackOverflowError) {
            return new EvaluationException(lastFired, "the rules recursed without end in the " + phase
                    + " phase; the rule running was " + lastFired);
        }
        if (e instanceof OutOfMemoryError) {
            return new EvaluationException(lastFired, "the rules ran out of memory in the " + phase + " phase; the "
                    + "rule running was " + lastFired + " (it, or a rule before it, keeps too many facts or matches)");
        }
        return new EvaluationException(lastFired, "the rules failed in the " + phase + " phase; the rule running "
                + "was " + lastFired + ": " + describe(rootCause(e)));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + message;
    }
}
