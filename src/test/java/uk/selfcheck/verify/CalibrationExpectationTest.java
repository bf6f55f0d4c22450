package uk.selfcheck.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.input.InputException;

/** A calibration fixture's differing judgements are misses, counted and listed, never failures. */
class CalibrationExpectationTest {
    @TempDir
    Path tmp;

    @Test
    void aDifferingPublishedGradeIsAMissNotAFailure() throws Exception {
        Files.copy(Path.of("fixtures/edge/serious-failure-help-and-protection.yaml"), tmp.resolve("x.yaml"));
        Files.writeString(tmp.resolve("x.expected.yaml"), """
                calibration: true
                source:
                  authority: Exampleshire
                  published: 2024-01-01
                  address: https://example.org/x
                judgements:
                  help_and_protection: outstanding
                  overall: good
                fires:
                  - W-FD-IMMEDIATE-RISK-DELAYED
                """);
        FixtureResult result = new FixtureRunner(ShippedPack.get(), LocalDate.now()).run(tmp.resolve("x.yaml")).get(0);
        assertTrue(result.passed(), result.mismatches().toString());
        assertEquals(1, result.misses().size());
        assertTrue(result.misses().get(0).message().startsWith("expected help_and_protection outstanding, got "
                + "requires_improvement"), result.misses().toString());
        assertEquals(List.of(new GradePair("help_and_protection", "outstanding", "requires_improvement"),
                new GradePair("overall", "good", "good")), result.grades());
    }

    @Test
    void withoutCalibrationTheSameDifferenceFails() throws Exception {
        Files.copy(Path.of("fixtures/edge/serious-failure-help-and-protection.yaml"), tmp.resolve("y.yaml"));
        Files.writeString(tmp.resolve("y.expected.yaml"), "judgements:\n  help_and_protection: outstanding\n");
        FixtureResult result = new FixtureRunner(ShippedPack.get(), LocalDate.now()).run(tmp.resolve("y.yaml")).get(0);
        assertFalse(result.passed());
        assertEquals(List.of(), result.misses());
    }

    @Test
    void aSourceMustNameTheReport() throws Exception {
        Path file = Files.writeString(tmp.resolve("z.expected.yaml"), "calibration: true\nsource:\n  authority: X\n"
                + "  page: 3\n");
        InputException e = assertThrows(InputException.class,
                () -> ExpectationReader.read(file, "z.expected.yaml", ShippedPack.get()));
        String messages = e.errors().toString();
        assertTrue(messages.contains("page"), messages);
        assertTrue(messages.contains("published"), messages);
        assertTrue(messages.contains("address"), messages);
    }
}
