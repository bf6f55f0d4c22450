package uk.selfcheck.verify.output;

import uk.selfcheck.engine.DisabledRule;
import uk.selfcheck.verify.Verification;

/** One output format of {@code selfcheck verify}. Every format renders the same {@link Verification}. */
public interface VerifyOutput {
    String render(Verification verification);

    /** What the formats that annotate the overlay's line say of a rule it disables. */
    static String disabledNotice(String ruleId, DisabledRule where) {
        return where.why(ruleId) + ": it finds nothing, and no fixture checks it.";
    }

    /**
     * The formats {@code --format} accepts, by the name users type. Each output is made only when chosen: the JSON
     * formats' object mapper takes some 100 ms to load and build, which a text run should not wait for while picocli
     * lists the choices.
     */
    enum Format {
        text, json, junit, sarif, github;

        public VerifyOutput output() {
            switch (this) {
                case json: return new JsonOutput();
                case junit: return new JunitOutput();
                case sarif: return new SarifOutput();
                case github: return new GithubOutput();
                default: return new TextOutput();
            }
        }
    }
}
