package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Cap;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Kind;
import uk.selfcheck.model.Severity;

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
        out.append(". Rule pack ").append(e.pack()).append(".\n");
        out.append(Text.wrap("This is a prediction from the authority's own self-assessment, not an Ofsted judgement."
                + (focused ? " A focused visit gives no grade: the grades below are indicative." : ""), ""));
        out.append('\n');
        judgements(e, out);
        reasons(e, out);
        findings(e, out);
        improvements(e, out);
        raises(out);
        if (!e.notAssessed().isEmpty()) {
            out.append("\nNot assessed (").append(e.notAssessed().size()).append(" criteria): ")
                    .append(String.join(", ", e.notAssessed())).append('\n');
        }
        if (!e.leftOut().isEmpty()) {
            out.append("\n").append(Text.wrap(Report.leftOut(e), ""));
        }
        return out.toString();
    }

    private void judgements(Evaluation e, StringBuilder out) {
        out.append("JUDGEMENTS\n");
        for (Evaluation.AreaResult area : e.areas()) {
            String grade = area.predicted().map(g -> g.label()).orElse("not graded");
            out.append("  ").append(Text.dotted(area.judgement().title(), grade, 84)).append('\n');
        }
        if (e.overall() != null) {
            out.append("  ").append(Text.dotted("Overall effectiveness", e.overall().getGrade().label(), 84))
                    .append('\n');
        } else {
            out.append("  Overall effectiveness: none (").append(e.overallAbsent()).append(")\n");
        }
    }

    private void reasons(Evaluation e, StringBuilder out) {
        out.append("\nWHY\n");
        for (Evaluation.AreaResult area : e.areas()) {
            out.append("  ").append(area.judgement().title()).append(": ");
            if (!area.grade().isGraded()) {
                out.append("not graded, ").append(area.grade().getUngradedReason()).append('\n');
                continue;
            }
            out.append(area.grade().getGrade().label()).append('\n');
            List<Cap> deciding = area.grade().getDecidingCaps();
            if (deciding.isEmpty()) {
                out.append(Text.wrap("- every descriptor of outstanding is met", "    "));
            }
            for (Cap cap : deciding) {
                out.append(Text.wrap("- " + cap.reason() + because(cap), "    "));
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
            out.append(Text.wrap("- starting point: " + e.overall().getBasis(), "    "));
            for (Cap cap : e.overall().getCaps()) {
                if (cap.grade() == e.overall().getGrade()) {
                    out.append(Text.wrap("- " + cap.reason(), "    "));
                }
            }
        }
    }

    private static String because(Cap cap) {
        return cap.because().isEmpty() ? "" : " (" + String.join(", ", cap.because()) + ")";
    }

    private void findings(Evaluation e, StringBuilder out) {
        Map<String, List<Finding>> byArea = new LinkedHashMap<>();
        for (Finding f : e.findings()) {
            byArea.computeIfAbsent(f.getArea(), a -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> area : byArea.entrySet()) {
            out.append("\n").append(areaTitles.getOrDefault(area.getKey(), area.getKey()).toUpperCase()).append('\n');
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
                finding(f, out);
            }
        }
    }

    private void finding(Finding f, StringBuilder out) {
        String marker = f.isStrength() ? "+" : "-";
        String level = f.isWeakness() ? " (" + f.getEffectiveSeverity().id() + ")"
                : f.isExceptional() ? " (exceptional)" : "";
        out.append(Text.wrap(marker + " " + f.getRule().title() + level + " [" + f.getId() + "]", "      "));
        out.append(Text.wrap(f.getRule().finding(), "        "));
        if (f.getDetail() != null) {
            out.append(Text.wrap(f.getDetail(), "        "));
        }
        for (Answer a : f.getAnswers()) {
            String evidence = a.getEvidence() == null ? "" : ": \"" + a.getEvidence() + "\"";
            out.append(Text.wrap("Your answer: " + a.getCriterion() + " = " + a.getRating().id() + " (line "
                    + a.getLine() + ")" + evidence, "        "));
        }
        out.append(Text.wrap("Sources: " + String.join("; ", Text.documentNames(f.getRule().sources())), "        "));
    }

    private void improvements(Evaluation e, StringBuilder out) {
        List<Finding> list = e.improvements();
        out.append("\nWHAT NEEDS TO IMPROVE (most serious first)\n");
        if (list.isEmpty()) {
            out.append("  Nothing: no weaknesses were found.\n");
            return;
        }
        List<String> seen = new ArrayList<>();
        int n = 0;
        for (Finding f : list) {
            if (seen.contains(f.getId())) {
                continue;
            }
            seen.add(f.getId());
            Severity level = f.getEffectiveSeverity();
            out.append(Text.wrap(++n + ". " + f.getRule().recommendation() + " [" + f.getId() + ", " + level.id()
                    + "]", "  "));
        }
    }

    private void raises(StringBuilder out) {
        if (raises.isEmpty()) {
            return;
        }
        out.append('\n').append(Raises.HEADING.toUpperCase()).append('\n');
        out.append(Text.wrap(Raises.INTRO, "  "));
        for (GradeRaise raise : raises) {
            out.append(Text.wrap(Raises.headline(raise), "  "));
            out.append(Text.wrap(Raises.summary(raise), "    "));
            for (String item : Raises.items(raise)) {
                out.append(Text.wrap("- " + item, "      ").replaceFirst("^      ", "    "));
            }
        }
    }
}
