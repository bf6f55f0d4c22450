package uk.selfcheck.report;

import static uk.selfcheck.report.Markdown.escape;

import java.util.List;
import java.util.Map;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Cap;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;

/**
 * The report as Markdown, for a leadership meeting's papers or a wiki: the judgement table, why each grade is what
 * it is, the strengths and weaknesses area by area with the leader's own evidence and the sources, then what needs
 * to improve, in the order an inspection letter uses.
 */
public final class MarkdownReport implements Report {
    private final ReportContext context;

    public MarkdownReport(ReportContext context) {
        this.context = context;
    }

    @Override
    public String render(Evaluation e) {
        StringBuilder out = new StringBuilder();
        boolean focused = e.assessment().focusedVisit();
        out.append("# Predicted ").append(focused ? "indicative grades" : "judgements").append(" for ")
                .append(escape(e.assessment().authority())).append("\n\n");
        out.append("> **This is a prediction** from the authority's own self-assessment, not an Ofsted judgement.");
        if (focused) {
            out.append(" A focused visit gives no grade: the grades below are indicative.");
        }
        out.append("\n\n");
        if (!PackLines.trust(e).isEmpty()) {
            out.append(escape(PackLines.trust(e))).append("\n\n");
        }
        out.append("Self-assessment dated ").append(escape(e.assessment().date())).append(". ")
                .append(escape(e.framework().title()));
        if (focused && e.assessment().visitTheme() != null) {
            out.append(", focused visit: ").append(escape(e.assessment().visitTheme().replace('_', ' ')));
        }
        out.append(".\n\n").append(String.join("  \n", PackLines.of(e.pack()).stream().map(Markdown::escape).toList()))
                .append('\n');
        Words words = new Words(context.catalog(), e);
        List<Priorities.Priority> priorities = Priorities.of(context.raises(), words);
        judgements(e, words, out);
        priorities(priorities, out);
        reasons(e, words, out);
        improvements(e, out);
        raises(words, out);
        findings(e, words, out);
        if (!e.notAssessed().isEmpty()) {
            out.append("\n## Not assessed\n\n").append(e.notAssessed().size()).append(" criteria:\n\n");
            e.notAssessed().forEach(c -> out.append("- ").append(escape(words.question(c))).append('\n'));
        }
        if (!e.leftOut().isEmpty()) {
            out.append("\n").append(Report.leftOut(e)).append('\n');
        }
        appendix(Appendix.of(e, context.raises(), priorities), out);
        return out.toString();
    }

    private static void priorities(List<Priorities.Priority> priorities, StringBuilder out) {
        if (priorities.isEmpty()) {
            return;
        }
        out.append("\n## ").append(Priorities.HEADING).append("\n\n").append(escape(Priorities.INTRO)).append("\n\n");
        int n = 0;
        for (Priorities.Priority p : priorities) {
            out.append(++n).append(". ").append(escape(p.practice())).append("  \n   **")
                    .append(escape(p.liftsText())).append("**  \n   <sub>File: ").append(escape(p.edit()))
                    .append("</sub>\n");
        }
    }

    static void appendix(Appendix appendix, StringBuilder out) {
        if (appendix.parts().isEmpty()) {
            return;
        }
        out.append("\n## ").append(Appendix.HEADING).append("\n\n").append(escape(Appendix.INTRO)).append('\n');
        for (Appendix.Part part : appendix.parts()) {
            out.append("\n**").append(escape(part.title())).append("**\n\n");
            part.lines().forEach(line -> out.append("- ").append(escape(line)).append('\n'));
        }
    }

    private void judgements(Evaluation e, Words words, StringBuilder out) {
        out.append("\n## Judgements\n\n");
        out.append("| Judgement | Predicted grade | Strengths | Weaknesses |\n|---|---|---:|---:|\n");
        for (Evaluation.AreaResult area : e.areas()) {
            out.append("| ").append(escape(area.judgement().title())).append(" | ")
                    .append(area.predicted().map(g -> "**" + g.label() + "**").orElse("not graded")).append(" | ")
                    .append(area.totals() == null ? "" : area.totals().strengths()).append(" | ")
                    .append(area.totals() == null ? "" : area.totals().weaknesses()).append(" |\n");
        }
        if (e.overall() != null) {
            out.append("| **Overall effectiveness** | **").append(e.overall().getGrade().label()).append("** | | |\n");
        } else {
            out.append("\nNo overall effectiveness judgement: ").append(escape(words.detail(e.overallAbsent()))).append(".\n");
        }
    }

