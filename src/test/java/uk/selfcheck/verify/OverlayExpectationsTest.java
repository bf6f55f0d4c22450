package uk.selfcheck.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackLoader;
import uk.selfcheck.input.InputException;
import uk.selfcheck.verify.output.GithubOutput;
import uk.selfcheck.verify.output.JsonOutput;
import uk.selfcheck.verify.output.SarifOutput;
import uk.selfcheck.verify.output.TextOutput;

/**
 * Verify under an overlay: a rule the overlay disables is skipped, not missing; a bad case fails alone at its line;
 * an overlay's {@code expected/} folder holds the expectations its changes move.
 */
class OverlayExpectationsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Path PLANS = Path.of("fixtures/rules/help_and_protection/plans_and_reviews.cases.yaml");
    private static final Path GATESHEAD = Path.of("fixtures/seeds/gateshead-2015.yaml");

    @TempDir
    Path dir;

    private RulePack overlay(String overlayYaml) throws Exception {
        Path client = dir.resolve("client");
        Files.createDirectories(client);
        Files.writeString(client.resolve("overlay.yaml"), overlayYaml);
        return RulePackLoader.loadShared(List.of(ShippedPack.RULES, client));
    }

    @Test
    void aDisabledRuleIsSkippedWithItsOverlayNamedAndTheOtherCasesOfTheFileRun() throws Exception {
        RulePack pack = overlay("disable: [W-PLANS-JARGON]\n");
        Verification v = Verification.run(pack, List.of(PLANS, Path.of("fixtures/seeds/south-tyneside-2019.yaml")),
                TODAY, null);
        assertEquals(0, v.failed(), new TextOutput().render(v));
        long cases = v.results().stream().filter(r -> r.name().startsWith(PLANS + "#")).count();
        assertEquals(ShippedCases.count(PLANS), cases);
        String overlayFile = dir.resolve("client/overlay.yaml").toString();
        assertEquals(List.of(new Mismatch(PLANS.toString(), 52, "W-PLANS-JARGON is disabled by " + overlayFile)),
                v.results().stream().filter(r -> r.name().endsWith("#cin cp plans plain language rated inconsistently"))
                        .findFirst().orElseThrow().skipped());
        assertEquals(4, v.skipped().size());
        String text = new TextOutput().render(v);
        assertTrue(text.contains("SKIP fixtures/seeds/south-tyneside-2019.yaml\n  fixtures/seeds/south-tyneside-2019"
                + ".expected.yaml:60: W-PLANS-JARGON is disabled by " + overlayFile + "\n"), text);
        assertTrue(text.contains("  left out, disabled by an overlay: W-PLANS-JARGON (" + overlayFile + ")\n"), text);
        assertTrue(v.coverage().unfired().stream().noneMatch("W-PLANS-JARGON"::equals));
        String github = new GithubOutput().render(v);
        assertTrue(github.contains("::notice file=fixtures/seeds/south-tyneside-2019.expected.yaml,line=60,title=Not "
                + "checked::W-PLANS-JARGON is disabled by " + overlayFile + "\n"), github);
        assertTrue(github.contains("::notice file=" + overlayFile + ",line=1,title=Rule disabled::W-PLANS-JARGON is "
                + "disabled by " + overlayFile + ": it finds nothing, and no fixture checks it.\n"), github);
        assertTrue(new JsonOutput().render(v).contains("\"skipped\" : [ {"), "JSON lists what was skipped");
        assertEquals(pack.rules().size(), v.coverage().rules());
        assertEquals(ShippedPack.get().rules().size() - 1, v.coverage().rules());
    }

    /** SARIF gives each disabled rule a result at the line of the overlay that disables it, suppressed, not a problem. */
    @Test
    void sarifNamesEachDisabledRuleAtItsOverlayLine() throws Exception {
        RulePack pack = overlay("description: Exampleshire\ndisable:\n  - W-PLANS-TASK-FOCUSED\n  - W-PLANS-JARGON\n");
        Verification v = Verification.run(pack, List.of(PLANS), TODAY, null);
        JsonNode run = new ObjectMapper().readTree(new SarifOutput().render(v)).get("runs").get(0);
        String overlayUri = dir.resolve("client/overlay.yaml").toUri().toString();
        String overlayFile = dir.resolve("client/overlay.yaml").toString();
        List<String> disabled = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals("rule-disabled")) {
                JsonNode at = result.at("/locations/0/physicalLocation");
                assertEquals(overlayUri, at.at("/artifactLocation/uri").asText());
                assertEquals("notApplicable", result.get("kind").asText());
                assertEquals("none", result.get("level").asText());
                assertEquals("accepted", result.at("/suppressions/0/status").asText());
                assertEquals("rule-disabled", run.at("/tool/driver/rules").get(result.get("ruleIndex").asInt())
                        .get("id").asText());
                disabled.add(at.at("/region/startLine").asInt() + " " + result.at("/message/text").asText());
            }
        }
        assertEquals(List.of(
                "4 W-PLANS-JARGON is disabled by " + overlayFile + ": it finds nothing, and no fixture checks it.",
                "3 W-PLANS-TASK-FOCUSED is disabled by " + overlayFile + ": it finds nothing, and no fixture checks "
                        + "it."), disabled);
    }

    @Test
    void aBadCaseFailsAtItsLineAndTheOtherCasesOfTheFileStillRun() throws Exception {
        Path cases = dir.resolve("mixed.cases.yaml");
        Files.writeString(cases, """
                cases:
                  - name: jargon found
                    answers: {cin_cp_plans_plain_language: inconsistently}
                    fires: [W-PLANS-JARGON]
                  - name: misspelt rule
                    answers: {cin_cp_plans_plain_language: inconsistently}
                    fires: [W-PLANS-JARGONN]
                  - name: broken answer
                    answers: {cin_cp_plans_plain_language: sometimes}
                    fires: [W-PLANS-JARGON]
                  - name: plain language
                    answers: {cin_cp_plans_plain_language: consistently}
                    does_not_fire: [W-PLANS-JARGON]
                """);
        Verification v = Verification.run(ShippedPack.get(), List.of(cases), TODAY, null);
        assertEquals(4, v.results().size());
        assertEquals(2, v.passed());
        FixtureResult misspelt = v.results().get(1);
        assertEquals(cases + "#misspelt rule", misspelt.name());
        assertEquals(List.of(new Mismatch(cases.toString(), 7, "case 'misspelt rule': no rule 'W-PLANS-JARGONN' in "
                + "the pack (did you mean 'W-PLANS-JARGON'?)")), misspelt.mismatches());
        FixtureResult broken = v.results().get(2);
        assertEquals(cases + "#broken answer", broken.name());
        assertEquals(1, broken.mismatches().size());
        assertEquals(9, broken.mismatches().get(0).line());
        assertTrue(broken.mismatches().get(0).message().startsWith("case 'broken answer': "),
                broken.mismatches().get(0).message());
        assertTrue(broken.mismatches().get(0).message().contains("sometimes"), broken.mismatches().get(0).message());
        assertTrue(v.coverage().unfired().stream().noneMatch("W-PLANS-JARGON"::equals));
    }

    @Test
    void anOverlaysExpectationReplacesTheShippedOneForTheFixturesItsNumbersMove() throws Exception {
        RulePack pack = overlay("grading:\n  area:\n    good_max_weakness_share: 0.4\n");
        Verification without = Verification.run(pack, List.of(GATESHEAD), TODAY, null);
        assertEquals(List.of(new Mismatch("fixtures/seeds/gateshead-2015.expected.yaml", 6,
                "expected care_leavers requires_improvement, got good")), without.results().get(0).mismatches());

        Path expected = dir.resolve("client/expected/gateshead-2015.expected.yaml");
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, "judgements:\n  care_leavers: good\n  overall: good\n");
        Verification with = Verification.run(pack, List.of(GATESHEAD, dir.resolve("client")), TODAY, null);
        assertEquals(1, with.results().size(), "the overlay's expected/ folder holds no fixture of its own");
        assertTrue(with.succeeded(), new TextOutput().render(with));
        assertEquals(expected.toString(), with.results().get(0).expectationFile());
        assertTrue(new TextOutput().render(with).contains("USING " + expected + " for " + GATESHEAD + "\n"));

        Files.writeString(expected, "judgements:\n  care_leavers: requires_improvement\n  overall: good\n");
        Verification calibration = Verification.run(pack, List.of(GATESHEAD), TODAY, null);
        assertEquals(1, calibration.failed());
        Files.writeString(expected, "calibration: true\njudgements:\n  care_leavers: requires_improvement\n");
        calibration = Verification.run(pack, List.of(GATESHEAD), TODAY, null);
        assertEquals(0, calibration.failed(), "a published grade the overlay moves away from is a miss");
        assertEquals(List.of(new Mismatch(expected.toString(), 3, "expected care_leavers requires_improvement, got "
                + "good")), calibration.missed().get(0).misses());
    }

    @Test
    void anOverlaysCasesFileReplacesTheShippedCasesOfTheSameName() throws Exception {
        RulePack pack = overlay("disable: [W-PLANS-JARGON]\n");
        Path override = dir.resolve("client/expected/plans_and_reviews.cases.yaml");
        Files.createDirectories(override.getParent());
        Files.writeString(override, """
                cases:
                  - name: "cin cp plans plain language rated inconsistently"
                    answers: { cin_cp_plans_plain_language: inconsistently }
                    does_not_fire: [S-PLANS-EASY-TO-UNDERSTAND, W-PLANS-TASK-FOCUSED]
                """);
        Verification v = Verification.run(pack, List.of(PLANS), TODAY, null);
        assertEquals(ShippedCases.count(PLANS), v.results().size());
        FixtureResult replaced = v.results().stream()
                .filter(r -> r.name().endsWith("#cin cp plans plain language rated inconsistently")).findFirst()
                .orElseThrow();
        assertEquals(override.toString(), replaced.expectationFile());
        assertEquals(List.of(), replaced.skipped());
        assertNull(v.results().get(0).expectationFile());
        assertEquals(2, v.skipped().size(), "the other two cases naming the disabled rule");
    }

    @Test
    void pathsHoldingNoFixtureSayWhatAFixtureIs() throws Exception {
        Files.writeString(dir.resolve("exampleshire.yaml"), "authority: Exampleshire\n");
        InputException e = assertThrows(InputException.class, () -> FixtureRunner.discover(List.of(dir)));
        assertEquals(dir + ": no fixtures found here: a fixture is a self-assessment X.yaml with "
                + "X.expected.yaml beside it, or a *.cases.yaml file", e.errors().get(0).format());
    }

    @Test
    void overlayCoverageCountsOnlyTheRulesTheOverlayDefines() throws Exception {
        Path client = dir.resolve("client");
        Files.createDirectories(client);
        Files.writeString(client.resolve("w-plans-goals-unclear.drl"), """
                package custom.w_plans_goals_unclear;
                import uk.selfcheck.model.Answer;
                import uk.selfcheck.model.Finding;
                import uk.selfcheck.model.Rating;
                rule "W-PLANS-GOALS-UNCLEAR"
                    @kind("weakness")
                    @area("help_and_protection")
                    @theme("plans_and_reviews")
                    @severity("medium")
                    @title("Goals unclear")
                    @text("Plans' goals are unclear.")
                    @recommendation("Make goals clear.")
                    @sources("South Tyneside 2019 focused visit: 'The use of professional jargon in plans means that children and families will not always be able to understand or relate to their plan.'")
                when
                    $a : Answer( rating <= Rating.INCONSISTENTLY, criterion == "cin_cp_plans_quality" )
                then
                    insert( Finding.from( drools, $a ) );
                end
                """);
        Path cases = client.resolve("w-plans-goals-unclear.cases.yaml");
        Files.writeString(cases, """
                cases:
                  - name: fires
                    answers: {cin_cp_plans_quality: inconsistently}
                    fires: [W-PLANS-GOALS-UNCLEAR]
                """);
        RulePack pack = RulePackLoader.loadShared(List.of(ShippedPack.RULES, client));
        Verification v = Verification.run(pack, List.of(cases), TODAY, null, true, (i, n, f) -> { });
        assertEquals(1, v.coverage().rules());
        assertEquals(1, v.coverage().fired());
        assertTrue(new TextOutput().render(v).contains("Rule coverage: 1 of 1 of the rules of " + client
                + " fired (100.0%)\n"), new TextOutput().render(v));
    }

    /** The number of cases a shipped cases file holds. */
    private static final class ShippedCases {
        static long count(Path file) throws Exception {
            return Files.readAllLines(file).stream().filter(l -> l.trim().startsWith("- name:")).count();
        }
    }
}
