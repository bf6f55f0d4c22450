package uk.selfcheck.verify.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.selfcheck.verify.Coverage;
import uk.selfcheck.verify.Verification;

/** The terminal report: failures first, each mismatch at its line, then coverage and the counts. */
class TextOutputTest {
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("all pass", Examples.allPass(), """
                        Rule coverage: 3 of 3 rules fired (100.0%)
                          help_and_protection: 1 of 1
                          leadership: 2 of 2
                        verify: 3 passed, 0 failed
                        """),
                Arguments.of("mismatches", Examples.mismatches(), """
                        FAIL fixtures/seeds/newcastle-2019.yaml
                          fixtures/seeds/newcastle-2019.expected.yaml:4: expected help_and_protection \
                        requires_improvement, got good
                          fixtures/seeds/newcastle-2019.expected.yaml:64: missing W-PLANS-TASK-FOCUSED
                        FAIL fixtures/rules/leadership/governance.cases.yaml#records rated rarely
                          fixtures/rules/leadership/governance.cases.yaml:7: case 'records rated rarely': \
                        unexpected S-GOV-STRONG-LEADERSHIP
                        Rule coverage: 2 of 3 rules fired (66.7%)
                          help_and_protection: 0 of 1
                          leadership: 2 of 2
                          not fired by any fixture: W-PLANS-TASK-FOCUSED
                        verify: 1 passed, 2 failed
                        """),
                Arguments.of("coverage below the minimum", Examples.coverageBelowMinimum(), """
                        Rule coverage: 1 of 3 rules fired (33.3%)
                          help_and_protection: 0 of 1
                          leadership: 1 of 2
                          not fired by any fixture: W-GOV-RECORDS-INACCURATE, W-PLANS-TASK-FOCUSED
                        Coverage 33.3% is below the minimum 100.0%
                        verify: 1 passed, 0 failed
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void rendersTheReport(String name, Verification verification, String expected) {
        assertEquals(expected, new TextOutput().render(verification));
    }

    @Test
    void aLongListOfUnfiredRulesIsCountedAfterTheFirstTwenty() {
        List<String> ids = IntStream.rangeClosed(1, 23).mapToObj(i -> String.format("W-RULE-%02d", i)).toList();
        Verification few = new Verification(List.of(), new Coverage(23, 0, new TreeMap<>(), ids), List.of(), null);
        String out = new TextOutput().render(few);
        assertTrue(out.contains("  not fired by any fixture: W-RULE-01, W-RULE-02, "), out);
        assertTrue(out.contains(", W-RULE-20 and 3 more (--format json lists them all)\n"), out);
        assertFalse(out.contains("W-RULE-21"), out);
    }
}
