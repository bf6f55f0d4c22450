package uk.selfcheck.report;

import java.util.List;
import java.util.Locale;
import uk.selfcheck.model.Grade;

/**
 * Inline SVG charts, drawn here rather than by a charting script so the page needs no script and no fetch. Labels
 * sit above their bars so that the chart stays legible when a phone shrinks it.
 */
final class Charts {
    /**
     * Narrow, so that text keeps its size on a phone: the page shows the chart at most this many CSS pixels wide
     * (see {@link Html}), and at about 360 on a 390-pixel phone, where 15-unit text is still 13 pixels.
     */
    static final int WIDTH = 420;
    private static final int FONT = 16;
    /** The smallest text a chart draws, in chart units. */
    static final int SMALLEST = 15;

    private Charts() {
    }

    /** One bar per judgement: its length and colour are the predicted grade. */
    record GradeBar(String label, Grade grade) {
    }

    /** One row per theme: weaknesses to the left of the axis, strengths to the right. */
    record Balance(String group, String label, int strengths, int weaknesses) {
    }

    static String grades(List<GradeBar> bars) {
        int row = 58;
        int top = 8;
        int height = top + bars.size() * row + 6;
        int left = 4;
        int span = WIDTH - left - 8;
        StringBuilder svg = open(height, "chart-grades", "Predicted grade of each judgement",
                "Bars from inadequate (shortest) to outstanding (longest)");
        for (int i = 0; i < Grade.values().length; i++) {
            double x = left + span * (i + 1) / 4.0;
            svg.append(line(x, top - 4, x, height - 4, "#d4d4d4"));
        }
        for (int i = 0; i < bars.size(); i++) {
            GradeBar bar = bars.get(i);
            int y = top + i * row;
            svg.append(text(left, y + FONT, fit(bar.label(), FONT, false), "start", FONT, "#1d1d1b", false));
            if (bar.grade() == null) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"22\" fill=\"none\" "
                        + "stroke=\"#757575\" stroke-dasharray=\"4 3\"/>", left, y + 24, span / 4));
                svg.append(text(left + span / 4.0 + 8, y + 41, "not graded", "start", SMALLEST, "#565656", false));
                continue;
            }
            double width = span * bar.grade().score() / 4.0;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"22\" rx=\"3\" "
                    + "fill=\"%s\"/>", left, y + 24, width, colour(bar.grade())));
            svg.append(text(left + width - 6, y + 40, bar.grade().label().replace(" to be good", ""), "end",
                    SMALLEST, "#ffffff", true));
        }
        return svg.append("</svg>").toString();
    }

    static String balance(List<Balance> rows) {
        int row = 54;
        int groupRow = 34;
        int top = 34;
        long groups = rows.stream().map(Balance::group).distinct().count();
        int height = (int) (top + rows.size() * row + groups * groupRow + 6);
        int axis = WIDTH / 2;
        int half = axis - 30;
        int max = Math.max(1, rows.stream().mapToInt(r -> Math.max(r.strengths(), r.weaknesses())).max().orElse(1));
        StringBuilder svg = open(height, "chart-balance", "Strengths and weaknesses in each theme",
                "For each theme, the number of weaknesses to the left and of strengths to the right");
        svg.append(text(axis - 8, top - 12, "\u2190 weaknesses", "end", SMALLEST, "#b3261e", true));
        svg.append(text(axis + 8, top - 12, "strengths \u2192", "start", SMALLEST, "#2e7d32", true));
        int y = top;
        String group = null;
        for (Balance r : rows) {
            if (!r.group().equals(group)) {
                group = r.group();
                svg.append(text(4, y + 24, fit(group, 16, true), "start", 16, "#1d1d1b", true));
                svg.append(line(4, y + 31, WIDTH - 4, y + 31, "#1d1d1b"));
                y += groupRow;
            }
            svg.append(text(4, y + 16, fit(r.label(), SMALLEST, false), "start", SMALLEST, "#1d1d1b", false));
            double w = half * (double) r.weaknesses() / max;
            double s = half * (double) r.strengths() / max;
            svg.append(line(axis, y + 19, axis, y + 45, "#1d1d1b"));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" "
                    + "fill=\"#b3261e\"/>", axis - w, y + 22, w));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" "
                    + "fill=\"#2e7d32\"/>", axis, y + 22, s));
            svg.append(text(axis - w - 6, y + 38, String.valueOf(r.weaknesses()), "end", SMALLEST, "#1d1d1b", false));
            svg.append(text(axis + s + 6, y + 38, String.valueOf(r.strengths()), "start", SMALLEST, "#1d1d1b", false));
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    /** Shortens a label that would run past the chart, at a word, with an ellipsis. */
    static String fit(String label, int size, boolean bold) {
        int max = (int) ((WIDTH - 8) / (size * (bold ? 0.6 : 0.55)));
        if (label.length() <= max) {
            return label;
        }
        String cut = label.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).replaceAll("[,;:]$", "") + "\u2026";
    }

    static String colour(Grade grade) {
        switch (grade) {
            case OUTSTANDING: return "#1b5e20";
            case GOOD: return "#43a047";
            case REQUIRES_IMPROVEMENT: return "#e09200";
            default: return "#b3261e";
        }
    }

    private static StringBuilder open(int height, String id, String title, String description) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "role=\"img\" aria-labelledby=\"%s-t %s-d\"><title id=\"%s-t\">%s</title><desc id=\"%s-d\">%s</desc>",
                WIDTH, height, id, id, id, Html.text(title), id, Html.text(description)));
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                x1, y1, x2, y2, colour);
    }

    private static String text(double x, double y, String s, String anchor, int size, String colour, boolean bold) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\"%s>"
                + "%s</text>", x, y, anchor, size, colour, bold ? " font-weight=\"700\"" : "", Html.text(s));
    }
}
