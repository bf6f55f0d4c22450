package uk.selfcheck.report;

import static uk.selfcheck.report.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Cap;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;

/**
 * The report as one self-contained HTML page to share or print: the judgements with a chart of the grades, why each
 * grade is what it is, a chart of strengths against weaknesses per theme, the findings with the leader's evidence
 * and the sources, then what needs to improve.
 */
public final class HtmlReport implements Report {
    private final ReportContext context;

    public HtmlReport(ReportContext context) {
        this.context = context;
    }

    @Override
    public String render(Evaluation e) {
        return Html.page(title(e), body(e, true));
    }

    static String title(Evaluation e) {
        return "Predicted " + (e.assessment().focusedVisit() ? "indicative grades" : "judgements") + " for "
                + e.assessment().authority();
    }

    /**
     * The page's content, inside {@code <main>}: well-formed XML as well as HTML, so that {@link PdfReport} can lay it
     * out. {@code charts}: whether to draw the charts (SVG), which only a browser shows.
     */
    String body(Evaluation e, boolean charts) {
        boolean focused = e.assessment().focusedVisit();
        String title = title(e);
        StringBuilder body = new StringBuilder();
        body.append("<header>\n<p class=\"kicker\">selfcheck prediction</p>\n<h1>").append(text(title))
                .append("</h1>\n");
        body.append("<p class=\"prediction\"><strong>This is a prediction</strong> from the authority's own "
                + "self-assessment, not an Ofsted judgement.");
        if (focused) {
            body.append(" A focused visit gives no grade: the grades below are indicative.");
        }
        body.append("</p>\n");
        if (!PackLines.trust(e).isEmpty()) {
            body.append("<p class=\"trust\">").append(text(PackLines.trust(e))).append("</p>\n");
        }
        body.append("<p class=\"meta\">Self-assessment dated ").append(text(e.assessment().date()))
                .append(". ").append(text(e.framework().title()));
        if (focused && e.assessment().visitTheme() != null) {
            body.append(", focused visit: ").append(text(e.assessment().visitTheme().replace('_', ' ')));
        }
        body.append(".</p>\n<p class=\"meta\">").append(String.join("<br>\n", PackLines.of(e.pack()).stream()
                .map(Html::text).toList())).append("</p>\n</header>\n");
        Words words = new Words(context.catalog(), e);
        List<Priorities.Priority> priorities = Priorities.of(context.raises(), words);
        judgements(e, words, body, charts);
        priorities(priorities, body);
        reasons(e, words, body);
        improvements(e, body);
        raises(words, body);
        if (charts) {
            balance(e, body);
        }
        findings(e, words, body);
        if (!e.notAssessed().isEmpty()) {
            body.append("<section id=\"not-assessed\" class=\"detail\">\n<h2>Not assessed</h2>\n<p>")
                    .append(e.notAssessed().size()).append(" criteria:</p>\n<ul>\n");
            e.notAssessed().forEach(c -> body.append("<li>").append(text(words.question(c))).append("</li>\n"));
            body.append("</ul>\n</section>\n");
        }
        if (!e.leftOut().isEmpty()) {
            body.append("<section id=\"left-out\">\n<p>").append(text(Report.leftOut(e))).append("</p>\n</section>\n");
        }
        appendix(Appendix.of(e, context.raises(), priorities), body);
        body.append("<footer><p>Produced by selfcheck with ").append(text(PackLines.phrase(e.pack())))
                .append(". Each finding cites the published documents it comes from.</p></footer>\n");
        return body.toString();
    }

