package uk.selfcheck.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files a write makes beside its target before renaming them over it. Each is created exclusively and
 * readable by its owner only (it may hold a whole report), and is deleted if the write fails, or if the process is
 * stopped while it exists (Ctrl-C, SIGTERM: a shutdown hook deletes whatever is still pending). Only a process killed
 * outright (SIGKILL, a power cut) can leave one behind.
 */
public final class TemporaryFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    private TemporaryFiles() {
    }

    /** Registers the shutdown hook once, when the first temporary file is made. */
    private static final class Hook {
        static {
            Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::deleteAll, "selfcheck-temporary-files"));
        }

        static void install() {
            // the class's initialisation does the work
        }
    }

    /** A new, empty file named {@code prefix...suffix} in {@code folder}, private to its owner. */
    public static Path create(Path folder, String prefix, String suffix) throws IOException {
        Hook.install();
        boolean posix = Files.getFileStore(folder).supportsFileAttributeView("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
        Path file = Files.createTempFile(folder, prefix, suffix, attributes);
        PENDING.add(file);
        return file;
    }

    /** The file has been renamed over its target: nothing is left to delete. */
    public static void renamed(Path file) {
        PENDING.remove(file);
    }

    /** Deletes the file if it is still there; a failure to delete is not reported over the write's own failure. */
    public static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException | SecurityException e) {
            // the write has already failed, or succeeded; that is what the user needs to hear
        }
        PENDING.remove(file);
    }

    /** How many temporary files exist now; tests check that a write leaves none. */
    public static int pending() {
        return PENDING.size();
    }

    private static void deleteAll() {
        for (Path file : PENDING.toArray(Path[]::new)) {
            delete(file);
        }
    }
}
