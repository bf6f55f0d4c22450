package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.FixtureRunner;

/** {@code selfcheck diff}: exactly the fixtures a rule change moves, and the exit code. */
class DiffCommandTest {
    private static final String RULE = "W-PLANS-TASK-FOCUSED";
    private static final Path DRL = Path.of("help_and_protection/plans_and_reviews.drl");

    @TempDir
    static Path packs;

    @Test
    void theShippedPackAgainstItselfChangesNothing() throws Exception {
        Cli cli = Cli.run("diff", "--base-rules", "rules", "--rules", "rules", "--fail-on-change");
        assertEquals(0, cli.exitCode(), cli.out() + cli.err());
        int fixtures = expectedCount();
        assertEquals("No fixture changes grade.\ndiff: 0 of " + fixtures + " fixtures change from rules to rules\n",
                cli.out());
        JsonNode json = new ObjectMapper().readTree(Cli.run("diff", "--base-rules", "rules", "--format", "json").out());
        assertEquals(fixtures, json.get("fixtures").asInt());
        assertEquals(0, json.get("changed").asInt());
        assertEquals(0, json.get("changes").size());
    }

    @Test
    void oneSeverityChangedReportsExactlyTheFixturesThatFireTheRule() throws Exception {
        Path changed = copyWith(packs.resolve("severity"), "@severity(\"medium\")", "@severity(\"high\")");
        Cli cli = Cli.run("diff", "--base-rules", "rules", "--rules", changed.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), "no --fail-on-change: exit 0 even though fixtures change\n" + cli.err());
        JsonNode json = new ObjectMapper().readTree(cli.out());
        TreeSet<String> reported = new TreeSet<>();
        TreeSet<String> gradeChanged = new TreeSet<>();
        for (JsonNode change : json.get("changes")) {
            reported.add(change.get("name").asText());
            if (!change.get("grades").isEmpty()) {
                gradeChanged.add(change.get("name").asText());
            }
            // medium -> high moves the effective severity one step whatever the rating, and nothing else moves
            assertEquals(1, change.get("severity_changes").size(), change.toString());
            assertEquals(RULE, change.at("/severity_changes/0/id").asText());
            assertEquals(0, change.get("now_fires").size() + change.get("no_longer_fires").size());
        }
        assertEquals(firing(RULE), reported);
        assertEquals(new TreeSet<>(List.of("fixtures/seeds/newcastle-2019.yaml")),
                new TreeSet<>(gradeChanged.stream().filter(n -> n.startsWith("fixtures/seeds/")).toList()));
        assertEquals(reported.size(), json.get("changed").asInt());

        Cli text = Cli.run("diff", "--base-rules", "rules", "--rules", changed.toString(), "--fail-on-change",
                "fixtures/seeds");
        assertEquals(ExitCode.FAILED.code(), text.exitCode(), text.err());
        assertEquals("""
                fixtures/seeds/gateshead-2015.yaml
                  W-PLANS-TASK-FOCUSED: medium -> high
                fixtures/seeds/newcastle-2019.yaml
                  help_and_protection: good -> requires_improvement
                  leadership: good -> requires_improvement
                  W-PLANS-TASK-FOCUSED: high -> critical
                1 fixture changes grade: fixtures/seeds/newcastle-2019.yaml
                1 fixture changes findings but not grade.
                diff: 2 of 5 fixtures change from rules to %s
                """.formatted(changed), text.out());
    }

    @Test
    void aRemovedRuleNoLongerFiresAndItsCasesFileIsInvalidUnderTheChangedPack() throws Exception {
        Path changed = copyWith(packs.resolve("removed"), null, null);
        String out = Cli.run("diff", "--base-rules", "rules", "--rules", changed.toString(),
                "fixtures/seeds/newcastle-2019.yaml", "fixtures/rules/help_and_protection/plans_and_reviews.cases.yaml")
                .out();
        assertTrue(out.contains("fixtures/seeds/newcastle-2019.yaml\n  no longer fires W-PLANS-TASK-FOCUSED (high)\n"),
                out);
        assertTrue(out.contains("fixtures/rules/help_and_protection/plans_and_reviews.cases.yaml\n  not valid under "
                + "the changed pack: fixtures/rules/help_and_protection/plans_and_reviews.cases.yaml:"), out);
        assertTrue(out.contains("no rule 'W-PLANS-TASK-FOCUSED' in the pack"), out);
        assertTrue(out.endsWith("No fixture changes grade.\n2 fixtures change findings but not grade.\n"
                + "diff: 2 of 2 fixtures change from rules to " + changed + "\n"), out);
    }

    @Test
    void baseRulesIsRequiredAndPathsMustExist() {
        Cli missing = Cli.run("diff");
        assertEquals(ExitCode.USAGE.code(), missing.exitCode());
        assertTrue(missing.err().contains("Missing required option: '--base-rules=DIR'"), missing.err());
        Cli nowhere = Cli.run("diff", "--base-rules", "rules", "fixtures/nowhere");
        assertEquals(ExitCode.BAD_INPUT.code(), nowhere.exitCode());
        assertTrue(nowhere.err().startsWith("fixtures/nowhere: no such file or folder\n"), nowhere.err());
        assertFalse(nowhere.err().contains("Exception"), nowhere.err());
    }

    /** The fixtures and cases under fixtures/ in which the shipped pack fires {@code rule}. */
    private static TreeSet<String> firing(String rule) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        for (FixtureResult result : results()) {
            if (result.evaluation().findings().stream().anyMatch(f -> f.getId().equals(rule))) {
                names.add(result.name());
            }
        }
        assertFalse(names.isEmpty());
        return names;
    }

    private static int expectedCount() throws Exception {
        return results().size();
    }

    private static List<FixtureResult> shipped;

    private static synchronized List<FixtureResult> results() throws Exception {
        if (shipped != null) {
            return shipped;
        }
        FixtureRunner runner = new FixtureRunner(ShippedPack.get(), LocalDate.now());
        List<FixtureResult> results = new ArrayList<>();
        for (Path file : FixtureRunner.discover(List.of(ShippedPack.FIXTURES))) {
            results.addAll(runner.run(file));
        }
        shipped = results;
        return results;
    }

    /**
     * A copy of the shipped pack in which, within the rule, {@code from} reads {@code to}; with {@code from} null, the
     * rule is removed.
     */
    private static Path copyWith(Path to, String from, String replacement) throws IOException {
        Path pack = VerifyCommandTest.copy(Path.of("rules"), to);
        Path drl = pack.resolve(DRL);
        String text = Files.readString(drl);
        int start = text.indexOf("rule \"" + RULE + "\"");
        int end = text.indexOf("\nend\n", start) + "\nend\n".length();
        String rule = text.substring(start, end);
        String edited = from == null ? "" : rule.replace(from, replacement);
        assertFalse(edited.equals(rule), "the edit must change the rule");
        Files.writeString(drl, text.substring(0, start) + edited + text.substring(end));
        return pack;
    }
}