    private void judgements(Evaluation e, Words words, StringBuilder out, boolean charts) {
        out.append("<section id=\"judgements\">\n<h2>Judgements</h2>\n<div class=\"table-wrap\"><table class=\"judgements\">\n")
                .append("<thead><tr><th>Judgement</th><th>Predicted grade</th><th class=\"n\">Strengths</th>"
                        + "<th class=\"n\">Weaknesses</th></tr></thead>\n<tbody>\n");
        List<Charts.GradeBar> bars = new ArrayList<>();
        for (Evaluation.AreaResult area : e.areas()) {
            out.append("<tr><td>").append(text(area.judgement().title())).append("</td><td>")
                    .append(Html.grade(area.predicted().orElse(null)))
                    .append("</td><td class=\"n\" data-label=\"Strengths\">")
                    .append(area.totals() == null ? "" : area.totals().strengths())
                    .append("</td><td class=\"n\" data-label=\"Weaknesses\">")
                    .append(area.totals() == null ? "" : area.totals().weaknesses()).append("</td></tr>\n");
            bars.add(new Charts.GradeBar(context.areaTitles().getOrDefault(area.judgement().id(),
                    area.judgement().title()), area.predicted().orElse(null)));
        }
        if (e.overall() != null) {
            out.append("<tr><td><strong>Overall effectiveness</strong></td><td>")
                    .append(Html.grade(e.overall().getGrade())).append("</td><td class=\"n\"></td><td class=\"n\"></td></tr>\n");
            bars.add(new Charts.GradeBar("Overall effectiveness", e.overall().getGrade()));
        }
        out.append("</tbody>\n</table></div>\n");
        if (e.overall() == null) {
            out.append("<p>No overall effectiveness judgement: ").append(text(words.detail(e.overallAbsent()))).append(".</p>\n");
        }
        if (charts) {
            out.append("<figure>").append(Charts.grades(bars))
                    .append("<figcaption>Predicted grade of each judgement.</figcaption></figure>\n");
        }
        out.append("</section>\n");
    }

