package uk.selfcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write's temporary file beside its target holds the whole report: it is private to its owner, and it does not
 * outlive the process when the process is stopped (Ctrl-C or SIGTERM) in the middle of the write.
 */
class TemporaryFilesTest {
    @TempDir
    Path tmp;

    /** Makes a temporary file in the folder given, prints its path, and waits to be stopped. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            Path file = TemporaryFiles.create(Path.of(args[0]), ".report.txt.", ".tmp");
            Files.writeString(file, "the whole report");
            System.out.println(file);
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void aTemporaryFileIsPrivateAndDeletedOnceRenamedOrFailed() throws Exception {
        Path file = TemporaryFiles.create(tmp, ".x.", ".tmp");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        int pending = TemporaryFiles.pending();
        TemporaryFiles.delete(file);
        assertFalse(Files.exists(file));
        assertEquals(pending - 1, TemporaryFiles.pending());
    }

    @Test
    void aProcessStoppedWithSigtermLeavesNoTemporaryFile() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), tmp.toString())
                .redirectErrorStream(true).start();
        Path file;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            file = Path.of(out.readLine());
            assertTrue(Files.exists(file), "the write is under way");
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
            process.destroy(); // SIGTERM, as Ctrl-C's SIGINT, runs the shutdown hooks
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped");
        } finally {
            process.destroyForcibly();
        }
        assertFalse(Files.exists(file), "the temporary file was deleted as the process stopped");
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count());
        }
    }
}
