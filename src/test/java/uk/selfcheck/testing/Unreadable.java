package uk.selfcheck.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/**
 * A file this process may not read, to test "permission denied". A file with mode 000 serves, except for root, who
 * may read anything; root is then given {@code /proc/1/mem}, which a process without the right to trace others may not
 * open, as in most containers. Where neither serves, the test is skipped, saying why.
 */
public final class Unreadable {
    private Unreadable() {
    }

    /** A file in {@code folder}, or a link named {@code name} there to one, that cannot be read. */
    public static Path in(Path folder, String name) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "authority: Testshire\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (deniesReading(file)) {
            return file;
        }
        Files.delete(file);
        Path mem = Path.of("/proc/1/mem");
        Assumptions.assumeTrue(deniesReading(mem), "this process may read any file (it runs as root with the right "
                + "to trace other processes), so no file can be made unreadable");
        return Files.createSymbolicLink(file, mem);
    }

    private static boolean deniesReading(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return false;
        } catch (AccessDeniedException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
