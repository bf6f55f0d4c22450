package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Cap;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Kind;

/**
 * The readable report: predicted grades, why each grade is what it is, the findings area by area with the leader's
 * own evidence and the sources behind each rule, then what needs to improve, most serious first.
 */
public final class TextReport implements Report {
    private final CriteriaCatalog catalog;
    private final Map<String, String> areaTitles;
    private final List<GradeRaise> raises;

    public TextReport(CriteriaCatalog catalog, Map<String, String> areaTitles) {
        this(catalog, areaTitles, List.of());
    }

    public TextReport(CriteriaCatalog catalog, Map<String, String> areaTitles, List<GradeRaise> raises) {
        this.catalog = catalog;
        this.areaTitles = areaTitles;
        this.raises = raises;
    }

    @Override
    public String render(Evaluation e) {
        StringBuilder out = new StringBuilder();
        boolean focused = e.assessment().focusedVisit();
        out.append("Predicted ").append(focused ? "indicative grades" : "judgements").append(" for ")
                .append(e.assessment().authority()).append(" (self-assessment dated ").append(e.assessment().date())
                .append(")\n");
        out.append(e.framework().title());
        if (focused) {
            out.append(", focused visit").append(e.assessment().visitTheme() == null ? ""
                    : ": " + e.assessment().visitTheme().replace('_', ' '));
        }
        out.append(".\n");
        // not wrapped: a folder's path stays whole, to be copied
        PackLines.of(e.pack()).forEach(line -> out.append(line).append('\n'));
        out.append(Text.wrap("This is a prediction from the authority's own self-assessment, not an Ofsted judgement."
                + (focused ? " A focused visit gives no grade: the grades below are indicative." : ""), ""));
        if (!PackLines.trust(e).isEmpty()) {
            out.append(Text.wrap(PackLines.trust(e), ""));
        }
        out.append('\n');
        Words words = new Words(catalog, e);
        List<Priorities.Priority> priorities = Priorities.of(raises, words);
        judgements(e, words, out);
        priorities(priorities, out);
        reasons(e, words, out);
        improvements(e, out);
        raises(words, out);
        findings(e, words, out);
        if (!e.notAssessed().isEmpty()) {
            out.append("\nNOT ASSESSED (").append(e.notAssessed().size()).append(" criteria)\n");
            for (String criterion : e.notAssessed()) {
                out.append(Text.wrap("- " + words.question(criterion), "    ").replaceFirst("^    ", "  "));
            }
        }
        if (!e.leftOut().isEmpty()) {
            out.append("\n").append(Text.wrap(Report.leftOut(e), ""));
        }
        appendix(Appendix.of(e, raises, priorities), out);
        return out.toString();
    }

    private static void priorities(List<Priorities.Priority> priorities, StringBuilder out) {
        if (priorities.isEmpty()) {
            return;
        }
        out.append('\n').append(Priorities.HEADING.toUpperCase(Locale.ROOT)).append('\n');
        out.append(Text.wrap(Priorities.INTRO, "  "));
        int n = 0;
        for (Priorities.Priority p : priorities) {
            String number = ++n + ". ";
            out.append(Text.wrap(number + p.practice(), "     ").replaceFirst("^     ", "  "));
            out.append(Text.wrap(p.liftsText(), "     "));
            out.append(Text.wrap("(File: " + p.edit() + ")", "     "));
        }
    }

    static void appendix(Appendix appendix, StringBuilder out) {
        if (appendix.parts().isEmpty()) {
            return;
        }
        out.append('\n').append(Appendix.HEADING.toUpperCase(Locale.ROOT)).append('\n');
        out.append(Text.wrap(Appendix.INTRO, "  "));
        for (Appendix.Part part : appendix.parts()) {
            out.append("  ").append(part.title()).append('\n');
            for (String line : part.lines()) {
                out.append(Text.wrap("- " + line, "      ").replaceFirst("^      ", "    "));
            }
        }
    }

    private void judgements(Evaluation e, Words words, StringBuilder out) {
        out.append("JUDGEMENTS\n");
        for (Evaluation.AreaResult area : e.areas()) {
            String grade = area.predicted().map(g -> g.label()).orElse("not graded");
            out.append("  ").append(Text.dotted(area.judgement().title(), grade, 84)).append('\n');
        }
        if (e.overall() != null) {
            out.append("  ").append(Text.dotted("Overall effectiveness", e.overall().getGrade().label(), 84))
                    .append('\n');
        } else {
            out.append("  Overall effectiveness: none (").append(words.detail(e.overallAbsent())).append(")\n");
        }
    }

