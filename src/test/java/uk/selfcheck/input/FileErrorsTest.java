package uk.selfcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java names the file and gives no reason for the commonest failures; the messages give the reason in words. */
class FileErrorsTest {
    @TempDir
    Path tmp;

    @Test
    void theCommonestFailuresAreSaidInWords() {
        assertEquals("cannot read /a/b: permission denied",
                FileErrors.cannot("read", "/a/b", new AccessDeniedException("/a/b")));
        assertEquals("it does not exist", FileErrors.reason(new NoSuchFileException("/a/b")));
        assertEquals("it is not a folder", FileErrors.reason(new NotDirectoryException("/a/b")));
        assertEquals("its symbolic links lead round in a loop", FileErrors.reason(new FileSystemLoopException("/a")));
        assertEquals("read-only file system", FileErrors.reason(new FileSystemException("/a", null,
                "Read-only file system")));
        assertEquals("no space left on device", FileErrors.reason(new IOException("No space left on device")));
        assertEquals("IOException", FileErrors.reason(new IOException()));
    }

    /** The exceptions the JDK really throws, not only ones made by hand. */
    @Test
    void realFailuresOfTheFileSystemAreSaidInWords() throws IOException {
        Path missing = tmp.resolve("missing.yaml");
        IOException absent = assertThrows(() -> Files.readAllBytes(missing));
        assertEquals("cannot read " + missing + ": it does not exist", FileErrors.cannot("read", missing, absent));
        Path file = Files.writeString(tmp.resolve("file"), "x");
        IOException underAFile = assertThrows(() -> Files.readAllBytes(file.resolve("inside.yaml")));
        assertEquals("not a directory", FileErrors.reason(underAFile));
        Path unreadable = uk.selfcheck.testing.Unreadable.in(tmp, "secret.yaml");
        assertEquals("permission denied", FileErrors.reason(assertThrows(() -> Files.readAllBytes(unreadable))));
    }

    private interface Action {
        void run() throws IOException;
    }

    private static IOException assertThrows(Action action) {
        try {
            action.run();
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }
}
