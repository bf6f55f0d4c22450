package uk.selfcheck.input;

/**
 * One problem in a file the user wrote, located precisely enough to fix without reading code.
 *
 * @param field      the dotted path of the field, e.g. {@code answers.help_and_protection.front_door}; may be empty
 * @param suggestion a close valid value ("did you mean"), or null
 */
public record InputError(String file, int line, int column, String field, String message, String suggestion)
        implements Comparable<InputError> {

    public InputError withSuggestion(String closest) {
        return new InputError(file, line, column, field, message, closest);
    }

    /**
     * {@code file:line:column: field: message (did you mean 'x'?)}, the shape editors and CI annotations parse, with
     * any control or bidirectional character made visible ({@link Visible}).
     */
    public String format() {
        return format("");
    }

    /** {@code file:line:column: warning: field: message}, the shape compilers give a warning. */
    public String formatWarning() {
        return format("warning: ");
    }

    private String format(String kind) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ").append(kind);
        if (field != null && !field.isEmpty()) {
            text.append(field).append(": ");
        }
        text.append(message);
        if (suggestion != null) {
            text.append(" (did you mean '").append(suggestion).append("'?)");
        }
        // a message may repeat what the file said: no control or bidirectional character reaches the terminal raw
        return Visible.of(text.toString());
    }

    @Override
    public int compareTo(InputError other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return format();
    }
}
