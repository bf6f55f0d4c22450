package uk.selfcheck.verify.output;

import java.util.List;
import uk.selfcheck.verify.Coverage;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.Mismatch;
import uk.selfcheck.verify.Verification;

/** For a person at a terminal: each failing fixture with its mismatches, then coverage and the counts. */
public final class TextOutput implements VerifyOutput {
    /** More unfired rules than this are counted, not listed: hundreds of ids would bury the failures above them. */
    static final int MAX_UNFIRED_LISTED = 20;

    @Override
    public String render(Verification v) {
        StringBuilder out = new StringBuilder();
        for (FixtureResult result : v.results()) {
            if (!result.passed()) {
                out.append("FAIL ").append(result.name()).append('\n');
                for (Mismatch m : result.mismatches()) {
                    out.append("  ").append(m.format()).append('\n');
                }
            }
        }
        Coverage coverage = v.coverage();
        out.append("Rule coverage: ").append(coverage.fired()).append(" of ").append(coverage.rules())
                .append(" rules fired (").append(Coverage.format(coverage.percent())).append(")\n");
        coverage.byArea().forEach((area, counts) -> out.append("  ").append(area).append(": ").append(counts[0])
                .append(" of ").append(counts[1]).append('\n'));
        if (!coverage.unfired().isEmpty()) {
            out.append("  not fired by any fixture: ").append(unfired(coverage.unfired())).append('\n');
        }
        if (v.coverageFails()) {
            out.append("Coverage ").append(Coverage.format(coverage.percent())).append(" is below the minimum ")
                    .append(Coverage.format(v.minCoverage())).append('\n');
        }
        out.append("verify: ").append(v.passed()).append(" passed, ").append(v.failed()).append(" failed\n");
        return out.toString();
    }

    private static String unfired(List<String> ids) {
        if (ids.size() <= MAX_UNFIRED_LISTED) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, MAX_UNFIRED_LISTED)) + " and " + (ids.size() - MAX_UNFIRED_LISTED)
                + " more (--format json lists them all)";
    }
}
