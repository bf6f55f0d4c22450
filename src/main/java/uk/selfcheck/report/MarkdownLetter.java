package uk.selfcheck.report;

import static uk.selfcheck.report.Markdown.escape;

import uk.selfcheck.model.Evaluation;

/** The predicted inspection letter as Markdown. */
public final class MarkdownLetter implements Report {
    private final ReportContext context;

    public MarkdownLetter(ReportContext context) {
        this.context = context;
    }

    @Override
    public String render(Evaluation e) {
        Letter letter = Letter.of(e, context);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(letter.title())).append("\n\n");
        out.append("> **PREDICTION.**").append(escape(letter.notice().substring("PREDICTION.".length())))
                .append('\n');
        for (Letter.Block block : letter.blocks()) {
            out.append('\n');
            if (block instanceof Letter.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append('\n');
            } else if (block instanceof Letter.Paragraph p) {
                if (!p.lead().isEmpty()) {
                    out.append("**").append(escape(p.lead())).append("** ");
                }
                out.append(escape(p.text())).append('\n');
            } else if (block instanceof Letter.PriorityList list) {
                int n = 0;
                for (Priorities.Priority p : list.priorities()) {
                    out.append(++n).append(". ").append(escape(p.practice())).append("  \n   **")
                            .append(escape(p.liftsText())).append("**  \n   <sub>File: ").append(escape(p.edit()))
                            .append("</sub>\n");
                }
            } else if (block instanceof Letter.Items items) {
                int n = 0;
                for (String item : items.items()) {
                    out.append(items.numbered() ? ++n + ". " : "- ").append(escape(item)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
