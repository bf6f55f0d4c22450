package uk.selfcheck.analysis;

import java.util.List;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.SelfAssessment;

/** The changes to a self-assessment after which one weakness no longer fires, found by re-running the rules. */
public record Resolution(Finding weakness, List<Change> changes) {

    SelfAssessment applyTo(SelfAssessment assessment) {
        SelfAssessment changed = assessment;
        for (Change change : changes) {
            changed = change.applyTo(changed);
        }
        return changed;
    }
}
