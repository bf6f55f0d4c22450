package uk.selfcheck.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content hash of a rule pack or overlay folder worked out as docs/consultants.md tells a reader to check it, from
 * the files on disk, apart from the loader: the first 12 hex digits of the SHA-256 of {@code sha256sum}'s lines for
 * the files the tool reads, in byte order of their paths.
 */
public final class FolderHash {
    private FolderHash() {
    }

    public static String of(Path folder, boolean isPack) throws IOException {
        String declaration = isPack ? "pack.yaml" : "overlay.yaml";
        List<String> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.equals(declaration) || p.endsWith(".drl") || p.endsWith(".drl.csv")
                            || p.endsWith(".criteria.yaml"))
                    .sorted().toList(); // ASCII paths: String order is byte order
        }
        StringBuilder lines = new StringBuilder();
        for (String path : paths) {
            lines.append(HexFormat.of().formatHex(sha256(Files.readAllBytes(folder.resolve(path))))).append("  ")
                    .append(path).append('\n');
        }
        return HexFormat.of().formatHex(sha256(lines.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 12);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
