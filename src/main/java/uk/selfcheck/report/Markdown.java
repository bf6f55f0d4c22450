package uk.selfcheck.report;

/** Writes text from the self-assessment or the pack into Markdown so that it reads as written and runs as nothing. */
final class Markdown {
    private Markdown() {
    }

    /**
     * Escapes the characters Markdown gives meaning to inline, turns HTML's {@code <} and {@code &} into entities so
     * that a renderer shows them rather than running them, and puts the text on one line so it cannot end a list
     * item or table cell early.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").toCharArray()) {
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#': case '~':
                    out.append('\\').append(c);
                    break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    /** An inline code span for ids, which hold only letters, digits, '-' and '_'. */
    static String code(String id) {
        return "`" + id.replace("`", "") + "`";
    }
}
