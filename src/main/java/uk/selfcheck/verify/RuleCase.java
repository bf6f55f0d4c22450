package uk.selfcheck.verify;

import java.util.List;
import uk.selfcheck.model.SelfAssessment;

/** One case of a per-rule cases file: a few answers, and the rules they must and must not fire. */
public record RuleCase(String file, String name, int line, SelfAssessment assessment, Expectation expectation) {
    public String label() {
        return file + "#" + name;
    }

    public List<String> fires() {
        return expectation.fires();
    }
}