    static void priorities(List<Priorities.Priority> priorities, StringBuilder out) {
        if (priorities.isEmpty()) {
            return;
        }
        out.append("<section id=\"priorities\">\n<h2>").append(text(Priorities.HEADING)).append("</h2>\n<p>")
                .append(text(Priorities.INTRO)).append("</p>\n<ol class=\"priorities\">\n");
        for (Priorities.Priority p : priorities) {
            out.append("<li><p>").append(text(p.practice())).append("</p>\n<p class=\"lifts\">")
                    .append(text(p.liftsText())).append("</p>\n<p class=\"edit\"><small>File: ")
                    .append(text(p.edit())).append("</small></p></li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    static void appendix(Appendix appendix, StringBuilder out) {
        if (appendix.parts().isEmpty()) {
            return;
        }
        out.append("<section id=\"appendix\" class=\"appendix\">\n<h2>").append(text(Appendix.HEADING))
                .append("</h2>\n<p>").append(text(Appendix.INTRO)).append("</p>\n");
        for (Appendix.Part part : appendix.parts()) {
            out.append("<h3>").append(text(part.title())).append("</h3>\n<ul class=\"ids\">\n");
            part.lines().forEach(line -> out.append("<li>").append(text(line)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private void reasons(Evaluation e, Words words, StringBuilder out) {
        out.append("<section id=\"why\" class=\"detail\">\n<h2>Why</h2>\n");
        for (Evaluation.AreaResult area : e.areas()) {
            out.append("<h3>").append(text(area.judgement().title())).append(": ")
                    .append(Html.grade(area.predicted().orElse(null))).append("</h3>\n");
            if (!area.grade().isGraded()) {
                out.append("<p>").append(text(words.detail(area.grade().getUngradedReason()))).append(".</p>\n");
                continue;
            }
            out.append("<ul>\n");
            List<Cap> deciding = area.grade().getDecidingCaps();
            if (deciding.isEmpty()) {
                out.append("<li>Every descriptor of outstanding is met.</li>\n");
            }
            for (Cap cap : deciding) {
                out.append("<li>").append(text(words.detail(cap.reason()))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (e.overall() != null) {
            out.append("<h3>Overall effectiveness: ").append(Html.grade(e.overall().getGrade())).append("</h3>\n<ul>\n")
                    .append("<li>Starting point: ").append(text(words.detail(e.overall().getBasis())))
                    .append("</li>\n");
            for (Cap cap : e.overall().getCaps()) {
                if (cap.grade() == e.overall().getGrade()) {
                    out.append("<li>").append(text(words.detail(cap.reason()))).append("</li>\n");
                }
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private void balance(Evaluation e, StringBuilder out) {
        List<Charts.Balance> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Finding>>> area : ReportContext.byAreaAndTheme(e.findings())
                .entrySet()) {
            for (Map.Entry<String, List<Finding>> theme : area.getValue().entrySet()) {
                int strengths = (int) theme.getValue().stream().filter(Finding::isStrength).count();
                rows.add(new Charts.Balance(context.areaTitle(area.getKey()),
                        context.themeTitle(area.getKey(), theme.getKey()), strengths,
                        theme.getValue().size() - strengths));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        out.append("<section id=\"balance\" class=\"detail\">\n<h2>Strengths and weaknesses by theme</h2>\n<figure>")
                .append(Charts.balance(rows)).append("<figcaption>Number of strengths and weaknesses found in "
                        + "each theme.</figcaption></figure>\n</section>\n");
    }

    private void findings(Evaluation e, Words words, StringBuilder out) {
        for (Map.Entry<String, Map<String, List<Finding>>> area : ReportContext.byAreaAndTheme(e.findings())
                .entrySet()) {
            out.append("<section class=\"area detail\">\n<h2>").append(text(context.areaTitle(area.getKey())))
                    .append("</h2>\n");
            for (Map.Entry<String, List<Finding>> theme : area.getValue().entrySet()) {
                out.append("<h3>").append(text(context.themeTitle(area.getKey(), theme.getKey()))).append("</h3>\n");
                kind(out, words, "Strengths", theme.getValue().stream().filter(Finding::isStrength).toList());
                kind(out, words, "Weaknesses", theme.getValue().stream().filter(Finding::isWeakness).toList());
            }
            out.append("</section>\n");
        }
    }

    private static void kind(StringBuilder out, Words words, String heading, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("<h4>").append(heading).append("</h4>\n");
        for (Finding f : findings) {
            String level = f.isWeakness() ? f.getEffectiveSeverity().id() : f.isExceptional() ? "exceptional" : "";
            out.append("<div class=\"finding ").append(f.getKind().id()).append("\">\n<p><span class=\"title\">")
                    .append(text(f.getRule().title())).append("</span>")
                    .append(level.isEmpty() ? "" : " (" + text(level) + ")").append("</p>\n");
            out.append("<p>").append(text(f.getRule().finding())).append("</p>\n");
            for (String line : words.qualifiers(f)) {
                out.append("<p class=\"prevalence\">").append(text(line)).append("</p>\n");
            }
            if (f.getDetail() != null) {
                out.append("<p>").append(text(words.detail(f.getDetail(), f))).append("</p>\n");
            }
            for (Answer a : f.getAnswers()) {
                out.append("<p class=\"evidence\">Your answer: <em>").append(text(a.getRating().id()))
                        .append("</em>, to \u201c").append(text(words.question(a.getCriterion()))).append('\u201d');
                if (a.getEvidence() != null) {
                    out.append(": \u201c").append(text(a.getEvidence())).append('\u201d');
                }
                out.append("</p>\n");
            }
            out.append("<ul class=\"sources\">\n");
            for (String source : f.getRule().sources()) {
                out.append("<li>").append(text(source)).append("</li>\n");
            }
            out.append("</ul>\n</div>\n");
        }
    }

    private static void improvements(Evaluation e, StringBuilder out) {
        out.append("<section id=\"improve\">\n<h2>What needs to improve</h2>\n");
        List<Finding> list = ReportContext.improvements(e);
        if (list.isEmpty()) {
            out.append("<p>Nothing: no weaknesses were found.</p>\n</section>\n");
            return;
        }
        out.append("<ol class=\"improve\">\n");
        for (Finding f : list) {
            out.append("<li>").append(text(f.getRule().recommendation())).append(" (")
                    .append(text(ReportContext.level(e, f))).append(")</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private void raises(Words words, StringBuilder out) {
        if (context.raises().isEmpty()) {
            return;
        }
        out.append("<section id=\"raise\">\n<h2>").append(Raises.HEADING).append("</h2>\n<p>")
                .append(text(Raises.INTRO)).append("</p>\n");
        for (GradeRaise raise : context.raises()) {
            out.append("<h3>").append(text(Raises.headline(raise))).append("</h3>\n<p>")
                    .append(text(Raises.summary(raise, words))).append("</p>\n");
            List<Raises.Item> items = Raises.items(raise, words);
            if (!items.isEmpty()) {
                out.append("<ul>\n");
                items.forEach(i -> out.append("<li>").append(text(i.practice())).append(" <span class=\"muted\">")
                        .append(text(i.weakness())).append(".</span></li>\n"));
                out.append("</ul>\n");
            }
        }
        out.append("</section>\n");
    }
}
