package uk.selfcheck.calibrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.selfcheck.report.JsonReport;
import uk.selfcheck.verify.Agreement;
import uk.selfcheck.verify.output.JsonOutput;

/** What {@code selfcheck calibrate} prints, as text or JSON, and the overlay it writes. */
public final class CalibrationReport {
    private CalibrationReport() {
    }

    public static String text(Calibrator.Result r) {
        StringBuilder out = new StringBuilder();
        out.append("Calibrated on ").append(r.fixtures()).append(" fixtures that expect judgements (")
                .append(r.folds()).append("-fold cross-validation, an authority's inspections in one fold).\n\n");
        out.append(String.format(Locale.ROOT, "  %-30s %18s %18s %18s%n", "", "pack's numbers", "fitted",
                "cross-validated"));
        row(out, "overall exact", r.before().overall(), r.fittedAgreement().overall(), r.crossValidated().overall());
        row(out, "areas exact", r.before().areas(), r.fittedAgreement().areas(), r.crossValidated().areas());
        out.append(String.format(Locale.ROOT, "  %-30s %18d %18d %18d%n", "off by two or more",
                r.before().offByTwo(), r.fittedAgreement().offByTwo(), r.crossValidated().offByTwo()));
        out.append("\nThe cross-validated figure is the one to expect on inspections these fixtures do not hold: each fold\n")
                .append("is predicted by numbers fitted to the others, starting from the middle of each number's range\n")
                .append("rather than from the pack's numbers, which may have been fitted to these fixtures.\n");
        List<Calibrator.Miss> overall = r.crossValidatedMisses().stream().filter(m -> m.pair().isOverall()).toList();
        if (!overall.isEmpty()) {
            out.append("Overall judgements the cross-validation missed (every miss is in the JSON):\n");
            overall.forEach(miss -> out.append("  ").append(miss).append('\n'));
        }
        if (!r.crossValidatedOffByTwo().isEmpty()) {
            out.append("Cross-validated predictions two or more grades out:\n");
            r.crossValidatedOffByTwo().forEach(miss -> out.append("  ").append(miss).append('\n'));
        }
        Map<String, Double> changed = r.changed();
        if (changed.isEmpty()) {
            out.append("The fit changes none of the pack's numbers.\n");
        } else {
            out.append("Numbers the fit changes:\n");
            changed.forEach((name, value) -> out.append("  ").append(name).append(": ")
                    .append(number(name, r.start().get(name))).append(" -> ").append(number(name, value))
                    .append('\n'));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Agreement.Tally before, Agreement.Tally fitted,
                            Agreement.Tally cross) {
        out.append(String.format(Locale.ROOT, "  %-30s %18s %18s %18s%n", label, cell(before), cell(fitted),
                cell(cross)));
    }

    private static String cell(Agreement.Tally t) {
        if (t.total() == 0) {
            return "-";
        }
        return t.exact() + "/" + t.total() + " (" + Math.round(t.exactPercent()) + "%)";
    }

    public static String json(Calibrator.Result r) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("fixtures", r.fixtures());
        root.put("folds", r.folds());
        root.set("before", JsonOutput.agreement(r.before()));
        root.set("fitted", JsonOutput.agreement(r.fittedAgreement()));
        root.set("cross_validated", JsonOutput.agreement(r.crossValidated()));
        ArrayNode offByTwo = root.putArray("cross_validated_off_by_two");
        r.crossValidatedOffByTwo().forEach(miss -> offByTwo.add(miss.toString()));
        ArrayNode misses = root.putArray("cross_validated_misses");
        r.crossValidatedMisses().forEach(miss -> {
            ObjectNode m = misses.addObject();
            m.put("fixture", miss.fixture());
            m.put("judgement", miss.pair().judgement());
            m.put("expected", miss.pair().expected());
            m.put("predicted", miss.pair().predicted());
        });
        ObjectNode changed = root.putObject("changed");
        r.changed().forEach((name, value) -> {
            ObjectNode c = changed.putObject(name);
            c.put("from", r.start().get(name));
            c.put("to", value);
        });
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * An overlay.yaml holding the numbers the fit changed, under pack.yaml's own keys, for {@code --rules PACK --rules
     * FOLDER}.
     */
    public static String overlay(Calibrator.Result r) {
        StringBuilder out = new StringBuilder();
        Agreement.Tally overall = r.crossValidated().overall();
        Agreement.Tally areas = r.crossValidated().areas();
        out.append("# Written by selfcheck calibrate: the grading numbers fitted to ").append(r.fixtures())
                .append(" fixtures.\n");
        out.append("description: \"Grading fitted to ").append(r.fixtures()).append(" fixtures; cross-validated ")
                .append("agreement: ").append(overall.total() == 0 ? "" : "overall " + overall.exact() + "/"
                        + overall.total() + ", ").append("areas ").append(areas.exact()).append("/")
                .append(areas.total()).append("\"\n");
        Map<String, Map<String, Double>> sections = new LinkedHashMap<>();
        r.changed().forEach((name, value) -> {
            int dot = name.indexOf('.');
            sections.computeIfAbsent(name.substring(0, dot), s -> new LinkedHashMap<>())
                    .put(name.substring(dot + 1), value);
        });
        if (sections.isEmpty()) {
            return out.toString();
        }
        out.append("grading:\n");
        sections.forEach((section, numbers) -> {
            out.append("  ").append(section).append(":\n");
            numbers.forEach((key, value) -> out.append("    ").append(key).append(": ")
                    .append(number(section + "." + key, value)).append('\n'));
        });
        return out.toString();
    }

    /** A count without a decimal point, a weight or share with as many places as it needs. */
    static String number(String name, double value) {
        if (GradingNumbers.isWhole(name)) {
            return Long.toString(Math.round(value));
        }
        String text = String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
        return text.endsWith(".") ? text + "0" : text;
    }
}
