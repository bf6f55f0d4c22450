package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import java.util.List;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackLoader;
import uk.selfcheck.model.MeasuredAgreement;

/**
 * The agreement the shipped pack states in every report is the agreement {@code verify} measures on the fixtures it
 * names: a change to the rules that moves it fails here until pack.yaml says the new figures.
 */
class MeasuredAgreementTest {

    @Test
    void thePackStatesWhatVerifyMeasuresOnItsHeldOutInspections() throws Exception {
        RulePack pack = RulePackLoader.load(List.of(Path.of("rules")));
        MeasuredAgreement stated = pack.manifest().measuredAgreement();
        StringWriter out = new StringWriter();
        int code = Main.mainWithoutExit(new String[] {"verify", stated.fixtures(), "--format", "json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code, "verify " + stated.fixtures());
        JsonNode agreement = new ObjectMapper().readTree(out.toString()).path("agreement");
        String remeasure = "; measure again with ./selfcheck verify " + stated.fixtures()
                + " and write the figures in rules/pack.yaml's measured_agreement";
        assertEquals(agreement.path("overall").path("exact").asInt(), stated.overallExact(), "overall exact" + remeasure);
        assertEquals(agreement.path("overall").path("total").asInt(), stated.overallTotal(), "overall total" + remeasure);
        assertEquals(agreement.path("areas").path("exact").asInt(), stated.judgementsExact(),
                "judgements exact" + remeasure);
        assertEquals(agreement.path("areas").path("total").asInt(), stated.judgementsTotal(),
                "judgements total" + remeasure);
        assertEquals(agreement.path("off_by_two").asInt(), stated.offByTwo(), "off by two" + remeasure);
        assertEquals(agreement.path("fixtures").asInt(), stated.inspections(), "inspections" + remeasure);
    }

    @Test
    void aReportSaysWhatWasMeasuredAndWhenItDoesNotCoverThisPrediction() {
        MeasuredAgreement m = new MeasuredAgreement("fixtures/holdout", 40, 32, 37, 140, 171, 0);
        assertEquals("On 40 published inspections kept out of the rule pack's making, its predicted overall "
                + "effectiveness matched Ofsted's in 32 of 37 (86%) and the other judgements in 140 of 171 (82%); none "
                + "was two grades out.", m.sentence(false, false));
        String visit = m.sentence(true, false);
        assertEquals(true, visit.endsWith("Focused visits were not measured: these indicative grades are less certain."),
                visit);
        String overlay = new MeasuredAgreement("f", 10, 5, 9, 30, 40, 1).sentence(false, true);
        assertEquals(true, overlay.contains("in 5 of 9 (56%)") && overlay.contains("1 was two grades out")
                && overlay.endsWith("this report also uses an overlay, which was not."), overlay);
    }
}
