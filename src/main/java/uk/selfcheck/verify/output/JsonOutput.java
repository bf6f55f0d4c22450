package uk.selfcheck.verify.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.selfcheck.verify.Coverage;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.Mismatch;
import uk.selfcheck.verify.Verification;

/** For other tools: every result with its mismatches, and coverage. Field order is fixed. */
public final class JsonOutput implements VerifyOutput {
    static final ObjectMapper MAPPER = uk.selfcheck.report.JsonReport.MAPPER;

    @Override
    public String render(Verification v) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("passed", v.passed());
        root.put("failed", v.failed());
        ArrayNode list = root.putArray("results");
        for (FixtureResult result : v.results()) {
            ObjectNode node = list.addObject();
            node.put("name", result.name());
            node.put("passed", result.passed());
            ArrayNode mismatches = node.putArray("mismatches");
            for (Mismatch m : result.mismatches()) {
                ObjectNode mm = mismatches.addObject();
                mm.put("file", m.file());
                mm.put("line", m.line());
                mm.put("message", m.message());
            }
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
        return write(root);
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
