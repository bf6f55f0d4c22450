package uk.selfcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.SelfGrade;

/**
 * The messages a leader gets for the slips people make writing a self-assessment by hand: each names the line, the
 * field and what to type, and nothing written is dropped or reversed without a word.
 */
class SelfAssessmentMessagesTest {
    private static final String HEAD = "authority: Exampleshire\ndate: 2025-03-31\n";
    private static final String CASELOADS = "answers:\n  leadership:\n    workforce_and_caseloads:\n"
            + "      caseloads_manageable:\n        rating: mostly\n";
    private static final String ANSWER = "answers.leadership.workforce_and_caseloads.caseloads_manageable";

    @TempDir
    Path dir;

    private SelfAssessmentReader.Result read(String yaml) throws IOException, InputException {
        Path file = dir.resolve("sa.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return new SelfAssessmentReader(ShippedPack.get().manifest(), ShippedPack.get().catalog(),
                LocalDate.of(2026, 1, 1)).readWithWarnings(file, "sa.yaml");
    }

    /** The only error, formatted as the command prints it. */
    private String refusal(String yaml) {
        List<InputError> errors = assertThrows(InputException.class, () -> read(yaml)).errors();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0).format();
    }

    private List<String> warnings(String yaml) throws IOException, InputException {
        return read(yaml).warnings().stream().map(InputError::formatWarning).toList();
    }

    @Test
    void aColonInAnUnquotedTextIsNamedWithTheQuotedText() {
        assertEquals("sa.yaml:8:35: " + ANSWER + ".evidence: not valid YAML: the text of 'evidence' contains a colon "
                + "followed by a space (': '), which YAML reads as the start of another key; put the whole text in "
                + "double quotes: evidence: \"Audit in January: 19 on average\"",
                refusal(HEAD + CASELOADS + "        evidence: Audit in January: 19 on average\n"));
    }

    @Test
    void anApostropheInsideSingleQuotesIsNamed() {
        assertEquals("sa.yaml:8:19: " + ANSWER + ".evidence: not valid YAML: the text of 'evidence' is in single "
                + "quotes and contains an apostrophe, which ends the text early; write the apostrophe twice ('') or "
                + "put the text in double quotes: evidence: \"The children's views were heard\"",
                refusal(HEAD + CASELOADS + "        evidence: 'The children's views were heard'\n"));
    }

    @Test
    void aKeyOneSpaceShortIsNamedOnItsOwnLineWithTheIndentExpected() {
        assertEquals("sa.yaml:8:8: " + ANSWER + ".evidence: not valid YAML: 'evidence' is indented 7 spaces, which "
                + "lines up with no key above it; indent it 8 spaces, as 'rating' on line 7 is (or 6 spaces, as "
                + "'caseloads_manageable' on line 6 is)",
                refusal(HEAD + CASELOADS + "       evidence: \"Audit in January\"\n"));
        assertEquals("sa.yaml:7:6: answers.leadership.workforce_and_caseloads.workforce_stable: not valid YAML: "
                + "'workforce_stable' is indented 5 spaces, which lines up with no key above it; indent it 6 spaces, "
                + "as 'caseloads_manageable' on line 6 is (or 4 spaces, as 'workforce_and_caseloads' on line 5 is)",
                refusal(HEAD + "answers:\n  leadership:\n    workforce_and_caseloads:\n"
                        + "      caseloads_manageable: mostly\n     workforce_stable: rarely\n"));
    }

    @Test
    void aKeyIndentedPastTheOneAboveIsNamedToo() {
        assertEquals("sa.yaml:8:10: " + ANSWER + ".evidence: not valid YAML: 'evidence' is indented 9 spaces, "
                + "further than 'rating' on line 7, so YAML reads it as part of that line's value; indent it 8 "
                + "spaces, as 'rating' is", refusal(HEAD + CASELOADS + "         evidence: \"Audit in January\"\n"));
    }

    @Test
    void aTabAfterAColonIsNotCalledIndentation() {
        assertEquals("sa.yaml:2:6: date: not valid YAML: a tab was found after the colon of 'date'; YAML needs a "
                + "space there: replace the tab with a space", refusal("authority: Exampleshire\ndate:\t2025-03-31\n"
                + CASELOADS));
        assertEquals("sa.yaml:4:1: answers: not valid YAML: a tab character is used for indentation; indent with "
                + "spaces", refusal(HEAD + "answers:\n\tleadership:\n"));
    }

    @Test
    void aDateInTheRightShapeThatDoesNotExistIsNamedAsSuch() throws Exception {
        assertEquals("sa.yaml:2:7: date: '2025-02-30' is not a date: February 2025 has no 30th day (it has 28 "
                + "days)", refusal("authority: Exampleshire\ndate: 2025-02-30\n" + CASELOADS));
        assertEquals("sa.yaml:2:7: date: '2025-04-31' is not a date: April 2025 has no 31st day (it has 30 days)",
                refusal("authority: Exampleshire\ndate: 2025-04-31\n" + CASELOADS));
        assertEquals("sa.yaml:2:7: date: '2025-13-01' has no month 13; months run from 01 to 12 (YYYY-MM-DD)",
                refusal("authority: Exampleshire\ndate: 2025-13-01\n" + CASELOADS));
        assertEquals("sa.yaml:2:7: date: '31/03/2025' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31",
                refusal("authority: Exampleshire\ndate: 31/03/2025\n" + CASELOADS));
        assertEquals("2024-02-29", read("authority: Exampleshire\ndate: 2024-02-29\n" + CASELOADS).assessment()
                .header().date(), "a leap day is a date");
    }

    @Test
    void aTextCutAtAHashIsWarnedAboutAndNothingElseIs() throws Exception {
        SelfAssessmentReader.Result cut = read(HEAD + CASELOADS + "        evidence: Team #3 is above 25\n");
        assertEquals(List.of("sa.yaml:8:19: warning: " + ANSWER + ".evidence: the text stops before ' #': YAML reads "
                + "'#3 is above 25' as a comment, so it is not part of the evidence; if it belongs to the text, put "
                + "the whole text in double quotes"), cut.warnings().stream().map(InputError::formatWarning).toList());
        Answer answer = cut.assessment().answers().get(0);
        assertEquals("Team", answer.getEvidence(), "read as YAML reads it, and said so");
        assertEquals(List.of(), warnings(HEAD + CASELOADS + "        evidence: \"Team #3 is above 25\"  # a note\n"));
        assertEquals(List.of(), warnings(HEAD + CASELOADS + "        evidence: Team 3 is above 25\n"));
        assertEquals(List.of(), warnings(HEAD + CASELOADS + "        evidence: Team#3 is above 25\n"),
                "a '#' without a space before it is part of the text");
    }

    @Test
    void theTemplatesAuthorityNameIsWarnedAbout() throws Exception {
        assertEquals(List.of("sa.yaml:1:12: warning: authority: 'Name of the local authority' is the template's "
                        + "placeholder; write your authority's name here, as it should appear in the report"),
                warnings("authority: \"Name of the local authority\"\ndate: 2025-03-31\n" + CASELOADS));
        assertEquals(List.of(), warnings(HEAD + CASELOADS));
    }

    @Test
    void aPercentageWrittenAsAFractionIsRefusedWithThePercentageToWrite() throws Exception {
        String turnover = HEAD + "answers:\n  leadership:\n    workforce_and_caseloads:\n      workforce_stable:\n"
                + "        rating: mostly\n        figures:\n          social_worker_turnover: ";
        assertEquals("sa.yaml:9:35: answers.leadership.workforce_and_caseloads.workforce_stable.figures."
                + "social_worker_turnover: social_worker_turnover = 0.22 looks like a fraction, but this figure is a "
                + "percentage (Social worker turnover in the last 12 months, as a percentage of social workers): "
                + "write 22 for 22%", refusal(turnover + "0.22\n"));
        assertEquals("write 7.5 for 7.5%", refusal(turnover + "0.075\n").replaceAll(".*: ", ""));
        for (String whole : List.of("0", "1", "22", "22.5", "100")) {
            assertEquals(Double.parseDouble(whole), read(turnover + whole + "\n").assessment().answers().get(0)
                    .getFigures().get("social_worker_turnover"), whole);
        }
    }

    @Test
    void aFigureOutsideThePacksPlausibleRangeIsWarnedAboutAndUsedAsWritten() throws Exception {
        String caseload = HEAD + CASELOADS + "        figures:\n          average_caseload: ";
        SelfAssessmentReader.Result read = read(caseload + "240\n");
        assertEquals(List.of("sa.yaml:9:29: warning: " + ANSWER + ".figures.average_caseload: average_caseload = 240 "
                + "is outside the range the rule pack holds plausible for this figure (1 to 50): check that it is "
                + "the average number of children on a social worker's caseload; it is used as written"),
                read.warnings().stream().map(InputError::formatWarning).toList());
        assertEquals(240.0, read.assessment().answers().get(0).getFigures().get("average_caseload"));
        assertEquals(List.of(), warnings(caseload + "24\n"));
        assertEquals(List.of(), warnings(caseload + "50\n"), "the range includes its ends");
    }

    @Test
    void leadersMayGiveTheGradeTheyExpectForLeadership() throws Exception {
        SelfAssessmentReader.Result read = read("authority: Exampleshire\ndate: 2025-03-31\nframework: ilacs-2023\n"
                + "self_assessed_grades:\n  leadership: good\n  care_leavers: outstanding\n" + CASELOADS);
        assertEquals(List.of(new SelfGrade("leadership", Grade.GOOD, 5), new SelfGrade("care_leavers",
                Grade.OUTSTANDING, 6)), read.assessment().selfGrades());
        assertEquals("sa.yaml:5:3: self_assessed_grades.leadershp: 'leadershp' is not a judgement of ilacs-2023; use "
                + "one of: care_leavers, children_in_care, help_and_protection, leadership (did you mean "
                + "'leadership'?)", refusal("authority: Exampleshire\ndate: 2025-03-31\nframework: ilacs-2023\n"
                + "self_assessed_grades:\n  leadershp: good\n" + CASELOADS));
    }
}
