package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.input.InputError;

/** Every problem of an overlay is reported in one load, each at its line of overlay.yaml. */
class OverlayProblemsTest {
    @Test
    void unknownKeyRulesAndAnOutOfRangeNumberAreAllReportedAtOnce(@TempDir Path overlay) throws Exception {
        Path file = overlay.resolve("overlay.yaml");
        Files.writeString(file, """
                description: Local weights
                disable:
                  - W-PLANS-TASK-FOCUSSED
                severity:
                  W-NOT-A-RULE: high
                grading:
                  strength_weight: {low: -2}
                colour: blue
                """);
        RulePackException e = assertThrows(RulePackException.class,
                () -> RulePackLoader.load(List.of(Path.of("rules"), overlay)));
        assertEquals(List.of(
                file + ":3:5: disable: no rule 'W-PLANS-TASK-FOCUSSED' to disable (did you mean "
                        + "'W-PLANS-TASK-FOCUSED'?)",
                file + ":5:1: severity.W-NOT-A-RULE: no rule 'W-NOT-A-RULE' to re-weight",
                file + ":7:26: grading.strength_weight.low: strength_weight.low = -2.0 is outside its meaningful "
                        + "range, 0.0 to 100.0",
                file + ":8:1: colour: unknown key 'colour' in overlay.yaml; allowed keys: description, disable, "
                        + "severity, grading"),
                e.problems().stream().map(InputError::format).toList());
    }

    @Test
    void anOutOfRangeNumberInPackYamlStaysAtPackYaml(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        try (var walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path manifest = rules.resolve("pack.yaml");
        List<String> lines = Files.readAllLines(manifest);
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  strength_weight: {low: ")) {
                lines.set(i, lines.get(i).replaceFirst("\\{low: [0-9.]+,", "{low: -2,"));
                line = i + 1;
            }
        }
        Files.write(manifest, lines);
        Path overlay = Files.createDirectories(dir.resolve("overlay"));
        Files.writeString(overlay.resolve("overlay.yaml"), "grading:\n  strength_weight: {high: 4}\n");
        RulePackException e = assertThrows(RulePackException.class,
                () -> RulePackLoader.load(List.of(rules, overlay)));
        assertEquals(List.of(manifest + ":" + line + ":26: grading.strength_weight.low: strength_weight.low = -2.0 "
                + "is outside its meaningful range, 0.0 to 100.0"),
                e.problems().stream().map(InputError::format).toList());
    }
}
