package uk.selfcheck.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a CSV decision table into DRL with Drools' own spreadsheet compiler, so that its rules load, carry metadata
 * and are located (by spreadsheet row) exactly like hand-written rules.
 */
final class DecisionTables {
    private DecisionTables() {
    }

    static String toDrl(byte[] csv) throws IOException, TableException {
        try (InputStream in = new ByteArrayInputStream(csv)) {
            return new SpreadsheetCompiler().compile(in, InputType.CSV);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("row (\\d+)|\\b[A-Z]+(\\d+)\\b").matcher(message);
            int line = 0;
            if (row.find()) {
                line = Integer.parseInt(row.group(1) != null ? row.group(1) : row.group(2));
            }
            throw new TableException("decision table: " + DroolsErrors.clean(message), line);
        }
    }

    /** A table the spreadsheet compiler refused. */
    static final class TableException extends Exception {
        private final int row;

        TableException(String message, int row) {
            super(message);
            this.row = row;
        }

        int row() {
            return row;
        }
    }
}
