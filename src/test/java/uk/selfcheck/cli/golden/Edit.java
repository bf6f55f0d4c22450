package uk.selfcheck.cli.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An {@code edit} block of a scenario: an optional {@code in ANCHOR} line, then {@code - OLD} and {@code + NEW} line
 * pairs. After the anchor, the first OLD reads NEW. Nothing found is an error, so a scenario cannot silently test an
 * unchanged file.
 */
final class Edit {
    private Edit() {
    }

    static void apply(Scenario scenario, Scenario.Block block, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int from = 0;
        String old = null;
        for (String line : block.text().split("\n")) {
            if (line.startsWith("in ")) {
                from = text.indexOf(line.substring(3));
                if (from < 0) {
                    throw scenario.error(block.first(), "'" + line.substring(3) + "' is not in " + file);
                }
            } else if (line.startsWith("- ")) {
                old = line.substring(2);
            } else if (line.startsWith("+ ") || line.equals("+")) {
                if (old == null) {
                    throw scenario.error(block.first(), "a '+' line needs a '-' line before it");
                }
                int at = text.indexOf(old, from);
                if (at < 0) {
                    throw scenario.error(block.first(), "'" + old + "' is not in " + file + " after the anchor");
                }
                text = text.substring(0, at) + line.substring(Math.min(2, line.length())) + text.substring(at
                        + old.length());
                old = null;
            } else if (!line.isBlank()) {
                throw scenario.error(block.first(), "an edit line starts with 'in ', '- ' or '+ ': " + line);
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
