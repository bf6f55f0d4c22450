package uk.selfcheck.model;

import java.util.List;

/**
 * A validated self-assessment: its header as a fact, the rated answers, the criteria not assessed (written down so,
 * or left out of the file), and the grades the leaders themselves expect.
 */
public record SelfAssessment(Assessment header, List<Answer> answers, List<NotAssessed> unassessed,
                             List<SelfGrade> selfGrades) {

    /** The ids of the criteria written down as not assessed, in file order. */
    public List<String> notAssessed() {
        return unassessed.stream().filter(n -> !n.isOmitted()).map(NotAssessed::getCriterion).toList();
    }

    /** The ids of the criteria of the judgements in scope that the file leaves out, which read as not assessed. */
    public List<String> leftOut() {
        return unassessed.stream().filter(NotAssessed::isOmitted).map(NotAssessed::getCriterion).toList();
    }
}
