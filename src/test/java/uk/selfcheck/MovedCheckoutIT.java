package uk.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's launcher keeps a class archive (AppCDS) beside the jar, which records the jar's path. A checkout
 * moved to another folder must neither print the JVM's warning about the archive on every run nor keep running
 * without it: the launcher makes the archive again for the new path, once, and every run stays silent on stderr.
 * Runs after packaging ({@code mvn verify}), on the jar {@code package} made.
 */
class MovedCheckoutIT {
    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    /** A checkout as the launcher needs it: the script, the jar, the rule pack and the training fixture. */
    private Path checkout(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("target"));
        Files.createDirectories(folder.resolve("fixtures/seeds"));
        Files.copy(Path.of("selfcheck"), folder.resolve("selfcheck"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of("target/selfcheck.jar"), folder.resolve("target/selfcheck.jar"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Path seed = Path.of("fixtures/seeds/gateshead-2015.yaml");
        Files.copy(seed, folder.resolve(seed.toString()));
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Path target = folder.resolve(file.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return folder;
    }

    private Run check(Path folder) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("./selfcheck", "check", "fixtures/seeds/gateshead-2015.yaml")
                .directory(folder.toFile());
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString()); // never the user's own cache
        builder.environment().remove("SELFCHECK_CDS");
        builder.environment().remove("SELFCHECK_JAVA_OPTS");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aMovedCheckoutMakesItsArchiveAgainAndPrintsNoWarning() throws Exception {
        assertTrue(Files.isRegularFile(Path.of("target/selfcheck.jar")), "run mvn package first");
        Path first = checkout(temp.resolve("first"));
        Run made = check(first);
        assertEquals(0, made.exitCode(), made.err());
        assertEquals("", made.err());
        Path archive = first.resolve("target/selfcheck.jsa");
        assertTrue(Files.isRegularFile(archive), "the first run made the archive");

        Path moved = temp.resolve("moved");
        Files.move(first, moved);
        for (int i = 0; i < 2; i++) {
            Run run = check(moved);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("", run.err(), "no warning about the class archive, run " + (i + 1));
            assertTrue(run.out().contains("Predicted judgements for Gateshead"), run.out());
        }
        String stamp = Files.readString(moved.resolve("target/selfcheck.jsa.java"));
        assertTrue(stamp.contains(moved.resolve("target/selfcheck.jar").toString()), "remade for the new path: "
                + stamp);
        assertTrue(Files.isRegularFile(moved.resolve("target/selfcheck.jsa")), "and the archive is there again");
    }
}
