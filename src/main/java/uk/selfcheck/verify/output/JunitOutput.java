package uk.selfcheck.verify.output;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.selfcheck.engine.DisabledRule;
import uk.selfcheck.verify.Coverage;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.Mismatch;
import uk.selfcheck.verify.Verification;

/**
 * JUnit XML, the report CI servers show in their test tabs: one test suite per fixture or cases file, one test case
 * per fixture or case, a failure per failing one listing its mismatches. A fixture or case whose every check names a
 * rule an overlay disables is skipped, and so is each such rule, in a suite of its own; a passing one with some checks
 * left out says which in its output. With {@code --min-coverage}, coverage is one more test case. No timings, so the
 * report is the same on every run.
 */
public final class JunitOutput implements VerifyOutput {
    static final String COVERAGE_SUITE = "rule coverage";
    static final String DISABLED_SUITE = "rules disabled by overlays";

    @Override
    public String render(Verification v) {
        Map<String, List<FixtureResult>> suites = new LinkedHashMap<>();
        for (FixtureResult result : v.results()) {
            suites.computeIfAbsent(result.file(), f -> new ArrayList<>()).add(result);
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "selfcheck verify");
            Map<String, DisabledRule> disabled = v.coverage().disabled();
            xml.writeAttribute("tests", String.valueOf(v.results().size() + (v.minCoverage() == null ? 0 : 1)
                    + disabled.size()));
            xml.writeAttribute("failures", String.valueOf(v.failed() + (v.coverageFails() ? 1 : 0)));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(v.skippedWhole() + disabled.size()));
            for (Map.Entry<String, List<FixtureResult>> suite : suites.entrySet()) {
                List<FixtureResult> cases = suite.getValue();
                startSuite(xml, suite.getKey(), cases.size(), cases.stream().filter(r -> !r.passed()).count(),
                        cases.stream().filter(FixtureResult::allSkipped).count());
                for (FixtureResult result : cases) {
                    testCase(xml, suite.getKey(), result.caseName(), failure(result), skipped(result),
                            notChecked(result));
                }
                endElement(xml, 1);
            }
            if (!disabled.isEmpty()) {
                startSuite(xml, DISABLED_SUITE, disabled.size(), 0, disabled.size());
                for (Map.Entry<String, DisabledRule> rule : disabled.entrySet()) {
                    testCase(xml, DISABLED_SUITE, rule.getKey(), null, "disabled by overlay " + rule.getValue().file(),
                            null);
                }
                endElement(xml, 1);
            }
            if (v.minCoverage() != null) {
                startSuite(xml, COVERAGE_SUITE, 1, v.coverageFails() ? 1 : 0, 0);
                testCase(xml, COVERAGE_SUITE, "at least " + Coverage.format(v.minCoverage()) + " of rules fired",
                        v.coverageFails() ? new Failure("coverage", "Coverage "
                                + Coverage.format(v.coverage().percent()) + " is below the minimum "
                                + Coverage.format(v.minCoverage()), "not fired by any fixture:\n"
                                + String.join("\n", v.coverage().unfired())) : null, null, null);
                endElement(xml, 1);
            }
            endElement(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text + "\n";
    }

    private record Failure(String type, String message, String detail) {
    }

    private static Failure failure(FixtureResult result) {
        if (result.passed()) {
            return null;
        }
        List<Mismatch> mismatches = result.mismatches();
        String message = mismatches.get(0).message()
                + (mismatches.size() > 1 ? " (and " + (mismatches.size() - 1) + " more)" : "");
        return new Failure("mismatch", message, mismatches.stream().map(Mismatch::format)
                .collect(Collectors.joining("\n")));
    }

    /** Why a fixture or case is skipped: the disabled rules that were all it checked; null when it is not. */
    private static String skipped(FixtureResult result) {
        return result.allSkipped() ? result.skipped().stream().map(Mismatch::message).collect(Collectors.joining("; "))
                : null;
    }

    /** For a passing fixture with some checks left out, which and why; null otherwise. */
    private static String notChecked(FixtureResult result) {
        return result.passed() && !result.allSkipped() && !result.skipped().isEmpty() ? "not checked:\n"
                + result.skipped().stream().map(Mismatch::format).collect(Collectors.joining("\n")) : null;
    }

    private static void startSuite(XMLStreamWriter xml, String name, int tests, long failures, long skipped)
            throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(name));
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped));
    }

    private static void testCase(XMLStreamWriter xml, String className, String name, Failure failure,
                                 String skipped, String output) throws XMLStreamException {
        indent(xml, 2);
        boolean empty = failure == null && skipped == null && output == null;
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("name", clean(name));
        xml.writeAttribute("classname", clean(className));
        if (failure != null) {
            indent(xml, 3);
            xml.writeStartElement("failure");
            xml.writeAttribute("type", failure.type());
            // one line: a parser would turn the newlines of an attribute into spaces anyway
            xml.writeAttribute("message", oneLine(failure.message()));
            xml.writeCharacters(clean(failure.detail()));
            xml.writeEndElement();
        }
        if (skipped != null) {
            indent(xml, 3);
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", oneLine(skipped));
        }
        if (output != null) {
            indent(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(output));
            xml.writeEndElement();
        }
        if (!empty) {
            endElement(xml, 2);
        }
    }

    private static String oneLine(String text) {
        return clean(text).replaceAll("\\R", " ");
    }

    private static void endElement(XMLStreamWriter xml, int depth) throws XMLStreamException {
        indent(xml, depth);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** XML 1.0 cannot hold most control characters, even escaped; a case name from YAML could contain one. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == '\t' || c == '\n' || c == '\r' || c >= 0x20
                && c != 0xFFFE && c != 0xFFFF ? c : 0xFFFD));
        return out.toString();
    }
}
