package uk.selfcheck.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The key of a compiled {@link RuleGroup} in the cache: a SHA-256 of everything its compilation depends on. That is the
 * group's name and the path and content of every source its builder compiles (base.drl and the group's rule files), in
 * that order, and the versions of the JDK, Drools and selfcheck, including which build of selfcheck (the model classes
 * rules are compiled against change between builds of one version).
 */
final class CacheKey {
    /** Bumped when the layout or the meaning of a cache entry changes (3: one entry per group). */
    static final String FORMAT = "selfcheck-compiled-pack-3";

    private CacheKey() {
    }

    /**
     * A compiled rule source: its path as given to the compiler, its bytes as read from disk, and their SHA-256, so
     * that the keys of a file's group and of the whole pack hash its content once.
     */
    record Source(String path, byte[] bytes, byte[] digest) {
        static Source of(String path, byte[] bytes) {
            return new Source(path, bytes, sha256().digest(bytes));
        }
    }

    static String of(String group, List<Source> sources) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, Tool.IDENTITY);
        update(digest, group);
        for (Source source : sources) {
            update(digest, source.path());
            digest.update(source.digest());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(longBytes(bytes.length));
        digest.update(bytes);
    }

    private static byte[] longBytes(long n) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (n >>> (56 - 8 * i));
        }
        return b;
    }

    /** The versions and build that compiled code depends on, computed once per process. */
    static final class Tool {
        static final String IDENTITY = identity();

        private Tool() {
        }

        private static String identity() {
            // the build below counts too: an unknown version only makes the key less reusable, never wrong
            return "java " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version")
                    + "\ndrools " + BuildVersions.DROOLS + "\nselfcheck " + BuildVersions.SELFCHECK + " "
                    + codeIdentity();
        }

        /** Size and time of the jar (or of each class file when run from a build folder) holding selfcheck. */
        private static String codeIdentity() {
            try {
                Path code = Path.of(CacheKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(code)) {
                    return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
                }
                StringBuilder text = new StringBuilder();
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        text.append(code.relativize(p)).append(' ').append(Files.size(p)).append('@')
                                .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
                    }
                }
                return text.toString();
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // no way to tell builds apart: a per-process value keeps a stale entry from ever being used
                return "unknown-" + System.nanoTime();
            }
        }
    }
}