    private void reasons(Evaluation e, Words words, StringBuilder out) {
        out.append("\nWHY\n");
        for (Evaluation.AreaResult area : e.areas()) {
            out.append("  ").append(area.judgement().title()).append(": ");
            if (!area.grade().isGraded()) {
                out.append("not graded, ").append(words.detail(area.grade().getUngradedReason())).append('\n');
                continue;
            }
            out.append(area.grade().getGrade().label()).append('\n');
            List<Cap> deciding = area.grade().getDecidingCaps();
            if (deciding.isEmpty()) {
                out.append(Text.wrap("- every descriptor of outstanding is met", "    "));
            }
            for (Cap cap : deciding) {
                out.append(Text.wrap("- " + words.detail(cap.reason()), "    "));
            }
            if (area.totals() != null) {
                out.append("    (").append(Text.count(area.totals().strengths(), "strength")).append(", ")
                        .append(Text.count(area.totals().weaknesses(), "weakness")).append(", from ")
                        .append(Text.count(area.totals().getAnswered(), "answered criterion", "answered criteria"))
                        .append(")\n");
            }
        }
        if (e.overall() != null) {
            out.append("  Overall effectiveness: ").append(e.overall().getGrade().label()).append('\n');
            out.append(Text.wrap("- starting point: " + words.detail(e.overall().getBasis()), "    "));
            for (Cap cap : e.overall().getCaps()) {
                if (cap.grade() == e.overall().getGrade()) {
                    out.append(Text.wrap("- " + words.detail(cap.reason()), "    "));
                }
            }
        }
    }

    private void findings(Evaluation e, Words words, StringBuilder out) {
        Map<String, List<Finding>> byArea = new LinkedHashMap<>();
        for (Finding f : e.findings()) {
            byArea.computeIfAbsent(f.getArea(), a -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> area : byArea.entrySet()) {
            out.append("\n").append(areaTitles.getOrDefault(area.getKey(), area.getKey()).toUpperCase(Locale.ROOT)).append('\n');
            String theme = null;
            Kind kind = null;
            for (Finding f : area.getValue()) {
                if (!f.getTheme().equals(theme)) {
                    theme = f.getTheme();
                    kind = null;
                    String title = catalog.theme(f.getArea(), theme).map(t -> t.title()).orElse(theme);
                    out.append("  ").append(title).append('\n');
                }
                if (f.getKind() != kind) {
                    kind = f.getKind();
                    out.append("    ").append(kind == Kind.STRENGTH ? "Strengths" : "Weaknesses").append('\n');
                }
                finding(f, words, out);
            }
        }
    }

    private void finding(Finding f, Words words, StringBuilder out) {
        String marker = f.isStrength() ? "+" : "-";
        String level = f.isWeakness() ? " (" + f.getEffectiveSeverity().id() + ")"
                : f.isExceptional() ? " (exceptional)" : "";
        out.append(Text.wrap(marker + " " + f.getRule().title() + level, "      "));
        out.append(Text.wrap(f.getRule().finding(), "        "));
        for (String line : words.qualifiers(f)) {
            out.append(Text.wrap(line, "        "));
        }
        if (f.getDetail() != null) {
            out.append(Text.wrap(words.detail(f.getDetail(), f), "        "));
        }
        for (Answer a : f.getAnswers()) {
            String evidence = a.getEvidence() == null ? "" : ": \"" + a.getEvidence() + "\"";
            out.append(Text.wrap("Your answer: " + a.getRating().id() + ", to \u201c" + words.question(a.getCriterion())
                    + "\u201d" + evidence, "        "));
        }
        out.append(Text.wrap("Sources: " + String.join("; ", Text.documentNames(f.getRule().sources())), "        "));
    }

    private void improvements(Evaluation e, StringBuilder out) {
        List<Finding> list = ReportContext.improvements(e);
        out.append("\nWHAT NEEDS TO IMPROVE (most serious first)\n");
        if (list.isEmpty()) {
            out.append("  Nothing: no weaknesses were found.\n");
            return;
        }
        int n = 0;
        for (Finding f : list) {
            out.append(Text.wrap(++n + ". " + f.getRule().recommendation() + " (" + ReportContext.level(e, f) + ")",
                    "  "));
        }
    }

    private void raises(Words words, StringBuilder out) {
        if (raises.isEmpty()) {
            return;
        }
        out.append('\n').append(Raises.HEADING.toUpperCase(Locale.ROOT)).append('\n');
        out.append(Text.wrap(Raises.INTRO, "  "));
        for (GradeRaise raise : raises) {
            out.append(Text.wrap(Raises.headline(raise), "  "));
            out.append(Text.wrap(Raises.summary(raise, words), "    "));
            for (Raises.Item item : Raises.items(raise, words)) {
                out.append(Text.wrap("- " + item.plain(), "      ").replaceFirst("^      ", "    "));
            }
        }
    }
}
