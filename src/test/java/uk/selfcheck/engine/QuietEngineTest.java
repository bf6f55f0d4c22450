package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.verify.Verification;

/**
 * Drools says on stderr, for every session, that MVEL could not JIT a constraint such as 'rating < Rating.RARELY',
 * and then evaluates it correctly: a note that tells a user nothing. simplelogger.properties silences it wherever the
 * engine runs, not only through the command line.
 */
@Isolated
class QuietEngineTest {
    @Test
    void evaluatingEveryCalibrationFixtureWritesNothingToStderr() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Verification result;
        try {
            // enough evaluations that every constraint is evaluated past MVEL's jitting threshold
            result = Verification.run(ShippedPack.get(), List.of(Path.of("fixtures/inspections")),
                    LocalDate.of(2026, 1, 1), null);
        } finally {
            System.setErr(original);
        }
        assertFalse(result.results().isEmpty());
        String stderr = captured.toString(StandardCharsets.UTF_8);
        assertFalse(stderr.contains("jitting"), stderr.lines().limit(3).toList().toString());
        assertEquals("", stderr);
    }
}
