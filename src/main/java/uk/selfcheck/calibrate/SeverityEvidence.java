package uk.selfcheck.calibrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.Judgement;
import uk.selfcheck.model.RuleInfo;
import uk.selfcheck.report.JsonReport;

/**
 * How published inspections weigh each weakness: for every weakness rule that fires in fixtures expecting judgements,
 * the grades Ofsted gave the judgement it counts towards. A weakness inspectors name in judgements they still grade
 * good or outstanding does not hold a grade down, and is low; one named only where the judgement requires improvement
 * or is inadequate is high. The suggestion is evidence for whoever sets a rule's {@code @severity}, never applied by
 * itself.
 */
public final class SeverityEvidence {
    /** Fewer firings than this and the evidence is too thin to question a severity. */
    static final int MIN_FIRINGS = 8;
    /**
     * Named in good or outstanding judgements at least as often as in weaker ones and the weakness is low: three times
     * the share of all weakness findings of the calibration set (about 17%).
     */
    static final double LOW_FROM_GOOD_SHARE = 0.5;
    /** Fired at least this often, and never in a good or outstanding judgement, and the weakness is high. */
    static final int HIGH_MIN_FIRINGS = 10;

    private SeverityEvidence() {
    }

    /**
     * One weakness rule's evidence.
     *
     * @param byGrade   how many fixtures it fires in, by the published grade of its judgement (inadequate first)
     * @param suggested the severity the evidence suggests, or {@code null} when it is too thin or agrees
     */
    public record Row(RuleInfo rule, int[] byGrade, String suggested) {
        public int firings() {
            int n = 0;
            for (int count : byGrade) {
                n += count;
            }
            return n;
        }

        /** The share of its firings in judgements published good or outstanding. */
        public double goodShare() {
            return firings() == 0 ? 0 : (byGrade[Grade.GOOD.ordinal()] + byGrade[Grade.OUTSTANDING.ordinal()])
                    / (double) firings();
        }
    }

    /** Every weakness rule that fires in a fixture of the set, by rule id. */
    public static List<Row> of(RulePack pack, CalibrationSet set) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (CalibrationSet.Item item : set.items()) {
            Framework framework = pack.manifest().framework(item.prepared().assessment().header().framework())
                    .orElseThrow();
            Set<String> seen = new HashSet<>();
            for (Finding finding : item.prepared().findings()) {
                if (!finding.isWeakness() || !seen.add(finding.getId())) {
                    continue; // a rule counts once a fixture, however many answers it fires on
                }
                Optional<Grade> published = framework.judgementFor(finding.getArea()).map(Judgement::id)
                        .map(item.expected()::get).flatMap(Grade::fromId);
                if (published.isPresent()) {
                    counts.computeIfAbsent(finding.getId(), id -> new int[Grade.values().length])
                            [published.get().ordinal()]++;
                    rules.put(finding.getId(), finding.getRule());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((id, byGrade) -> rows.add(row(rules.get(id), byGrade)));
        return rows;
    }

    /** The row of a rule fired so often by grade (inadequate first), with the severity that suggests. */
    static Row row(RuleInfo rule, int[] byGrade) {
        Row draft = new Row(rule, byGrade, null);
        String severity = rule.severity().id();
        String suggested = null;
        if (draft.firings() >= MIN_FIRINGS) {
            if (draft.goodShare() >= LOW_FROM_GOOD_SHARE) {
                suggested = "low";
            } else if (draft.firings() >= HIGH_MIN_FIRINGS && draft.goodShare() == 0) {
                suggested = "high";
            }
        }
        return new Row(rule, byGrade, severity.equals(suggested) ? null : suggested);
    }

    public static String text(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("How the fixtures' expected grades weigh each weakness: for each weakness rule, the fixtures it\n")
                .append("fires in by the grade expected of the judgement it counts towards (I, RI, G, O), and the\n")
                .append("severity that suggests: low when at least ").append(percent(LOW_FROM_GOOD_SHARE))
                .append(" of its firings are in judgements expected\n")
                .append("good or better, high when it fires at least ").append(HIGH_MIN_FIRINGS)
                .append(" times and never in one (from ").append(MIN_FIRINGS).append(" firings).\n\n");
        out.append(String.format(Locale.ROOT, "  %-48s %-8s %5s %15s %6s  %s%n", "rule", "severity", "fires",
                "I/RI/G/O", "good+", "suggests"));
        for (Row r : rows) {
            int[] g = r.byGrade();
            out.append(String.format(Locale.ROOT, "  %-48s %-8s %5d %15s %6s  %s", r.rule().id(),
                    r.rule().severity().id(), r.firings(), g[0] + "/" + g[1] + "/" + g[2] + "/" + g[3],
                    percent(r.goodShare()), r.suggested() == null ? "" : r.suggested() + " (" + r.rule().file() + ":"
                            + r.rule().line() + ")").stripTrailing()).append('\n');
        }
        long questioned = rows.stream().filter(r -> r.suggested() != null).count();
        out.append("\n").append(questioned).append(" of ").append(rows.size())
                .append(" weakness rules have a severity the evidence questions.\n");
        return out.toString();
    }

    public static String json(List<Row> rows) {
        ArrayNode array = JsonReport.MAPPER.createArrayNode();
        for (Row r : rows) {
            ObjectNode o = array.addObject();
            o.put("rule", r.rule().id());
            o.put("severity", r.rule().severity().id());
            o.put("file", r.rule().file());
            o.put("line", r.rule().line());
            o.put("fires", r.firings());
            ObjectNode by = o.putObject("by_published_grade");
            for (Grade grade : Grade.values()) {
                by.put(grade.id(), r.byGrade()[grade.ordinal()]);
            }
            o.put("good_share", Math.round(r.goodShare() * 1000) / 1000.0);
            if (r.suggested() != null) {
                o.put("suggested", r.suggested());
            }
        }
        try {
            return JsonReport.MAPPER.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
