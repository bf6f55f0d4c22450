package uk.selfcheck.verify.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.selfcheck.verify.Verification;

/** The JSON report parses, and its counts, mismatches and coverage are those of the run. */
class JsonOutputTest {
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("all pass", Examples.allPass(), 3, 0, List.of(), 100.0, List.of(), null),
                Arguments.of("mismatches", Examples.mismatches(), 1, 2, List.of(
                        "fixtures/seeds/newcastle-2019.expected.yaml:4",
                        "fixtures/seeds/newcastle-2019.expected.yaml:64",
                        "fixtures/rules/leadership/governance.cases.yaml:7"), 66.7, List.of("W-PLANS-TASK-FOCUSED"),
                        false),
                Arguments.of("coverage below the minimum", Examples.coverageBelowMinimum(), 1, 0, List.of(), 33.3,
                        List.of("W-GOV-RECORDS-INACCURATE", "W-PLANS-TASK-FOCUSED"), true),
                Arguments.of("awkward text", Examples.awkwardText(), 0, 1, List.of("fixtures/a b/x.cases.yaml:2"),
                        100.0, List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void countsMismatchesAndCoverage(String name, Verification verification, int passed, int failed,
                                     List<String> mismatchAt, double percent, List<String> unfired,
                                     Boolean belowMinimum) throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonOutput().render(verification));
        assertEquals(passed, root.get("passed").asInt());
        assertEquals(failed, root.get("failed").asInt());
        assertEquals(verification.results().size(), root.get("results").size());
        List<String> at = new ArrayList<>();
        for (JsonNode result : root.get("results")) {
            for (JsonNode m : result.get("mismatches")) {
                at.add(m.get("file").asText() + ":" + m.get("line").asInt());
            }
            assertEquals(result.get("mismatches").isEmpty(), result.get("passed").asBoolean());
        }
        assertEquals(mismatchAt, at);
        JsonNode coverage = root.get("coverage");
        assertEquals(percent, coverage.get("percent").asDouble());
        assertEquals(unfired, new ObjectMapper().convertValue(coverage.get("unfired"), List.class));
        assertEquals(belowMinimum == null, !coverage.has("below_minimum"));
        if (belowMinimum != null) {
            assertEquals(belowMinimum, coverage.get("below_minimum").asBoolean());
        }
        assertEquals("a <b> & \"c\", 50%: d\nnext line\u0007", new ObjectMapper().readTree(
                new JsonOutput().render(Examples.awkwardText())).at("/results/0/mismatches/0/message").asText(),
                "any text survives the round trip");
    }
}
