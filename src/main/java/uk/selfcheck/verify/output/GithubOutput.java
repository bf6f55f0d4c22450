package uk.selfcheck.verify.output;

import uk.selfcheck.model.RuleInfo;
import uk.selfcheck.verify.Coverage;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.Mismatch;
import uk.selfcheck.verify.Verification;

/**
 * GitHub Actions workflow commands: an {@code ::error} annotation per mismatch, which GitHub shows on the line of the
 * expectation file in the pull request, and per unfired rule when coverage is below the minimum; a {@code ::notice}
 * per expectation left unchecked because an overlay disables its rule, and per rule an overlay disables, at the line
 * of the overlay that disables it. The counts follow as plain lines for the log.
 */
public final class GithubOutput implements VerifyOutput {
    @Override
    public String render(Verification v) {
        StringBuilder out = new StringBuilder();
        for (FixtureResult result : v.results()) {
            for (Mismatch m : result.mismatches()) {
                error(out, m.file(), m.line(), null, m.message());
            }
            for (Mismatch m : result.skipped()) {
                out.append("::notice file=").append(property(m.file())).append(",line=").append(Math.max(1, m.line()))
                        .append(",title=Not checked::").append(data(m.message())).append('\n');
            }
        }
        Coverage coverage = v.coverage();
        coverage.disabled().forEach((id, where) -> out.append("::notice file=").append(property(where.file()))
                .append(",line=").append(Math.max(1, where.line())).append(",title=Rule disabled::")
                .append(data(VerifyOutput.disabledNotice(id, where)))
                .append('\n'));
        String summary = coverage.summary();
        if (v.coverageFails()) {
            String title = "Rule coverage " + Coverage.format(coverage.percent()) + " is below the minimum "
                    + Coverage.format(v.minCoverage());
            for (RuleInfo rule : v.unfiredRules()) {
                error(out, rule.file(), rule.line(), title, "No fixture fires " + rule.id());
            }
        } else if (!coverage.unfired().isEmpty()) {
            out.append("::notice title=Rules no fixture fires::").append(data(String.join(", ", coverage.unfired())))
                    .append('\n');
        }
        out.append(summary).append('\n');
        out.append(v.counts()).append('\n');
        return out.toString();
    }

    private static void error(StringBuilder out, String file, int line, String title, String message) {
        out.append("::error file=").append(property(file)).append(",line=").append(Math.max(1, line));
        if (title != null) {
            out.append(",title=").append(property(title));
        }
        out.append("::").append(data(message)).append('\n');
    }

    /** The escaping GitHub's runner undoes for a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping GitHub's runner undoes for a command's properties, where ',' and ':' are separators. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
