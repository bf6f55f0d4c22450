package uk.selfcheck.verify.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import uk.selfcheck.verify.Agreement;
import uk.selfcheck.verify.Coverage;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.Mismatch;
import uk.selfcheck.verify.Verification;

/**
 * For other tools: every result with its mismatches (and a calibration fixture's misses), the agreement with the
 * expected judgements, and coverage. Field order is fixed.
 */
public final class JsonOutput implements VerifyOutput {
    static final ObjectMapper MAPPER = uk.selfcheck.report.JsonReport.MAPPER;

    @Override
    public String render(Verification v) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("passed", v.passed());
        root.put("failed", v.failed());
        if (v.skippedWhole() > 0) {
            root.put("skipped", v.skippedWhole());
        }
        ArrayNode list = root.putArray("results");
        for (FixtureResult result : v.results()) {
            ObjectNode node = list.addObject();
            node.put("name", result.name());
            node.put("passed", result.passed());
            mismatches(node.putArray("mismatches"), result.mismatches());
            if (!result.misses().isEmpty()) {
                mismatches(node.putArray("misses"), result.misses());
            }
            if (result.allSkipped()) {
                node.put("nothing_checked", true);
            }
            if (!result.skipped().isEmpty()) {
                mismatches(node.putArray("skipped"), result.skipped());
            }
            if (result.expectationFile() != null) {
                node.put("expectation", result.expectationFile());
            }
        }
        Agreement agreement = v.agreement();
        if (!agreement.isEmpty()) {
            root.set("agreement", agreement(agreement));
        }
        Coverage coverage = v.coverage();
        ObjectNode cov = root.putObject("coverage");
        cov.put("rules", coverage.rules());
        cov.put("fired", coverage.fired());
        cov.put("percent", Math.round(coverage.percent() * 10) / 10.0);
        if (v.minCoverage() != null) {
            cov.put("minimum", v.minCoverage());
            cov.put("below_minimum", v.coverageFails());
        }
        ObjectNode areas = cov.putObject("areas");
        coverage.byArea().forEach((area, counts) -> {
            ObjectNode a = areas.putObject(area);
            a.put("fired", counts[0]);
            a.put("rules", counts[1]);
        });
        ArrayNode unfired = cov.putArray("unfired");
        coverage.unfired().forEach(unfired::add);
        if (coverage.scope() != null) {
            cov.put("scope", coverage.scope());
        }
        if (!coverage.disabled().isEmpty()) {
            ObjectNode disabled = cov.putObject("disabled");
            coverage.disabled().forEach((id, where) -> disabled.put(id, where.file()));
        }
        return write(root);
    }

    private static void mismatches(ArrayNode list, List<Mismatch> mismatches) {
        for (Mismatch m : mismatches) {
            ObjectNode mm = list.addObject();
            mm.put("file", m.file());
            mm.put("line", m.line());
            mm.put("message", m.message());
        }
    }

    /** {@code agreement.overall.exact}, {@code agreement.areas.total}, {@code agreement.off_by_two} and the rest. */
    public static ObjectNode agreement(Agreement a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("fixtures", a.fixtures());
        node.set("overall", tally(a.overall()));
        node.set("areas", tally(a.areas()));
        node.put("off_by_two", a.offByTwo());
        ObjectNode by = node.putObject("judgements");
        a.byJudgement().forEach((id, t) -> by.set(id, tally(t)));
        ObjectNode confusion = node.putObject("confusion");
        confusion.set("overall", MAPPER.valueToTree(a.overallMatrix()));
        confusion.set("areas", MAPPER.valueToTree(a.areaMatrix()));
        return node;
    }

    private static ObjectNode tally(Agreement.Tally t) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("exact", t.exact());
        node.put("within_one", t.withinOne());
        node.put("off_by_two", t.offByTwo());
        node.put("total", t.total());
        return node;
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
