package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of bad self-assessment gives exit code 3 and a message naming the file, line and field, with no stack
 * trace.
 */
class BadInputTest {
    static final String HEADER = "authority: Testshire\ndate: 2025-03-31\nframework: ilacs-2023\n";
    // The cases below are shared with SchemaTest, which shows the JSON Schema refuses each of them too.
    static final String MISSPELT_CRITERION = HEADER + "answers:\n  leadership:\n    workforce_and_caseloads:\n"
            + "      caseload_manageable: mostly\n";
    static final String RATING_OFF_THE_SCALE = HEADER + "answers:\n  leadership:\n    workforce_and_caseloads:\n"
            + "      caseloads_manageable: mosty\n";
    static final String RATING_OF_THE_WRONG_TYPE = HEADER + "answers:\n  leadership:\n    workforce_and_caseloads:\n"
            + "      caseloads_manageable: 3\n";
    static final String FIGURE_OUT_OF_RANGE = HEADER + "answers:\n  leadership:\n    workforce_and_caseloads:\n"
            + "      caseloads_manageable:\n        rating: mostly\n        figures:\n"
            + "          average_caseload: -4\n";
    static final String UNKNOWN_AREA_AND_MISPLACED_THEME = HEADER + "answers:\n  leadersh1p: {}\n"
            + "  help_and_protection:\n    workforce_and_caseloads: {}\n";
    static final String AREA_NOT_JUDGED = HEADER + "answers:\n  lscb: {}\n";
    static final String MISSING_HEADER_FIELDS = "answers: {}\n";
    static final String LIST_NOT_MAPPING = "- a\n- b\n";
    /** A header line and what the error says; all but the future date can be said in a schema. */
    static final String[][] WRONG_HEADER_LINES = {
        {"authority: 42", "authority: must be text, but this is the number 42"},
        {"authority: [a, b]", "authority: must be text, but this is a list"},
        {"date: yesterday", "date: 'yesterday' is not a date; write it as YYYY-MM-DD"},
        {"date: 2999-01-01", "date: the date 2999-01-01 is in the future"},
        {"framework: ilacs-2032", "'ilacs-2032' is not a valid framework"},
        {"colour: blue", "unknown key 'colour' in a self-assessment"}};

    /** The shared header with {@code line} in place of the field it sets. */
    static String withHeaderLine(String line) {
        String key = line.substring(0, line.indexOf(':'));
        String header = HEADER.lines().filter(l -> !l.startsWith(key + ":"))
                .reduce("", (a, b) -> a + b + "\n");
        return header + line + "\nanswers: {}\n";
    }

    @TempDir
    Path dir;

