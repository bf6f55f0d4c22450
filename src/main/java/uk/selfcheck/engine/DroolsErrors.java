package uk.selfcheck.engine;

import org.kie.api.io.Resource;
import org.kie.internal.builder.KnowledgeBuilderError;
import uk.selfcheck.input.InputError;

/** Turns a Drools compiler error into a one-line {@code file:line:column: message}. */
final class DroolsErrors {
    private DroolsErrors() {
    }

    static InputError toInputError(KnowledgeBuilderError error) {
        Resource resource = error.getResource();
        String file = resource == null || resource.getSourcePath() == null ? "(rule pack)" : resource.getSourcePath();
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
        int column = 0;
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("\\[(\\d+):(\\d+)\\]").matcher(message);
        if (at.find()) {
            line = line == 0 ? Integer.parseInt(at.group(1)) : line;
            column = Integer.parseInt(at.group(2));
        }
        return new InputError(file, line, column, "", clean(message), null);
    }

    /** Drools messages run over many lines and repeat the rule text; keep the first meaningful line. */
    static String clean(String message) {
        String text = message.replace('\r', ' ').trim();
        for (String part : text.split("\n")) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                return trimmed.replaceAll("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "");
            }
        }
        return text;
    }
}
