package uk.selfcheck.model;

import java.util.List;

/**
 * A validated self-assessment: its header as a fact, the rated answers, the criteria left not assessed, and the
 * grades the leaders themselves expect.
 */
public record SelfAssessment(Assessment header, List<Answer> answers, List<String> notAssessed,
                             List<SelfGrade> selfGrades) {
}
