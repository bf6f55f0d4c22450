package uk.selfcheck.engine;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * The folder compiled packs are cached in, and the checks that make it safe to load code from: it must be a real
 * folder (not a link) owned by the user running selfcheck, that no other user can write to. selfcheck creates it
 * with mode 0700, and keeps in it a secret key (mode 0600) that signs every entry.
 */
final class CacheDirectory {
    /** Overrides the folder; tests point it at a temporary one. */
    static final String PROPERTY = "selfcheck.cache.dir";
    static final String KEY_FILE = "entries.key";
    static final int KEY_BYTES = 32;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private CacheDirectory() {
    }

    /** {@code -Dselfcheck.cache.dir}, else {@code $XDG_CACHE_HOME/selfcheck}, else {@code ~/.cache/selfcheck}. */
    static Path standard() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "selfcheck");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "selfcheck");
    }

    /** Creates the folder (0700) if it is missing; returns why it must not be used, if it must not. */
    static Optional<String> prepare(Path dir) {
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Path parent = dir.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (FileAlreadyExistsException raced) {
                    // another selfcheck created it a moment ago; it is checked below like any other
                }
            }
            return unsafe(dir, true);
        } catch (IOException e) {
            return Optional.of("it cannot be created or checked (" + uk.selfcheck.input.FileErrors.reason(e) + ")");
        } catch (UnsupportedOperationException | SecurityException e) {
            return Optional.of("it cannot be created or checked (" + e.getMessage() + ")");
        }
    }

    /**
     * Why {@code path} cannot be trusted, if it cannot: a link, not owned by this user, or writable by anyone else.
     * Only the owner may read the key file.
     */
    static Optional<String> unsafe(Path path, boolean directory) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return Optional.of("this file system cannot say who owns it");
        }
        if (attributes.isSymbolicLink()) {
            return Optional.of("it is a symbolic link");
        }
        if (directory ? !attributes.isDirectory() : !attributes.isRegularFile()) {
            return Optional.of(directory ? "it is not a folder" : "it is not a regular file");
        }
        if (!ownedByCurrentUser(path, attributes)) {
            return Optional.of("it is owned by " + attributes.owner().getName() + ", not by the user running selfcheck");
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            return Optional.of("other users can write to it (mode " + PosixFilePermissions.toString(permissions) + ")");
        }
        return Optional.empty();
    }

    private static boolean ownedByCurrentUser(Path path, PosixFileAttributes attributes) throws IOException {
        Object owner = Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        return owner instanceof Integer uid ? uid == CurrentUser.UID
                : attributes.owner().getName().equals(System.getProperty("user.name"));
    }

    /** The secret that signs entries, or why there is none to trust. */
    record Key(byte[] bytes, String problem) {
        static Key of(byte[] bytes) {
            return new Key(bytes, null);
        }

        static Key refused(String problem) {
            return new Key(null, problem);
        }
    }

    /**
     * The secret that signs entries, created on first use. A key file of the wrong length (cut short by a full disk,
     * say) is replaced by a new key, and {@code notes} hears it once: entries signed with the old key then fail their
     * check and are compiled again. A key file that may not be trusted is left alone, and the reason returned.
     */
    static Key key(Path dir, java.util.function.Consumer<String> notes) throws IOException {
        Path file = dir.resolve(KEY_FILE);
        for (int attempt = 0; attempt < 2; attempt++) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
                create(dir, file);
            }
            Optional<String> unsafe = unsafe(file, false);
            if (unsafe.isPresent()) {
                return Key.refused("its key file " + KEY_FILE + " cannot be trusted: " + unsafe.get());
            }
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            if (!mode.equals(OWNER_READ_WRITE)) {
                boolean readable = mode.contains(PosixFilePermission.GROUP_READ)
                        || mode.contains(PosixFilePermission.OTHERS_READ);
                return Key.refused("its key file " + KEY_FILE + " has mode " + PosixFilePermissions.toString(mode)
                        + (readable ? ", so other users can read it" : "") + "; it must be rw------- (chmod 600 "
                        + file + ", or delete it and a new one is made)");
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length == KEY_BYTES) {
                return Key.of(key);
            }
            // damaged: a new key makes every old entry a miss, which costs one compilation
            Files.delete(file);
            notes.accept("selfcheck: the rule cache's key file " + file + " was damaged (" + key.length + " bytes, "
                    + "not " + KEY_BYTES + "); a new key was made, and the rules are compiled again once");
        }
        return Key.refused("its key file " + KEY_FILE + " is damaged again each time it is made");
    }

    private static void create(Path dir, Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = uk.selfcheck.input.TemporaryFiles.create(dir, ".key", ".tmp");
        try {
            Files.write(temporary, key);
            // a link cannot replace an existing file, so when two runs race, both use the key that won
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raced) {
            // fall through and read the winner's key
        } catch (IOException | UnsupportedOperationException noLinks) {
            Files.move(temporary, file);
        } finally {
            uk.selfcheck.input.TemporaryFiles.delete(temporary);
        }
    }

    /** The user id this process runs as; -1 where the platform has none. */
    private static final class CurrentUser {
        static final long UID = uid();

        private static long uid() {
            try {
                return new com.sun.security.auth.module.UnixSystem().getUid();
            } catch (RuntimeException | LinkageError e) {
                return -1;
            }
        }
    }
}
