package uk.selfcheck.model;

import java.util.List;

/**
 * A validated self-assessment: its header as a fact, the rated answers, the criteria written down as not assessed,
 * and the grades the leaders themselves expect.
 */
public record SelfAssessment(Assessment header, List<Answer> answers, List<NotAssessed> unassessed,
                             List<SelfGrade> selfGrades) {

    /** The ids of the criteria written down as not assessed, in file order. */
    public List<String> notAssessed() {
        return unassessed.stream().map(NotAssessed::getCriterion).toList();
    }
}
