package uk.selfcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The key of a compiled pack in the cache: a SHA-256 of everything compilation depends on. That is every rule file's
 * path and content, in the order they are compiled, and the versions of the JDK, Drools and selfcheck, including
 * which build of selfcheck (the model classes rules are compiled against change between builds of one version).
 */
final class CacheKey {
    /** Bumped when the layout of a cache entry changes. */
    static final String FORMAT = "selfcheck-compiled-pack-2";

    private CacheKey() {
    }

    /** A compiled rule source: its path as given to the compiler, and its bytes as read from disk. */
    record Source(String path, byte[] bytes) {
    }

    static String of(List<Source> sources) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, Tool.IDENTITY);
        for (Source source : sources) {
            update(digest, source.path());
            digest.update(longBytes(source.bytes().length));
            digest.update(source.bytes());
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
            Properties build = new Properties();
            try (InputStream in = CacheKey.class.getResourceAsStream("/uk/selfcheck/build.properties")) {
                if (in != null) {
                    build.load(in);
                }
            } catch (IOException e) {
                // an unknown version only makes the key less reusable, never wrong: the build below still counts
            }
            return "java " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version")
                    + "\ndrools " + build.getProperty("drools.version", "?")
                    + "\nselfcheck " + build.getProperty("version", "?") + " " + codeIdentity();
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
