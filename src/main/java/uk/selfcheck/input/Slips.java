package uk.selfcheck.input;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.selfcheck.model.Figure;
import uk.selfcheck.model.Numbers;

/**
 * Values in a self-assessment that are easy to get wrong and would otherwise be misread without a word: a date in the
 * right shape that does not exist, a text YAML cut short at ' #', a percentage written as a fraction, a figure outside
 * the range the rule pack holds plausible.
 */
final class Slips {
    /** A date in the shape of one, whose month or day may still not exist: 2025-02-30. */
    private static final Pattern DATE_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Slips() {
    }

    /** Why text written as YYYY-MM-DD is still no date (no month 13, no 30 February), or how to write one. */
    static String notADate(String text) {
        Matcher shape = DATE_SHAPE.matcher(text);
        if (shape.matches()) {
            int year = Integer.parseInt(shape.group(1));
            int month = Integer.parseInt(shape.group(2));
            int day = Integer.parseInt(shape.group(3));
            if (month < 1 || month > 12) {
                return YamlNode.quote(text) + " has no month " + month + "; months run from 01 to 12 (YYYY-MM-DD)";
            }
            YearMonth yearMonth = YearMonth.of(year, month);
            String name = yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
            if (day == 0) {
                return YamlNode.quote(text) + " has day 00; days run from 01 (YYYY-MM-DD)";
            }
            return YamlNode.quote(text) + " is not a date: " + name + " " + year + " has no " + ordinal(day)
                    + " day (it has " + yearMonth.lengthOfMonth() + " days)";
        }
        return YamlNode.quote(text) + " is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31";
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /**
     * Checks a figure already known to be within its possible range: a percentage between 0 and 1 is refused as a
     * fraction (0.22 would read as 0.22%, low where it is high); a value outside the pack's plausible range is warned
     * about and kept.
     *
     * @return whether the value is to be used
     */
    static boolean figureKept(Fields f, YamlNode node, String key, Figure fig, double v) {
        if (fig.isPercent() && v > 0 && v < 1) {
            f.error(node, key + " = " + Fields.written(node) + " looks like a fraction, but this figure is a "
                    + "percentage ("
                    + fig.label() + "): write " + percent(v) + " for " + percent(v) + "%");
            return false;
        }
        if (fig.implausible(v)) {
            f.warn(node, key + " = " + Fields.written(node) + " is outside the range the rule pack holds plausible "
                    + "for this "
                    + "figure (" + range(fig) + "): check that it is the " + lower(fig.label())
                    + "; it is used as written");
        }
        return true;
    }

    /**
     * Warns when YAML cut an unquoted text at ' #', reading the rest of the line as a comment: "Team #3 is short
     * of staff" would otherwise reach the report as "Team".
     */
    static void cutByComment(Fields f, YamlNode node, String text, String[] lines) {
        if (node.line() < 1 || node.line() > lines.length || node.column() < 1) {
            return;
        }
        String line = lines[node.line() - 1];
        if (node.column() - 1 >= line.length()) {
            return;
        }
        String rest = line.substring(node.column() - 1);
        if (rest.startsWith("\"") || rest.startsWith("'") || !rest.startsWith(text)) {
            return;
        }
        String after = rest.substring(text.length());
        if (after.matches("[ \t]+#.*")) {
            String comment = after.strip();
            f.warn(node, "the text stops before ' #': YAML reads " + YamlNode.quote(comment) + " as a comment, so "
                    + "it is not part of the evidence; if it belongs to the text, put the whole text in double quotes");
        }
    }

    private static String percent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static String range(Figure fig) {
        String unit = fig.isPercent() ? "%" : "days".equals(fig.unit()) ? " days" : "";
        if (fig.plausibleMin() != null && fig.plausibleMax() != null) {
            return Numbers.plain(fig.plausibleMin()) + " to " + Numbers.plain(fig.plausibleMax()) + unit;
        }
        return fig.plausibleMin() != null ? "at least " + Numbers.plain(fig.plausibleMin()) + unit
                : "at most " + Numbers.plain(fig.plausibleMax()) + unit;
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

}
