package uk.selfcheck.verify.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.selfcheck.verify.Verification;

/**
 * JUnit XML parses, its totals agree with its test cases, and each failure names its case and carries every
 * mismatch.
 */
class JunitOutputTest {
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("all pass", Examples.allPass(), 3, 0, List.of(
                        "fixtures/seeds/newcastle-2019.yaml", "fixtures/rules/leadership/governance.cases.yaml"),
                        List.of()),
                Arguments.of("mismatches", Examples.mismatches(), 4, 2, List.of(
                        "fixtures/seeds/newcastle-2019.yaml", "fixtures/rules/leadership/governance.cases.yaml",
                        "rule coverage"), List.of(
                        "newcastle-2019.yaml: expected help_and_protection requires_improvement, got good (and 1 "
                                + "more)|fixtures/seeds/newcastle-2019.expected.yaml:4: expected help_and_protection "
                                + "requires_improvement, got good\nfixtures/seeds/newcastle-2019.expected.yaml:64: "
                                + "missing W-PLANS-TASK-FOCUSED",
                        "records rated rarely: case 'records rated rarely': unexpected S-GOV-STRONG-LEADERSHIP|"
                                + "fixtures/rules/leadership/governance.cases.yaml:7: case 'records rated rarely': "
                                + "unexpected S-GOV-STRONG-LEADERSHIP")),
                Arguments.of("coverage below the minimum", Examples.coverageBelowMinimum(), 2, 1, List.of(
                        "fixtures/seeds/newcastle-2019.yaml", "rule coverage"), List.of(
                        "at least 100.0% of rules fired: Coverage 33.3% is below the minimum 100.0%|not fired by "
                                + "any fixture:\nW-GOV-RECORDS-INACCURATE\nW-PLANS-TASK-FOCUSED")),
                Arguments.of("awkward text", Examples.awkwardText(), 1, 1, List.of("fixtures/a b/x.cases.yaml"),
                        List.of("<&> \"quoted\", 100%: done: a <b> & \"c\", 50%: d next line\uFFFD|fixtures/a b/"
                                + "x.cases.yaml:2: a <b> & \"c\", 50%: d\nnext line\uFFFD")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void parsesWithTheRightCounts(String name, Verification verification, int tests, int failures,
                                  List<String> suites, List<String> failureTexts) throws Exception {
        String xml = new JunitOutput().render(verification);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals(tests, Integer.parseInt(root.getAttribute("tests")));
        assertEquals(failures, Integer.parseInt(root.getAttribute("failures")));
        assertEquals(tests, doc.getElementsByTagName("testcase").getLength());
        assertEquals(failures, doc.getElementsByTagName("failure").getLength());

        NodeList suiteNodes = doc.getElementsByTagName("testsuite");
        List<String> suiteNames = new ArrayList<>();
        for (int i = 0; i < suiteNodes.getLength(); i++) {
            Element suite = (Element) suiteNodes.item(i);
            suiteNames.add(suite.getAttribute("name"));
            assertEquals(suite.getElementsByTagName("testcase").getLength(),
                    Integer.parseInt(suite.getAttribute("tests")), suite.getAttribute("name"));
            assertEquals(suite.getElementsByTagName("failure").getLength(),
                    Integer.parseInt(suite.getAttribute("failures")), suite.getAttribute("name"));
        }
        assertEquals(suites, suiteNames);

        NodeList failureNodes = doc.getElementsByTagName("failure");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < failureNodes.getLength(); i++) {
            Element failure = (Element) failureNodes.item(i);
            Element testCase = (Element) failure.getParentNode();
            texts.add(testCase.getAttribute("name") + ": " + failure.getAttribute("message") + "|"
                    + failure.getTextContent());
        }
        assertEquals(failureTexts, texts);
    }
}
