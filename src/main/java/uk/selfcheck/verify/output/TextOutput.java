package uk.selfcheck.verify.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.selfcheck.verify.Agreement;
import uk.selfcheck.verify.Coverage;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.Mismatch;
import uk.selfcheck.verify.Verification;

/**
 * For a person at a terminal: each failing fixture with its mismatches, each calibration miss, the agreement with the
 * expected judgements, then coverage and the counts.
 */
public final class TextOutput implements VerifyOutput {
    /** More unfired rules than this are counted, not listed: hundreds of ids would bury the failures above them. */
    static final int MAX_UNFIRED_LISTED = 20;

    @Override
    public String render(Verification v) {
        StringBuilder out = new StringBuilder();
        for (FixtureResult result : v.results()) {
            if (!result.passed()) {
                listed(out, "FAIL", result.name(), result.mismatches());
            }
        }
        for (FixtureResult result : v.missed()) {
            listed(out, "MISS", result.name(), result.misses());
        }
        for (FixtureResult result : v.skipped()) {
            listed(out, "SKIP", result.name(), result.skipped());
        }
        for (FixtureResult result : v.overridden()) {
            out.append("USING ").append(result.expectationFile()).append(" for ").append(result.name()).append('\n');
        }
        Agreement agreement = v.agreement();
        if (!agreement.isEmpty()) {
            agreement(out, agreement);
        }
        Coverage coverage = v.coverage();
        out.append(coverage.summary()).append('\n');
        if (!coverage.disabled().isEmpty()) {
            out.append("  left out, disabled by an overlay: ").append(String.join(", ", coverage.disabled().entrySet()
                    .stream().map(e -> e.getKey() + " (" + e.getValue().file() + ")").toList())).append('\n');
        }
        coverage.byArea().forEach((area, counts) -> out.append("  ").append(area).append(": ").append(counts[0])
                .append(" of ").append(counts[1]).append('\n'));
        if (!coverage.unfired().isEmpty()) {
            out.append("  not fired by any fixture: ").append(unfired(coverage.unfired())).append('\n');
        }
        if (v.coverageFails()) {
            out.append("Coverage ").append(Coverage.format(coverage.percent())).append(" is below the minimum ")
                    .append(Coverage.format(v.minCoverage())).append('\n');
        }
        out.append(v.counts()).append('\n');
        return out.toString();
    }

    /** A fixture under its heading, then each of its mismatches (or misses) at its line. */
    private static void listed(StringBuilder out, String heading, String name, List<Mismatch> mismatches) {
        out.append(heading).append(' ').append(name).append('\n');
        for (Mismatch m : mismatches) {
            out.append("  ").append(m.format()).append('\n');
        }
    }

    /** The agreement block: the two headline lines, each judgement, then the confusion matrices. */
    static void agreement(StringBuilder out, Agreement a) {
        out.append("Agreement with the expected judgements, over ").append(a.fixtures())
                .append(a.fixtures() == 1 ? " fixture:\n" : " fixtures:\n");
        if (a.overall().total() > 0) {
            tally(out, "overall", a.overall());
        }
        tally(out, "areas", a.areas());
        a.byJudgement().forEach((id, t) -> {
            if (!id.equals("overall")) {
                tally(out, "  " + id, t);
            }
        });
        if (a.overall().total() > 0) {
            matrix(out, "overall", a.overallMatrix());
        }
        matrix(out, "areas", a.areaMatrix());
    }

    private static void tally(StringBuilder out, String label, Agreement.Tally t) {
        out.append("  ").append(label).append(": ").append(t.exact()).append(" of ").append(t.total())
                .append(" exact (").append(percent(t.exactPercent())).append("), ").append(t.withinOne())
                .append(" within one grade, ").append(t.offByTwo()).append(" off by two or more\n");
    }

    /** Short column heads, so that a matrix fits a terminal: outstanding, good, RI, inadequate, no grade. */
    private static final Map<String, String> SHORT = Map.of("outstanding", "outstanding", "good", "good",
            "requires_improvement", "RI", "inadequate", "inadequate", Agreement.NO_GRADE, "no grade");

    private static void matrix(StringBuilder out, String label, Map<String, Map<String, Integer>> m) {
        out.append("  ").append(label).append(", expected (rows) against predicted (columns):\n");
        out.append(String.format(Locale.ROOT, "    %-12s", ""));
        Agreement.COLUMNS.forEach(c -> out.append(String.format(Locale.ROOT, "%12s", SHORT.get(c))));
        out.append('\n');
        m.forEach((expected, row) -> {
            out.append(String.format(Locale.ROOT, "    %-12s", SHORT.get(expected)));
            row.values().forEach(n -> out.append(String.format(Locale.ROOT, "%12d", n)));
            out.append('\n');
        });
    }

    private static String percent(double p) {
        return Math.round(p) + "%";
    }

    private static String unfired(List<String> ids) {
        if (ids.size() <= MAX_UNFIRED_LISTED) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, MAX_UNFIRED_LISTED)) + " and " + (ids.size() - MAX_UNFIRED_LISTED)
                + " more (--format json lists them all)";
    }
}
