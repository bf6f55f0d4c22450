package uk.selfcheck;

import java.nio.file.Path;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackException;
import uk.selfcheck.engine.RulePackLoader;

/** The shipped rule pack, compiled once for the whole test run. */
public final class ShippedPack {
    public static final Path RULES = Path.of("rules");
    public static final Path FIXTURES = Path.of("fixtures");
    private static RulePack pack;

    private ShippedPack() {
    }

    public static synchronized RulePack get() {
        if (pack == null) {
            try {
                pack = RulePackLoader.loadShared(RULES);
            } catch (RulePackException e) {
                throw new AssertionError("the shipped pack is broken:\n" + String.join("\n",
                        e.problems().stream().map(p -> p.format()).toList()));
            }
        }
        return pack;
    }
}
