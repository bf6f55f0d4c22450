package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code selfcheck verify}: readable mismatches, exit codes, coverage. */
class VerifyCommandTest {
    @TempDir
    Path tmp;

    @Test
    void shippedFixturesAllPassWithFullCoverage() throws Exception {
        Cli cli = Cli.run("verify", "--format", "json", "--min-coverage", "100");
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertEquals(0, root.get("failed").asInt(), cli.out());
        assertEquals(100.0, root.get("coverage").get("percent").asDouble(), root.get("coverage").toString());
        assertEquals(0, cli.exitCode(), cli.err());
    }

    /** A copy of the shipped pack in which W-PLANS-TASK-FOCUSED is broken; made once, as compiling takes seconds. */
    static synchronized Path brokenPack() throws IOException {
        if (brokenPack == null) {
            Path pack = copy(Path.of("rules"), packs.resolve("broken-rules"));
            Path drl = pack.resolve("help_and_protection/plans_and_reviews.drl");
            // the rule now needs 'rarely', so Newcastle's 'inconsistently' no longer fires it
            String text = Files.readString(drl);
            int start = text.indexOf("rule \"W-PLANS-TASK-FOCUSED\"");
            int when = text.indexOf("rating <=", start);
            int end = text.indexOf(')', when);
            Files.writeString(drl, text.substring(0, when) + "rating < Rating.RARELY " + text.substring(end));
            brokenPack = pack;
        }
        return brokenPack;
    }

    private static Path brokenPack;

    @TempDir
    static Path packs;

    @Test
    void aBrokenRuleMakesVerifyFailWithTheMismatch() throws Exception {
        Cli cli = Cli.run("verify", "--rules", brokenPack().toString(), "fixtures/seeds/newcastle-2019.yaml");
        assertEquals(ExitCode.FAILED.code(), cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.out().contains("FAIL fixtures/seeds/newcastle-2019.yaml"), cli.out());
        assertTrue(cli.out().contains("missing W-PLANS-TASK-FOCUSED"), cli.out());
        assertTrue(cli.out().contains("verify: 0 passed, 1 failed"), cli.out());
    }

    @ParameterizedTest(name = "--format {0}")
    @CsvSource(delimiter = '|', value = {
        "junit|<failure type=\"mismatch\" message=\"missing W-PLANS-TASK-FOCUSED\">",
        "sarif|\"uri\" : \"fixtures/seeds/newcastle-2019.expected.yaml\"",
        "github|::error file=fixtures/seeds/newcastle-2019.expected.yaml,line=58::missing W-PLANS-TASK-FOCUSED",
        "json|\"message\" : \"missing W-PLANS-TASK-FOCUSED\""})
    void everyFormatReportsTheBrokenRuleAndFails(String format, String expected) throws Exception {
        Cli cli = Cli.run("verify", "--rules", brokenPack().toString(), "--format", format,
                "fixtures/seeds/newcastle-2019.yaml");
        assertEquals(ExitCode.FAILED.code(), cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.out().contains(expected), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void sarifAndJunitFromARealRunAreValid() throws Exception {
        String[] run = {"verify", "--rules", brokenPack().toString(), "fixtures/seeds", "--min-coverage", "100"};
        JsonNode sarif = new ObjectMapper().readTree(Cli.run(concat(run, "--format", "sarif")).out());
        try (java.io.InputStream schema = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            var errors = com.networknt.schema.JsonSchemaFactory.getInstance(
                    com.networknt.schema.SpecVersion.VersionFlag.V7).getSchema(schema).validate(sarif);
            assertTrue(errors.isEmpty(), errors.toString());
        }
        JsonNode results = sarif.at("/runs/0/results");
        long mismatches = 0;
        for (JsonNode result : results) {
            mismatches += result.get("ruleId").asText().equals("fixture-mismatch") ? 1 : 0;
        }
        assertEquals(2, mismatches, "gateshead-2015 and newcastle-2019 miss the rule");
        assertTrue(results.size() > mismatches, "below 100% coverage, unfired rules are results too");

        org.w3c.dom.Document junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(Cli.run(concat(run, "--format", "junit")).out()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("6", junit.getDocumentElement().getAttribute("tests"), "5 seeds and coverage");
        assertEquals("3", junit.getDocumentElement().getAttribute("failures"), "2 seeds and coverage");
        assertEquals(3, junit.getElementsByTagName("failure").getLength());
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void aMissingPathIsBadInput() {
        Cli cli = Cli.run("verify", "fixtures/nowhere");
        assertEquals(ExitCode.BAD_INPUT.code(), cli.exitCode());
        assertEquals("fixtures/nowhere: no such file or folder\n1 error in the input; nothing was checked.\n",
                cli.err());
    }

    @Test
    void coverageBelowTheMinimumFails() {
        Cli cli = Cli.run("verify", "fixtures/seeds/newcastle-2019.yaml", "--min-coverage", "90");
        assertEquals(ExitCode.FAILED.code(), cli.exitCode(), cli.out());
        assertTrue(cli.out().contains("is below the minimum 90.0%"), cli.out());
        assertTrue(cli.out().contains("verify: 1 passed, 0 failed"), cli.out());
    }

    @Test
    void misspeltRuleIdInAnExpectationIsAMismatchWithASuggestion() throws Exception {
        Files.copy(Path.of("fixtures/seeds/newcastle-2019.yaml"), tmp.resolve("n.yaml"));
        Files.writeString(tmp.resolve("n.expected.yaml"), "fires:\n  - W-PLANS-TASK-FOCUSSED\n");
        Cli cli = Cli.run("verify", tmp.toString());
        assertEquals(ExitCode.FAILED.code(), cli.exitCode());
        assertTrue(cli.out().contains("n.expected.yaml:2: no rule 'W-PLANS-TASK-FOCUSSED' in the pack (did you mean "
                + "'W-PLANS-TASK-FOCUSED'?)"), cli.out());
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
