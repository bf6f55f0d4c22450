package uk.selfcheck.web;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The self-assessment file the page edits. Its version is a hash of its bytes on disk: the page sends back the
 * version it was built from, and a save is refused when the file has changed since (someone edited it in another
 * window or editor), so nobody's work is overwritten unseen. A save writes a temporary file beside it and moves it
 * into place, so the file is never left half-written.
 */
final class AssessmentFile {
    /** The version of a file that does not exist yet. */
    static final String ABSENT = "absent";

    private final Path path;

    AssessmentFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** The bytes on disk, or null when there is no file yet. */
    byte[] bytes() throws IOException {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    static String version(byte[] bytes) {
        if (bytes == null) {
            return ABSENT;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Thrown when the file on disk is no longer the version the page was built from. */
    static final class Stale extends Exception {
        Stale() {
            super("the file changed on disk since this page loaded it");
        }
    }

    /**
     * Replaces the file with {@code bytes} if it is still at version {@code expected}.
     *
     * @return the new version
     */
    synchronized String save(byte[] bytes, String expected) throws IOException, Stale {
        if (!version(bytes()).equals(expected)) {
            throw new Stale();
        }
        Path absolute = path.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = uk.selfcheck.input.TemporaryFiles.create(folder, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            keepPermissions(absolute, temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            uk.selfcheck.input.TemporaryFiles.renamed(temporary);
        } finally {
            uk.selfcheck.input.TemporaryFiles.delete(temporary);
        }
        return version(bytes);
    }

    /** The old file's permissions, or rw-r--r-- for a new one, instead of the temporary file's owner-only ones. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(temporary, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
}
