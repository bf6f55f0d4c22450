package uk.selfcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.selfcheck.analysis.YearOnYear;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Grade;

@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compares two self-assessments, say last year's and this year's: the predicted grades then and "
                + "now, and the findings gained and lost.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier self-assessment (YAML).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later self-assessment (YAML).")
    Path after;

    @Mixin
    PackOptions pack = new PackOptions();

    @Mixin
    TextOrJson format = new TextOrJson();

    @Override
    public Integer call() throws Exception {
        RulePack rulePack = pack.load();
        SelfAssessmentReader reader = new SelfAssessmentReader(rulePack.manifest(), rulePack.catalog(), LocalDate.now());
        Evaluator evaluator = new Evaluator(rulePack);
        Progress progress = Progress.onTerminal(spec.commandLine());
        progress.show("compare: checking " + before);
        Evaluation old = evaluator.evaluate(Failures.warned(spec.commandLine(), reader.readWithWarnings(before, PackOptions.display(before).toString())));
        progress.show("compare: checking " + after);
        Evaluation now = evaluator.evaluate(Failures.warned(spec.commandLine(), reader.readWithWarnings(after, PackOptions.display(after).toString())));
        progress.done();
        YearOnYear change = YearOnYear.of(old, now);
        spec.commandLine().getOut().print(format.json() ? json(change) : text(change));
        return ExitCode.OK.code();
    }

    private static String text(YearOnYear p) {
        StringBuilder out = new StringBuilder();
        out.append("Progress for ").append(p.after().assessment().authority()).append(": self-assessment dated ")
                .append(p.before().assessment().date()).append(" (").append(p.before().assessment().file())
                .append(") against ").append(p.after().assessment().date()).append(" (")
                .append(p.after().assessment().file()).append(")\n");
        if (!p.before().framework().id().equals(p.after().framework().id())) {
            out.append("Frameworks differ: ").append(p.before().framework().id()).append(" then, ")
                    .append(p.after().framework().id()).append(" now.\n");
        }
        for (String warning : p.warnings()) {
            out.append("Warning: ").append(warning).append(".\n");
        }
        out.append("This compares predictions from the authority's own self-assessments, not Ofsted judgements.\n");
        out.append("\nJUDGEMENTS\n");
        for (YearOnYear.GradeChange g : p.grades()) {
            out.append("  ").append(g.title()).append(": ").append(label(g.before())).append(" -> ")
                    .append(label(g.after())).append(" (").append(g.movement()).append(")\n");
        }
        section(out, "WEAKNESSES RESOLVED", p.resolved());
        section(out, "NEW WEAKNESSES", p.newWeaknesses());
        section(out, "STRENGTHS GAINED", p.strengthsGained());
        section(out, "STRENGTHS LOST", p.strengthsLost());
        if (!p.changed().isEmpty()) {
            out.append("\nFOUND BOTH TIMES, CHANGED (").append(p.changed().size()).append(")\n");
            for (YearOnYear.FindingChange c : p.changed()) {
                out.append("  ").append(c.after().getId()).append(": ").append(c.after().getRule().title())
                        .append("\n    ").append(describe(c)).append(c.better() ? " (better)" : " (worse)").append('\n');
            }
        }
        if (p.unchanged()) {
            out.append("\nNo change: the same grades and the same findings.\n");
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append('\n').append(heading).append(" (").append(findings.size()).append(")\n");
        for (Finding f : findings) {
            out.append("  ").append(f.getId()).append(f.isWeakness() ? " (" + f.getEffectiveSeverity().id() + ")" : "")
                    .append(": ").append(f.getRule().title()).append('\n');
        }
    }

    /** What moved: the rating (how widely it holds) and, for a weakness, its effective severity. */
    private static String describe(YearOnYear.FindingChange c) {
        StringBuilder d = new StringBuilder();
        if (c.ratingMoved()) {
            d.append("rated ").append(c.before().getRating().id()).append(" then, ").append(c.after().getRating().id())
                    .append(" now");
        }
        if (c.after().isWeakness() && c.severityMoved()) {
            d.append(d.length() > 0 ? "; " : "").append("severity ").append(c.before().getEffectiveSeverity().id())
                    .append(" then, ").append(c.after().getEffectiveSeverity().id()).append(" now");
        }
        return d.toString();
    }

    private static String label(Grade grade) {
        return grade == null ? "not graded" : grade.label().toLowerCase(Locale.ROOT);
    }

    private static String json(YearOnYear p) throws Exception {
        ObjectMapper mapper = uk.selfcheck.report.JsonReport.MAPPER;
        ObjectNode root = mapper.createObjectNode();
        side(root.putObject("old"), p.before());
        side(root.putObject("new"), p.after());
        ArrayNode grades = root.putArray("judgements");
        for (YearOnYear.GradeChange g : p.grades()) {
            ObjectNode node = grades.addObject();
            node.put("id", g.judgement());
            node.put("title", g.title());
            if (g.before() == null) {
                node.putNull("old");
            } else {
                node.put("old", g.before().id());
            }
            if (g.after() == null) {
                node.putNull("new");
            } else {
                node.put("new", g.after().id());
            }
            node.put("change", g.movement());
        }
        findings(root.putArray("weaknesses_resolved"), p.resolved());
        findings(root.putArray("weaknesses_new"), p.newWeaknesses());
        findings(root.putArray("strengths_gained"), p.strengthsGained());
        findings(root.putArray("strengths_lost"), p.strengthsLost());
        ArrayNode changed = root.putArray("changed");
        for (YearOnYear.FindingChange c : p.changed()) {
            ObjectNode node = changed.addObject();
            node.put("id", c.after().getId());
            node.put("kind", c.after().getKind().id());
            node.put("area", c.after().getArea());
            node.put("title", c.after().getRule().title());
            node.put("old_rating", c.before().getRating().id());
            node.put("new_rating", c.after().getRating().id());
            node.put("old_severity", c.before().getEffectiveSeverity().id());
            node.put("new_severity", c.after().getEffectiveSeverity().id());
            node.put("better", c.better());
        }
        p.warnings().forEach(root.putArray("warnings")::add);
        root.put("unchanged", p.unchanged());
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void side(ObjectNode node, Evaluation e) {
        node.put("file", e.assessment().file());
        node.put("authority", e.assessment().authority());
        node.put("date", e.assessment().date());
        node.put("framework", e.framework().id());
    }

    private static void findings(ArrayNode array, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode node = array.addObject();
            node.put("id", f.getId());
            node.put("area", f.getArea());
            node.put("severity", f.getEffectiveSeverity().id());
            node.put("title", f.getRule().title());
        }
    }
}