    private void reasons(Evaluation e, Words words, StringBuilder out) {
        out.append("\n## Why\n");
        for (Evaluation.AreaResult area : e.areas()) {
            out.append("\n**").append(escape(area.judgement().title())).append(": ");
            if (!area.grade().isGraded()) {
                out.append("not graded**, ").append(escape(words.detail(area.grade().getUngradedReason()))).append(".\n");
                continue;
            }
            out.append(area.grade().getGrade().label()).append("**\n\n");
            List<Cap> deciding = area.grade().getDecidingCaps();
            if (deciding.isEmpty()) {
                out.append("- every descriptor of outstanding is met\n");
            }
            for (Cap cap : deciding) {
                out.append("- ").append(escape(words.detail(cap.reason()))).append('\n');
            }
        }
        if (e.overall() != null) {
            out.append("\n**Overall effectiveness: ").append(e.overall().getGrade().label()).append("**\n\n");
            out.append("- starting point: ").append(escape(words.detail(e.overall().getBasis()))).append('\n');
            for (Cap cap : e.overall().getCaps()) {
                if (cap.grade() == e.overall().getGrade()) {
                    out.append("- ").append(escape(words.detail(cap.reason()))).append('\n');
                }
            }
        }
    }

    private void findings(Evaluation e, Words words, StringBuilder out) {
        for (Map.Entry<String, Map<String, List<Finding>>> area : ReportContext.byAreaAndTheme(e.findings())
                .entrySet()) {
            out.append("\n## ").append(escape(context.areaTitle(area.getKey()))).append('\n');
            for (Map.Entry<String, List<Finding>> theme : area.getValue().entrySet()) {
                out.append("\n### ").append(escape(context.themeTitle(area.getKey(), theme.getKey()))).append('\n');
                kind(out, words, "Strengths", theme.getValue().stream().filter(Finding::isStrength).toList());
                kind(out, words, "Weaknesses", theme.getValue().stream().filter(Finding::isWeakness).toList());
            }
        }
    }

    private static void kind(StringBuilder out, Words words, String heading, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("\n#### ").append(heading).append("\n\n");
        for (Finding f : findings) {
            String level = f.isWeakness() ? " (" + f.getEffectiveSeverity().id() + ")"
                    : f.isExceptional() ? " (exceptional)" : "";
            out.append("- **").append(escape(f.getRule().title())).append("**").append(level).append("  \n");
            out.append("  ").append(escape(f.getRule().finding())).append('\n');
            for (String line : words.qualifiers(f)) {
                out.append("  ").append(escape(line)).append('\n');
            }
            if (f.getDetail() != null) {
                out.append("  ").append(escape(words.detail(f.getDetail(), f))).append('\n');
            }
            for (Answer a : f.getAnswers()) {
                out.append("  - Your answer: *").append(a.getRating().id()).append("*, to \u201c")
                        .append(escape(words.question(a.getCriterion()))).append('\u201d');
                if (a.getEvidence() != null) {
                    out.append(": \u201c").append(escape(a.getEvidence())).append('\u201d');
                }
                out.append('\n');
            }
            for (String source : f.getRule().sources()) {
                out.append("  - Source: ").append(escape(source)).append('\n');
            }
        }
    }

    private static void improvements(Evaluation e, StringBuilder out) {
        out.append("\n## What needs to improve\n\n");
        List<Finding> list = ReportContext.improvements(e);
        if (list.isEmpty()) {
            out.append("Nothing: no weaknesses were found.\n");
            return;
        }
        int n = 0;
        for (Finding f : list) {
            out.append(++n).append(". ").append(escape(f.getRule().recommendation())).append(" (")
                    .append(escape(ReportContext.level(e, f))).append(")\n");
        }
    }

    private void raises(Words words, StringBuilder out) {
        if (context.raises().isEmpty()) {
            return;
        }
        out.append("\n## ").append(Raises.HEADING).append("\n\n").append(escape(Raises.INTRO)).append('\n');
        for (GradeRaise raise : context.raises()) {
            out.append("\n**").append(escape(Raises.headline(raise))).append("**  \n")
                    .append(escape(Raises.summary(raise, words))).append("\n\n");
            for (Raises.Item item : Raises.items(raise, words)) {
                out.append("- ").append(escape(item.plain())).append('\n');
            }
        }
    }
}
