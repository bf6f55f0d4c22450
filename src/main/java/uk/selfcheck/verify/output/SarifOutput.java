package uk.selfcheck.verify.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import uk.selfcheck.engine.DisabledRule;
import uk.selfcheck.model.RuleInfo;
import uk.selfcheck.verify.Coverage;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.Mismatch;
import uk.selfcheck.verify.Verification;

/**
 * SARIF 2.1.0, the format code-scanning services read: one result per mismatch at the expectation's file and line,
 * and, when coverage is below {@code --min-coverage}, one per rule no fixture fires, at the rule. An expectation left
 * unchecked because an overlay disables its rule is a result of kind {@code notApplicable} (level {@code none}, as the
 * specification requires of any kind but {@code fail}) with an external, accepted suppression giving the overlay, so
 * that a viewer shows it as neither a pass nor an open problem; so is each rule an overlay disables, at the line of
 * the overlay that disables it. Coverage figures go in the run's property bag.
 */
public final class SarifOutput implements VerifyOutput {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String MISMATCH = "fixture-mismatch";
    static final String NOT_FIRED = "rule-not-fired";
    static final String NOT_CHECKED = "expectation-not-checked";
    static final String DISABLED = "rule-disabled";

    @Override
    public String render(Verification v) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "selfcheck");
        ArrayNode rules = driver.putArray("rules");
        describe(rules.addObject(), MISMATCH, "FixtureMismatch", "A fixture's outcome differs from its expectation",
                "A fixture or per-rule case no longer gives the grades and findings its expectation file states. "
                        + "Either the rule change is wrong, or the expectation needs updating with the reason.", "error");
        describe(rules.addObject(), NOT_FIRED, "RuleNotFired", "No fixture fires this rule",
                "Rule coverage is below the minimum: add a per-rule case that fires this rule.", "error");
        describe(rules.addObject(), NOT_CHECKED, "ExpectationNotChecked", "An overlay disables the rule this "
                + "expectation names", "The rule is disabled by an overlay folder's overlay.yaml, so the expectation "
                + "that it fires or does not fire is skipped; the rest of the fixture is still checked.", "note");
        describe(rules.addObject(), DISABLED, "RuleDisabled", "An overlay disables this rule", "The rule is "
                + "disabled by an overlay folder's overlay.yaml: it finds nothing and no fixture checks it, and rule "
                + "coverage leaves it out.", "note");
        ArrayNode results = run.putArray("results");
        for (FixtureResult result : v.results()) {
            for (Mismatch m : result.mismatches()) {
                result(results.addObject(), MISMATCH, 0, m.message(), m.file(), m.line());
            }
        }
        for (FixtureResult result : v.results()) {
            for (Mismatch m : result.skipped()) {
                notApplicable(results.addObject(), NOT_CHECKED, 2, m.message() + ": this expectation is not checked.",
                        m.file(), m.line(), m.message());
            }
        }
        for (Map.Entry<String, DisabledRule> rule : v.coverage().disabled().entrySet()) {
            DisabledRule where = rule.getValue();
            notApplicable(results.addObject(), DISABLED, 3, VerifyOutput.disabledNotice(rule.getKey(), where),
                    where.file(), where.line(), where.why(rule.getKey()));
        }
        if (v.coverageFails()) {
            for (RuleInfo rule : v.unfiredRules()) {
                result(results.addObject(), NOT_FIRED, 1, "No fixture fires " + rule.id() + ": rule coverage "
                        + Coverage.format(v.coverage().percent()) + " is below the minimum "
                        + Coverage.format(v.minCoverage()) + ".", rule.file(), rule.line());
            }
        }
        ObjectNode properties = run.putObject("properties");
        ObjectNode coverage = properties.putObject("coverage");
        coverage.put("rules", v.coverage().rules());
        coverage.put("fired", v.coverage().fired());
        coverage.put("percent", Math.round(v.coverage().percent() * 10) / 10.0);
        ObjectNode counts = properties.putObject("fixtures");
        counts.put("passed", v.passed());
        counts.put("failed", v.failed());
        counts.put("skipped", v.skippedWhole());
        return JsonOutput.write(root);
    }

    private static void describe(ObjectNode rule, String id, String name, String summary, String help,
                                 String level) {
        rule.put("id", id);
        rule.put("name", name);
        rule.putObject("shortDescription").put("text", summary);
        rule.putObject("help").put("text", help);
        rule.putObject("defaultConfiguration").put("level", level);
    }

    /** A result that is neither a pass nor an open problem: kind notApplicable, with an external, accepted suppression. */
    private static void notApplicable(ObjectNode node, String ruleId, int ruleIndex, String message, String file,
                                      int line, String justification) {
        result(node, ruleId, ruleIndex, message, file, line);
        node.put("kind", "notApplicable");
        node.put("level", "none");
        ObjectNode suppression = node.putArray("suppressions").addObject();
        suppression.put("kind", "external");
        suppression.put("status", "accepted");
        suppression.put("justification", justification);
    }

    private static void result(ObjectNode node, String ruleId, int ruleIndex, String message, String file, int line) {
        node.put("ruleId", ruleId);
        node.put("ruleIndex", ruleIndex);
        node.put("level", "error");
        node.putObject("message").put("text", message);
        ObjectNode location = node.putArray("locations").addObject().putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", uri(file));
        location.putObject("region").put("startLine", Math.max(1, line));
    }

    /** Relative paths stay relative (to the repository root, as code scanning expects); absolute ones become file URIs. */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + file, e);
        }
    }
}
