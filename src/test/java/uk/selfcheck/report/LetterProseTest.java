package uk.selfcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;

/**
 * The letter says what the report says beside each finding: how widely the authority's own rating says it holds, and
 * the authority's own figures and evidence; and nothing more specific than the rules' words and the authority's own.
 */
class LetterProseTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private final RulePack pack = ShippedPack.get();

    static Stream<Path> assessments() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("fixtures/seeds", "fixtures/edge")) {
            try (Stream<Path> list = Files.list(Path.of(folder))) {
                list.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".expected.yaml"))
                        .sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    private Evaluation evaluate(Path file) throws Exception {
        return new Evaluator(pack).evaluate(new SelfAssessmentReader(pack.manifest(), pack.catalog(),
                LocalDate.of(2030, 1, 1)).read(file, file.toString()));
    }

    private String mainFindings(Evaluation e) {
        Letter letter = Letter.of(e, new ReportContext(pack.catalog(), pack.manifest().areas()));
        StringBuilder text = new StringBuilder();
        boolean inFindings = false;
        for (Letter.Block block : letter.blocks()) {
            if (block instanceof Letter.Heading h && h.level() == 2) {
                inFindings = h.text().equals("Main findings") || h.text().equals("Headline findings");
            } else if (inFindings && block instanceof Letter.Paragraph p) {
                text.append(p.text()).append('\n');
            }
        }
        return text.toString();
    }

    @ParameterizedTest
    @MethodSource("assessments")
    void everyRatedFindingIsStatedAtItsPrevalenceAndWithTheAuthoritysEvidence(Path file) throws Exception {
        Evaluation e = evaluate(file);
        String letter = mainFindings(e);
        for (Finding f : e.findings()) {
            String statement = f.getRule().finding().trim();
            assertTrue(letter.contains(statement), f.getId());
            if (f.reach() != null) {
                assertTrue(letter.contains("By the authority's own rating, this " + f.reach() + "."),
                        f.getId() + " without its prevalence");
            }
            for (Answer a : f.getAnswers()) {
                if (a.getEvidence() != null && !a.getEvidence().isBlank()) {
                    assertTrue(letter.contains("The authority's evidence: \u201c" + a.getEvidence().strip()),
                            f.getId() + " without the evidence of " + a.getCriterion());
                }
            }
        }
        assertFalse(letter.contains("Your "), "a letter speaks of the authority, not to it");
        assertFalse(Pattern.compile("\\b[a-z]+_[a-z_]+\\b").matcher(letter).find(), "an identifier in: " + letter);
    }

    @ParameterizedTest
    @MethodSource("assessments")
    void everyNumberTheLetterAddsToTheRulesWordsIsTheAuthoritysOwn(Path file) throws Exception {
        Evaluation e = evaluate(file);
        String letter = mainFindings(e);
        // what the rules and the criteria say in general (ages, timescales) is not a specific of this authority
        for (Finding f : e.findings()) {
            letter = letter.replace(f.getRule().finding().trim(), "");
        }
        for (Criterion c : pack.catalog().criteria()) {
            letter = letter.replace(c.question(), "");
        }
        // nor is the rule pack's name, version and content hash, which closes the letter, or its measured agreement
        for (String line : PackLines.of(e.pack())) {
            letter = letter.replace(line, "");
        }
        letter = letter.replace(PackLines.trust(e), "");
        String own = Files.readString(file);
        Matcher number = NUMBER.matcher(letter);
        while (number.find()) {
            assertTrue(Pattern.compile("(?<![\\d.])" + Pattern.quote(number.group()) + "(?![\\d])").matcher(own)
                    .find(), "the letter says " + number.group() + ", which " + file + " does not: "
                    + letter.substring(Math.max(0, number.start() - 80), Math.min(letter.length(), number.end() + 40)));
        }
    }

    @Test
    void aFigureIsTheAuthoritysOwnAndARatingSetsHowWidelyAStatementHolds() throws Exception {
        Path file = Files.createTempFile("letter", ".yaml");
        try {
            Files.writeString(file, """
                    authority: Exampleshire (fictional)
                    date: 2025-03-31
                    framework: ilacs-2023
                    answers:
                      leadership:
                        supervision_and_oversight:
                          supervision_regular: mostly
                          supervision_reflective_analytical:
                            rating: rarely
                            evidence: "Audit in January: few records show reflection"
                        workforce_and_caseloads:
                          caseloads_manageable:
                            rating: consistently
                            figures: {average_caseload: 24}
                    """);
            String letter = mainFindings(evaluate(file));
            assertTrue(letter.contains("Social workers receive regular supervision from visible, accessible managers "
                    + "and feel well supported. Supervision gives them time to discuss their welfare, performance and "
                    + "development. By the authority's own rating, this holds in most of the work."), letter);
            assertTrue(letter.contains("By the authority's own rating, this describes most of the work. The "
                    + "authority's evidence: \u201cAudit in January: few records show reflection\u201d."), letter);
            assertTrue(letter.contains("The authority's own figure for average number of children on a social "
                    + "worker's caseload is 24."), letter);
            // the rating that the figure contradicts is no strength, and is said once, as a contradiction
            assertFalse(letter.contains("Caseloads are manageable"), letter);
            assertEquals(1, letter.split("is rated consistently, but the authority's own figure", -1).length - 1,
                    letter);
        } finally {
            Files.delete(file);
        }
    }
}
