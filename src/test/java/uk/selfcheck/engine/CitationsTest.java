package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.input.InputError;

/** Every passage the pack quotes stands in the document it names; a passage that does not is reported at its rule. */
class CitationsTest {
    @Test
    void everyPassageTheShippedPackQuotesIsInItsDocument() {
        List<InputError> problems = PackLint.check(ShippedPack.get());
        assertEquals(List.of(), problems);
    }

    @Test
    void aPassageNotInTheDocumentIsReportedAtItsRule(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        copy(Path.of("rules"), rules);
        copy(Path.of("sources"), dir.resolve("sources"));
        Path drl = rules.resolve("help_and_protection/particular_needs.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, text.replace("'Disabled children receive an inconsistent service.'",
                "'Disabled children receive an excellent service.'"));
        List<InputError> problems = PackLint.check(RulePackLoader.load(rules));
        assertEquals(1, problems.size(), problems.toString());
        String message = problems.get(0).format();
        assertTrue(message.contains("particular_needs.drl:"), message);
        assertTrue(message.contains("rule W-DISABLED-CHILDREN-INCONSISTENT quotes a passage that is not in Plymouth "
                + "inspection, published 2024-03-15"), message);
    }

    @Test
    void aFocusedVisitScopeThemeTheCriteriaDoNotHaveIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        copy(Path.of("rules"), rules);
        copy(Path.of("sources"), dir.resolve("sources"));
        Path manifest = rules.resolve("pack.yaml");
        List<String> lines = Files.readAllLines(manifest);
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  front_door: [front_door")) {
                lines.set(i, lines.get(i).replace("early_help", "erly_help"));
                line = i + 1;
            }
        }
        Files.write(manifest, lines);
        List<InputError> problems = PackLint.check(RulePackLoader.load(rules));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(manifest + ":" + line + ":1: focused_visit_scope.front_door: 'erly_help' is not a theme of the "
                + "pack's criteria (did you mean 'early_help'?)", problems.get(0).format());
    }

    @Test
    void caseSpacesQuotesAndElisionsAreIgnored() {
        assertEquals("children's views ... are heard", Citations.normalise("Children\u2019s  views\n ... are HEARD"));
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
