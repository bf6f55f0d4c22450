package uk.selfcheck.model;

/** The grade the leaders themselves expect for a judgement area, if they stated one. */
public record SelfGrade(String judgement, Grade grade, int line) {
}
