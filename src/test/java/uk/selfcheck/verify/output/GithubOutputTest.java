package uk.selfcheck.verify.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.selfcheck.verify.Verification;

/** GitHub workflow commands: one annotation per problem, at the file and line, escaped as the runner expects. */
class GithubOutputTest {
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("all pass", Examples.allPass(), """
                        Rule coverage: 3 of 3 rules fired (100.0%)
                        verify: 3 passed, 0 failed
                        """),
                Arguments.of("mismatches", Examples.mismatches(), """
                        ::error file=fixtures/seeds/newcastle-2019.expected.yaml,line=4::expected help_and_protection \
                        requires_improvement, got good
                        ::error file=fixtures/seeds/newcastle-2019.expected.yaml,line=64::missing W-PLANS-TASK-FOCUSED
                        ::error file=fixtures/rules/leadership/governance.cases.yaml,line=7::case 'records rated \
                        rarely': unexpected S-GOV-STRONG-LEADERSHIP
                        ::notice title=Rules no fixture fires::W-PLANS-TASK-FOCUSED
                        Rule coverage: 2 of 3 rules fired (66.7%)
                        verify: 1 passed, 2 failed
                        """),
                Arguments.of("coverage below the minimum", Examples.coverageBelowMinimum(), """
                        ::error file=rules/hp/plans.drl,line=40,title=Rule coverage 33.3%25 is below the minimum \
                        100.0%25::No fixture fires W-PLANS-TASK-FOCUSED
                        ::error file=rules/leadership/gov.drl,line=12,title=Rule coverage 33.3%25 is below the \
                        minimum 100.0%25::No fixture fires W-GOV-RECORDS-INACCURATE
                        Rule coverage: 1 of 3 rules fired (33.3%)
                        verify: 1 passed, 0 failed
                        """),
                Arguments.of("awkward text", Examples.awkwardText(), """
                        ::error file=fixtures/a b/x.cases.yaml,line=2::a <b> & "c", 50%25: d%0Anext line\u0007
                        Rule coverage: 3 of 3 rules fired (100.0%)
                        verify: 0 passed, 1 failed
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void rendersAnnotations(String name, Verification verification, String expected) {
        assertEquals(expected, new GithubOutput().render(verification));
    }
}
