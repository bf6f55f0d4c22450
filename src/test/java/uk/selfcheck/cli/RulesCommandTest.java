package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules lint, rules docs and rules new, as a consultant uses them. */
class RulesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedPackLintsClean() {
        Cli cli = Cli.run("rules", "lint");
        assertEquals(0, cli.exitCode(), cli.out());
        assertEquals("", cli.out());
        assertTrue(cli.err().contains("lint: no problems in ofsted-seed-pack"), cli.err());
    }

    @Test
    void lintReportsEachProblemAtItsFileAndLine() throws Exception {
        Path pack = VerifyCommandTest.copy(Path.of("rules"), tmp.resolve("rules"));
        Path drl = pack.resolve("leadership/workforce_and_caseloads.drl");
        String text = Files.readString(drl);
        // an unknown criterion, a source naming no document, and a missing @severity, in three different rules
        text = text.replaceFirst("criterion == \"caseloads_manageable\"", "criterion == \"caseload_manageable\"");
        int last = text.lastIndexOf("@sources(\"Gateshead 2015 inspection:");
        text = text.substring(0, last) + "@sources(\"Gatehead" + text.substring(last + "@sources(\"Gateshead".length());
        text = text.replaceFirst("    @severity\\(\"[a-z]+\"\\)\n", "");
        Files.writeString(drl, text);
        Cli cli = Cli.run("rules", "lint", "--rules", pack.toString());
        assertEquals(ExitCode.FAILED.code(), cli.exitCode(), cli.out() + cli.err());
        String file = drl.toString();
        assertTrue(cli.out().contains("tests criterion 'caseload_manageable', which no criteria file defines (did "
                + "you mean 'caseloads_manageable'?)"), cli.out());
        assertTrue(cli.out().contains("names no document in pack.yaml (did you mean 'Gateshead 2015 inspection'?)"),
                cli.out());
        assertTrue(cli.out().contains(": missing metadata @severity(...)"), cli.out());
        for (String line : cli.out().split("\n")) {
            assertTrue(line.matches(java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: .*"), line);
        }
        assertTrue(cli.err().contains("lint: 3 problems"), cli.err());
        Cli check = Cli.run("check", "fixtures/seeds/newcastle-2019.yaml", "--rules", pack.toString());
        assertEquals(ExitCode.BAD_RULES.code(), check.exitCode(), "check refuses the broken pack");
        assertTrue(check.err().contains("which no criteria file defines"), check.err());
    }

    @Test
    void lintFindsACriterionNoRuleUses() throws Exception {
        Path pack = VerifyCommandTest.copy(Path.of("rules"), tmp.resolve("rules"));
        Path criteria = pack.resolve("leadership/partnerships.criteria.yaml");
        Files.writeString(criteria, Files.readString(criteria) + "  - id: partnership_unused\n"
                + "    question: Is this asked?\n    sources: [\"Gateshead 2015 inspection: 'x'\"]\n");
        Cli cli = Cli.run("rules", "lint", "--rules", pack.toString());
        assertEquals(ExitCode.FAILED.code(), cli.exitCode());
        assertTrue(cli.out().matches("(?s).*partnerships\\.criteria\\.yaml:\\d+:1: criterion partnership_unused is "
                + "used by no rule.*"), cli.out());
    }

    @Test
    void lintReportsADrlSyntaxErrorWithItsLine() throws Exception {
        Path pack = VerifyCommandTest.copy(Path.of("rules"), tmp.resolve("rules"));
        Path drl = pack.resolve("lscb/lscb.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("\nthen\n", "\nthne\n"));
        Cli cli = Cli.run("rules", "lint", "--rules", pack.toString());
        assertEquals(ExitCode.FAILED.code(), cli.exitCode());
        assertTrue(cli.out().contains(drl + ":"), cli.out());
    }

    @Test
    void theCommittedCatalogueIsCurrent() throws Exception {
        Cli cli = Cli.run("rules", "docs");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(Files.readString(Path.of("docs/rules.md")), cli.out(),
                "docs/rules.md is out of date: run ./selfcheck rules docs --output docs/rules.md");
        assertTrue(cli.out().contains("#### W-PLANS-TASK-FOCUSED:"));
    }

    @Test
    void newScaffoldsARuleThatCompilesAndIsTestedBothWays() throws Exception {
        Path overlay = tmp.resolve("overlay");
        Cli created = Cli.run("rules", "new", "W-PLANS-GOALS-UNCLEAR", "--criterion", "cin_cp_plans_quality",
                "--severity", "low", "--dir", overlay.toString());
        assertEquals(0, created.exitCode(), created.err());
        Path drl = overlay.resolve("w-plans-goals-unclear.drl");
        String text = Files.readString(drl);
        for (String key : new String[] {"@kind(\"weakness\")", "@area(\"help_and_protection\")",
            "@theme(\"plans_and_reviews\")", "@severity(\"low\")", "@title(", "@text(", "@recommendation(",
            "@sources("}) {
            assertTrue(text.contains(key), key + " in\n" + text);
        }
        Cli unfinished = Cli.run("rules", "lint", "--rules", "rules", "--rules", overlay.toString());
        assertEquals(ExitCode.FAILED.code(), unfinished.exitCode(), "the placeholders are flagged");
        for (String key : new String[] {"@title", "@text", "@recommendation", "@sources"}) {
            assertTrue(unfinished.out().contains(drl + ":8:1: rule W-PLANS-GOALS-UNCLEAR: " + key
                    + " is still the placeholder"), key + " in\n" + unfinished.out());
        }
        Files.writeString(drl, text.replace("TODO <document name from pack.yaml>: '<the passage this rule encodes>'",
                "Newcastle 2019 focused visit: 'most plans are overly task-focused'")
                .replace("TODO: a short title", "Plans' goals are unclear")
                .replace("TODO: the finding, in an inspector's words, as it will appear in the report.",
                        "Plans do not say what must change for the child.")
                .replace("TODO: what needs to improve.", "Make every plan say what must change for the child."));
        assertEquals(0, Cli.run("rules", "lint", "--rules", "rules", "--rules", overlay.toString()).exitCode());
        Cli verify = Cli.run("verify", "--rules", "rules", "--rules", overlay.toString(),
                overlay.resolve("w-plans-goals-unclear.cases.yaml").toString());
        assertEquals(0, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("verify: 2 passed, 0 failed"), verify.out());
        Cli again = Cli.run("rules", "new", "W-PLANS-GOALS-UNCLEAR", "--criterion", "cin_cp_plans_quality",
                "--dir", overlay.toString());
        assertEquals(ExitCode.BAD_INPUT.code(), again.exitCode(), "never overwrites");
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void newRefusesAnIdThePackHasUnlessToldToReplaceIt() throws Exception {
        Path overlay = tmp.resolve("client");
        Cli refused = Cli.run("rules", "new", "W-PLANS-TASK-FOCUSED", "--criterion", "cin_cp_plans_quality", "--dir",
                overlay.toString());
        assertEquals(ExitCode.BAD_INPUT.code(), refused.exitCode());
        assertTrue(refused.err().contains("the pack already has W-PLANS-TASK-FOCUSED (rules/help_and_protection/"
                + "plans_and_reviews.drl:"), refused.err());
        assertTrue(refused.err().contains("add --replace"), refused.err());
        assertFalse(Files.exists(overlay.resolve("w-plans-task-focused.drl")), "nothing was written");
        Cli replaced = Cli.run("rules", "new", "W-PLANS-TASK-FOCUSED", "--criterion", "cin_cp_plans_quality", "--dir",
                overlay.toString(), "--replace");
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertTrue(replaced.err().contains("replaces W-PLANS-TASK-FOCUSED of rules/help_and_protection/"
                + "plans_and_reviews.drl:"), replaced.err());
        assertTrue(Files.exists(overlay.resolve("w-plans-task-focused.drl")));
    }

    @Test
    void newRefusesAnUnknownCriterionWithASuggestion() {
        Cli cli = Cli.run("rules", "new", "W-X", "--criterion", "cin_cp_plan_quality", "--dir", tmp.toString());
        assertEquals(ExitCode.BAD_INPUT.code(), cli.exitCode());
        assertTrue(cli.err().contains("no criterion 'cin_cp_plan_quality' in the pack (did you mean "
                + "'cin_cp_plans_quality'?)"), cli.err());
    }
}
