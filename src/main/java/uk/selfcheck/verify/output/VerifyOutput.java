package uk.selfcheck.verify.output;

import uk.selfcheck.verify.Verification;

/** One output format of {@code selfcheck verify}. Every format renders the same {@link Verification}. */
public interface VerifyOutput {
    String render(Verification verification);

    /** The formats {@code --format} accepts, by the name users type. */
    enum Format {
        text(new TextOutput()),
        json(new JsonOutput()),
        junit(new JunitOutput()),
        sarif(new SarifOutput()),
        github(new GithubOutput());

        private final VerifyOutput output;

        Format(VerifyOutput output) {
            this.output = output;
        }

        public VerifyOutput output() {
            return output;
        }
    }
}