    private Cli check(String yaml) throws Exception {
        Path file = dir.resolve("sa.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return Cli.run("check", file.toString(), "--rules", "rules");
    }

    private static void assertBadInput(Cli cli, String... expected) {
        assertEquals(ExitCode.BAD_INPUT.code(), cli.exitCode(), cli.err());
        assertEquals("", cli.out(), "nothing on stdout when the input is bad");
        for (String text : expected) {
            assertTrue(cli.err().contains(text), "expected '" + text + "' in:\n" + cli.err());
        }
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
    }

    @Test
    void malformedYamlNamesTheLine() throws Exception {
        assertBadInput(check(HEADER + "answers:\n  leadership: [unclosed\n"), "sa.yaml:5:", "not valid YAML");
    }

    @Test
    void duplicateKeysNameBothLines() throws Exception {
        assertBadInput(check(HEADER + "answers:\n  leadership:\n    workforce_and_caseloads:\n"
                        + "      caseloads_manageable: mostly\n      caseloads_manageable: rarely\n"),
                "sa.yaml:8:7: answers.leadership.workforce_and_caseloads.caseloads_manageable: duplicate key "
                        + "'caseloads_manageable' (first written on line 7)");
    }

    /** A duplicate key leaves the file readable, so the rest of it is checked too and every problem shown at once. */
    @Test
    void aDuplicateKeyIsReportedWithTheFilesOtherProblems() throws Exception {
        Cli cli = check(HEADER + "answers:\n  leadership:\n    workforce_and_caseloads:\n"
                + "      caseloads_manageable: mosty\n      caseloads_manageable: rarely\n"
                + "      caseload_reasonable: mostly\n");
        assertBadInput(cli, "sa.yaml:7:29: answers.leadership.workforce_and_caseloads.caseloads_manageable: 'mosty' "
                        + "is not a valid rating",
                "sa.yaml:8:7: answers.leadership.workforce_and_caseloads.caseloads_manageable: duplicate key",
                "sa.yaml:9:7: answers.leadership.workforce_and_caseloads.caseload_reasonable: unknown criterion",
                "3 errors in the input; nothing was checked.");
        assertTrue(cli.err().indexOf("sa.yaml:7:") < cli.err().indexOf("sa.yaml:8:"), "in the order of the lines");
    }

    @Test
    void misspeltCriterionGetsASuggestion() throws Exception {
        assertBadInput(check(MISSPELT_CRITERION),
                "sa.yaml:7:7: answers.leadership.workforce_and_caseloads.caseload_manageable: unknown criterion "
                        + "'caseload_manageable'", "(did you mean 'caseloads_manageable'?)");
    }

    @Test
    void ratingOffTheScaleListsTheScale() throws Exception {
        assertBadInput(check(RATING_OFF_THE_SCALE),
                "sa.yaml:7:29: answers.leadership.workforce_and_caseloads.caseloads_manageable: 'mosty' is not a "
                        + "valid rating; use one of: exceptional, consistently, mostly, inconsistently, rarely, "
                        + "not_assessed (did you mean 'mostly'?)");
    }

    static Stream<Arguments> wrongHeaderLines() {
        return Arrays.stream(WRONG_HEADER_LINES).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest
    @MethodSource("wrongHeaderLines")
    void wrongHeaderValuesAreNamed(String line, String expected) throws Exception {
        assertBadInput(check(withHeaderLine(line)), expected);
    }

    @Test
    void missingHeaderFieldsAreEachReported() throws Exception {
        Cli cli = check(MISSING_HEADER_FIELDS);
        assertBadInput(cli, "authority: missing required field 'authority'", "date: missing required field 'date'");
    }

    @Test
    void ratingOfTheWrongTypeIsRefused() throws Exception {
        assertBadInput(check(RATING_OF_THE_WRONG_TYPE), "'3' is not a valid rating");
    }

    @Test
    void figureOutOfRangeIsRefused() throws Exception {
        assertBadInput(check(FIGURE_OUT_OF_RANGE),
                "sa.yaml:10:29: answers.leadership.workforce_and_caseloads.caseloads_manageable.figures."
                        + "average_caseload: average_caseload = -4 is outside the possible range");
    }

    @Test
    void unknownAreaAndMisplacedThemeAreNamed() throws Exception {
        assertBadInput(check(UNKNOWN_AREA_AND_MISPLACED_THEME),
                "answers.leadersh1p: unknown area 'leadersh1p'", "(did you mean 'leadership'?)",
                "unknown theme 'workforce_and_caseloads' in area help_and_protection; it belongs under "
                        + "answers.leadership");
    }

    @Test
    void areaNotJudgedUnderTheFrameworkIsRefused() throws Exception {
        assertBadInput(check(AREA_NOT_JUDGED), "area 'lscb' is not judged under ilacs-2023");
    }

    @Test
    void emptyBinaryAndListFilesAreRefused() throws Exception {
        assertBadInput(check(""), "sa.yaml:1:1: the file is empty");
        assertBadInput(check(LIST_NOT_MAPPING), "a self-assessment must be a mapping of keys to values, but this is a list");
        Path binary = dir.resolve("sa.yaml");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertBadInput(Cli.run("check", binary.toString(), "--rules", "rules"), "the file is binary");
    }

    @Test
    void aliasesAndTagsAreRefused() throws Exception {
        assertBadInput(check(HEADER + "x: &a [1]\nanswers: *a\n"), "YAML aliases (*name) are not allowed");
        assertBadInput(check(HEADER + "answers: !!java.util.Date {}\n"), "YAML tags such as");
    }

    @Test
    void missingFileIsBadInput() {
        assertBadInput(Cli.run("check", dir.resolve("nowhere.yaml").toString()), "nowhere.yaml: cannot read the file");
    }
}
