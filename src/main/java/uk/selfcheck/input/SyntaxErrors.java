package uk.selfcheck.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML syntax error into one line at the place the problem is, in words a leader can act on: SnakeYAML's own
 * messages quote the file back with a caret over several lines, and Jackson's name parser event classes.
 */
final class SyntaxErrors {
    private SyntaxErrors() {
    }

    /**
     * @param field the field being read when the parser gave up, as a guide to where the mistake is
     * @param text  the file as written, to name the mistakes leaders make most in their own terms
     */
    static InputError toInputError(String file, JsonProcessingException e, String field, String text) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            InputError known = YamlMistakes.diagnose(file, marked, field, text);
            return known != null ? known : fromSnakeYaml(file, marked, field);
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            message = "nesting is too deep (more than " + YamlReader.MAX_DEPTH + " levels)";
        } else if (message != null && message.startsWith("Expected a field name")) {
            message = "a key must be a plain name, not a list or a mapping";
        }
        return new InputError(file, Math.max(line, 0), Math.max(column, 0), field, "not valid YAML: " + clean(message),
                null);
    }

    private static InputError fromSnakeYaml(String file, MarkedYAMLException e, String field) {
        Mark problemAt = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = clean(e.getProblem());
        String context = e.getContext() == null ? "" : clean(e.getContext());
        Mark contextAt = e.getContextMark();
        if ((problem.contains("<stream end>") || problem.contains("end of stream")) && contextAt != null) {
            // the end of the file is where the parser noticed; the user needs the line where the bracket was opened
            return new InputError(file, contextAt.getLine() + 1, contextAt.getColumn() + 1, field, "not valid YAML: this "
                    + unclosed(context) + " is never closed (the file ends first)", null);
        }
        if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
            problem = "a tab character is used for indentation; indent with spaces";
        }
        StringBuilder message = new StringBuilder("not valid YAML: ").append(problem);
        if (!context.isEmpty() && !context.equals("while scanning for the next token")) {
            message.append(" (").append(context);
            if (contextAt != null && problemAt != null && contextAt.getLine() != problemAt.getLine()) {
                message.append(" that starts at line ").append(contextAt.getLine() + 1).append(", column ")
                        .append(contextAt.getColumn() + 1);
            }
            message.append(')');
        }
        return new InputError(file, problemAt == null ? 0 : problemAt.getLine() + 1,
                problemAt == null ? 0 : problemAt.getColumn() + 1, field, message.toString(), null);
    }

    private static String unclosed(String context) {
        if (context.contains("flow sequence")) {
            return "list ('[')";
        }
        if (context.contains("flow mapping")) {
            return "mapping ('{')";
        }
        if (context.contains("quoted scalar")) {
            return "quoted text";
        }
        return context.replaceFirst("^while (scanning|parsing) an? ", "");
    }

    /** One line, without parser class names or the "in 'reader', line 5" that the location already gives. */
    static String clean(String message) {
        if (message == null) {
            return "the YAML could not be read";
        }
        return message.replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\([^>]*\\)>", "$1")
                .replaceAll("\\s*in 'reader', line \\d+, column \\d+:?", "")
                .replaceAll("\\s+", " ").trim();
    }
}
