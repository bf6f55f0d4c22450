package uk.selfcheck.report;

import java.util.Locale;
import uk.selfcheck.model.Evaluation;

/** The predicted inspection letter as plain text, wrapped for a terminal or an email. */
public final class TextLetter implements Report {
    private final ReportContext context;

    public TextLetter(ReportContext context) {
        this.context = context;
    }

    @Override
    public String render(Evaluation e) {
        Letter letter = Letter.of(e, context);
        StringBuilder out = new StringBuilder();
        out.append(letter.title()).append('\n').append("=".repeat(Math.min(Text.WIDTH, letter.title().length())))
                .append("\n\n");
        out.append("*".repeat(Text.WIDTH)).append('\n').append(Text.wrap(letter.notice(), "* "))
                .append("*".repeat(Text.WIDTH)).append('\n');
        for (Letter.Block block : letter.blocks()) {
            out.append('\n');
            if (block instanceof Letter.Heading h) {
                out.append(h.level() == 2 ? h.text().toUpperCase(Locale.ROOT) : h.text()).append('\n');
                if (h.level() > 2) {
                    out.append("-".repeat(h.text().length())).append('\n');
                }
            } else if (block instanceof Letter.Paragraph p) {
                out.append(Text.wrap(p.lead().isEmpty() ? p.text() : p.lead() + " " + p.text(), ""));
            } else if (block instanceof Letter.PriorityList list) {
                int n = 0;
                for (Priorities.Priority p : list.priorities()) {
                    String marker = ++n + ". ";
                    String wrapped = Text.wrap(p.practice(), " ".repeat(marker.length() + 2));
                    out.append("  ").append(marker).append(wrapped.substring(marker.length() + 2));
                    out.append(Text.wrap(p.liftsText(), " ".repeat(marker.length() + 2)));
                    out.append(Text.wrap("(File: " + p.edit() + ")", " ".repeat(marker.length() + 2)));
                }
            } else if (block instanceof Letter.Items items) {
                int n = 0;
                for (String item : items.items()) {
                    String marker = items.numbered() ? ++n + ". " : "- ";
                    String wrapped = Text.wrap(item, " ".repeat(marker.length() + 2));
                    out.append("  ").append(marker).append(wrapped.substring(marker.length() + 2));
                }
            }
        }
        return out.toString();
    }
}
