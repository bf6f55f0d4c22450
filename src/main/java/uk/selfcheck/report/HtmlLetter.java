package uk.selfcheck.report;

import static uk.selfcheck.report.Html.text;

import uk.selfcheck.model.Evaluation;

/** The predicted inspection letter as one self-contained, printable HTML page. */
public final class HtmlLetter implements Report {
    private final ReportContext context;

    public HtmlLetter(ReportContext context) {
        this.context = context;
    }

    @Override
    public String render(Evaluation e) {
        Letter letter = Letter.of(e, context);
        StringBuilder body = new StringBuilder("<article class=\"letter\">\n");
        body.append("<p class=\"kicker\">selfcheck prediction</p>\n<h1>").append(text(letter.title()))
                .append("</h1>\n");
        String notice = letter.notice();
        body.append("<p class=\"prediction\"><strong>PREDICTION.</strong>")
                .append(text(notice.substring("PREDICTION.".length()))).append("</p>\n");
        for (Letter.Block block : letter.blocks()) {
            if (block instanceof Letter.Heading h) {
                body.append("<h").append(h.level()).append('>').append(text(h.text())).append("</h")
                        .append(h.level()).append(">\n");
            } else if (block instanceof Letter.Paragraph p) {
                body.append("<p>");
                if (!p.lead().isEmpty()) {
                    body.append("<strong>").append(text(p.lead())).append("</strong> ");
                }
                body.append(text(p.text())).append("</p>\n");
            } else if (block instanceof Letter.PriorityList list) {
                body.append("<ol class=\"priorities\">\n");
                for (Priorities.Priority p : list.priorities()) {
                    body.append("<li><p>").append(text(p.practice())).append("</p>\n<p class=\"lifts\">")
                            .append(text(p.liftsText())).append("</p>\n<p class=\"edit\"><small>File: ")
                            .append(text(p.edit())).append("</small></p></li>\n");
                }
                body.append("</ol>\n");
            } else if (block instanceof Letter.Items items) {
                String tag = items.numbered() ? "ol" : "ul";
                body.append('<').append(tag).append(">\n");
                for (String item : items.items()) {
                    body.append("<li>").append(text(item)).append("</li>\n");
                }
                body.append("</").append(tag).append(">\n");
            }
        }
        return Html.page(letter.title(), body.append("</article>\n").toString());
    }
}
