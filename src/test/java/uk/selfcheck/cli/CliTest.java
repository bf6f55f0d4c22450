package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line: help, version, exit codes, and the JSON contracts other tools depend on. */
class CliTest {
    private static final String GATESHEAD_2015 = "fixtures/seeds/gateshead-2015.yaml";
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"", "check", "init", "schema", "explain", "compare", "rules", "rules list"})
    void everyCommandHasHelpAndVersion(String command) {
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        Cli help = Cli.run(concat(words, "--help"));
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Usage: selfcheck"), help.out());
        Cli version = Cli.run(concat(words, "--version"));
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().matches("selfcheck \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\RDrools \\d+\\.\\d+\\.\\d+, Java \\d[^\\r\\n]*\\R"),
                version.out());
    }

    @Test
    void topLevelHelpDocumentsTheExitCodes() {
        String help = Cli.run("--help").out();
        for (String code : new String[] {"0", "1", "2", "3", "4", "5"}) {
            assertTrue(help.contains("  " + code + "   "), "exit code " + code + " in:\n" + help);
        }
    }

    @Test
    void wrongUsageExitsWithTwo() {
        Cli unknown = Cli.run("check", GATESHEAD_2015, "--fromat", "json");
        assertEquals(ExitCode.USAGE.code(), unknown.exitCode());
        assertTrue(unknown.err().contains("Unknown options: '--fromat', 'json'"), unknown.err());
        assertTrue(unknown.err().contains("Run 'selfcheck check --help' for usage."), unknown.err());
        Cli badFormat = Cli.run("check", GATESHEAD_2015, "--format", "xml");
        assertEquals(ExitCode.USAGE.code(), badFormat.exitCode());
        assertEquals(ExitCode.USAGE.code(), Cli.run("check").exitCode(), "FILE is required");
    }

    @Test
    void jsonReportHasJudgementsAndFindings() throws Exception {
        Cli cli = Cli.run("check", GATESHEAD_2015, "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode root = json.readTree(cli.out());
        JsonNode judgements = root.get("judgements");
        assertEquals("good", judgements.get("overall").asText());
        assertEquals("requires_improvement", judgements.get("care_leavers").asText());
        assertEquals("good", judgements.get("adoption").asText());
        Set<String> ids = new HashSet<>();
        for (JsonNode finding : root.get("findings")) {
            for (String field : new String[] {"id", "kind", "area", "title", "sources"}) {
                assertTrue(finding.has(field), field + " missing from " + finding);
            }
            assertTrue(Set.of("strength", "weakness").contains(finding.get("kind").asText()));
            ids.add(finding.get("id").asText());
        }
        assertTrue(ids.contains("W-CL-MENTAL-HEALTH-ACCESS"), ids.toString());
        assertTrue(root.get("what_needs_to_improve").size() > 0);
    }

    @Test
    void outputIsByteIdenticalRunToRun() {
        String first = Cli.run("check", GATESHEAD_2015, "--format", "json").out();
        String second = Cli.run("check", GATESHEAD_2015, "--format", "json").out();
        assertEquals(first, second);
        assertEquals(Cli.run("check", GATESHEAD_2015).out(), Cli.run("check", GATESHEAD_2015).out());
    }

    @Test
    void textReportReadsLikeALetter() {
        Cli cli = Cli.run("check", "fixtures/seeds/newcastle-2019.yaml");
        assertEquals(0, cli.exitCode(), cli.err());
        String out = cli.out().replaceAll("\\s+", " ");
        assertTrue(out.contains("Predicted indicative grades for Newcastle upon Tyne"), out);
        assertTrue(out.contains("A focused visit gives no grade"), out);
        assertTrue(out.contains("WHAT NEEDS TO IMPROVE (most serious first)"), out);
        int appendix = out.indexOf("APPENDIX: IDENTIFIERS AND LINES");
        assertTrue(out.indexOf("Plans focus on tasks rather than outcomes (medium)") < appendix, out);
        assertTrue(out.indexOf("W-PLANS-TASK-FOCUSED") > appendix, "rule ids only in the appendix: " + out);
        assertTrue(out.indexOf("JUDGEMENTS") < out.indexOf("WHY") && out.indexOf("WHY") < out.indexOf("WHAT NEEDS"));
        assertEquals("", cli.err(), "nothing on stderr for a clean run");
    }

    @Test
    void rulesListJsonHasTheMetadata() throws Exception {
        Cli cli = Cli.run("rules", "list", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode rules = json.readTree(cli.out());
        assertTrue(rules.size() > 400, "whole pack listed: " + rules.size());
        for (JsonNode rule : rules) {
            for (String field : new String[] {"id", "kind", "area", "title", "sources"}) {
                assertTrue(rule.has(field), field + " missing from " + rule);
            }
            assertTrue(rule.get("sources").size() > 0, rule.toString());
        }
    }

    @Test
    void brokenRulePackExitsWithFour() {
        Cli cli = Cli.run("check", GATESHEAD_2015, "--rules", "fixtures");
        assertEquals(ExitCode.BAD_RULES.code(), cli.exitCode());
        assertTrue(cli.err().contains("the rule pack has no pack.yaml"), cli.err());
    }

    private static String[] concat(String[] words, String last) {
        String[] all = new String[words.length + 1];
        System.arraycopy(words, 0, all, 0, words.length);
        all[words.length] = last;
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "verify", "rules", "cache"})
    void aSubcommandBuiltAloneHelpsExactlyAsInTheWholeTree(String name) {
        picocli.CommandLine whole = new picocli.CommandLine(new Main()).getSubcommands().get(name);
        picocli.CommandLine alone = Main.commandLine(new String[] {name}).getSubcommands().get(name);
        assertEquals(whole.getUsageMessage(), alone.getUsageMessage());
        assertEquals(whole.getCommandSpec().qualifiedName(), alone.getCommandSpec().qualifiedName());
        assertEquals(whole.getSubcommands().keySet(), alone.getSubcommands().keySet());
    }

    @Test
    void aReportThatCannotBeWrittenToStandardOutputFailsWithAMessage() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.mainWithoutExit(new String[] {"check", GATESHEAD_2015}, new java.io.PrintWriter(full),
                new java.io.PrintWriter(err));
        assertEquals(ExitCode.OUTPUT_FAILED.code(), code);
        assertEquals(6, code);
        assertTrue(err.toString().contains("could not write to standard output"), err.toString());
    }
}
