package uk.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a leader uses it: unpacked into an empty folder, run through its shell launcher with only Java,
 * no Maven and no repository. Runs after packaging ({@code mvn verify}), on the zip {@code package} made.
 */
class ReleaseZipIT {
    private static final String VERSION = System.getProperty("selfcheck.version", "0.1.0");
    private static final Path ZIP = Path.of(System.getProperty("selfcheck.releaseZip",
            "target/selfcheck-" + VERSION + ".zip"));

    @TempDir
    static Path temp;
    private static Path release;
    private static Path cache;

    @BeforeAll
    static void unpack() throws IOException {
        assertTrue(Files.isRegularFile(ZIP), ZIP + " is missing: run mvn package first");
        Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            for (ZipArchiveEntry entry : (Iterable<ZipArchiveEntry>) zip.getEntries()::asIterator) {
                Path target = unpacked.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(unpacked), "entry outside the folder: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                // as unzip does: the mode recorded in the zip, so the launcher is executable only if the zip says so
                Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
            }
        }
        release = unpacked.resolve("selfcheck-" + VERSION);
        cache = Files.createDirectories(temp.resolve("cache"));
    }

    @Test
    void holdsTheJarLaunchersRulesTheirSourcesAndTheSeedFixtures() throws IOException {
        try (Stream<Path> top = Files.list(release.getParent())) {
            assertEquals(List.of(release), top.toList(), "one folder at the top of the zip");
        }
        for (String file : List.of("selfcheck.jar", "selfcheck", "selfcheck.cmd", "README.txt", "rules/pack.yaml",
                "fixtures/seeds/gateshead-2015.yaml", "fixtures/seeds/gateshead-2015.expected.yaml")) {
            assertTrue(Files.isRegularFile(release.resolve(file)), file + " is not in the zip");
        }
        assertTrue(Files.isExecutable(release.resolve("selfcheck")), "the shell launcher is executable");
        assertFalse(Files.exists(release.resolve("pom.xml")), "no build files: the release is not built");
        assertFalse(Files.exists(release.resolve("src")), "no sources: the release is not built");

        // every document the pack cites is where pack.yaml says, relative to rules/
        String pack = Files.readString(release.resolve("rules/pack.yaml"));
        Matcher cited = Pattern.compile("file: (\\.\\./sources/\\S+)").matcher(pack);
        int documents = 0;
        while (cited.find()) {
            Path document = release.resolve("rules").resolve(cited.group(1)).normalize();
            assertTrue(Files.isRegularFile(document), "pack.yaml cites " + cited.group(1) + ", not in the zip");
            documents++;
        }
        assertTrue(documents >= 5, "pack.yaml cites " + documents + " documents");

        String cmd = Files.readString(release.resolve("selfcheck.cmd"), StandardCharsets.US_ASCII);
        assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "selfcheck.cmd has CRLF lines");
        assertTrue(cmd.contains("-Dselfcheck.rules=%HERE%\\rules"), "the Windows launcher uses the rules beside it");
        assertFalse(Files.readString(release.resolve("selfcheck")).contains("\r"), "the shell launcher has LF lines");
        assertFalse(cmd.contains("mvn") || Files.readString(release.resolve("selfcheck")).contains("mvn "),
                "the launchers never build");
    }

    @Test
    void checksAShippedSelfAssessment() throws Exception {
        Run check = launch(release, "check", "fixtures/seeds/gateshead-2015.yaml");
        assertEquals(0, check.exitCode, check.err);
        assertEquals("", check.err, "nothing on stderr: no JVM warning, no build");
        assertTrue(check.out.startsWith("Predicted judgements for Gateshead"), check.out);
        assertTrue(check.lines().anyMatch(line -> line.trim().matches("Overall effectiveness[ .]+Good")),
                "the published overall judgement, good:\n" + check.out);
    }

    @Test
    void startsATemplateThatCheckReads() throws Exception {
        Run init = launch(release, "init", "--framework", "ilacs-2023", "--date", "2025-03-31",
                "--output", "exampleshire.yaml");
        assertEquals(0, init.exitCode, init.err);
        assertEquals("", init.out, "the template goes to the file");
        String template = Files.readString(release.resolve("exampleshire.yaml"));
        assertTrue(template.contains("framework: ilacs-2023"), template);
        assertTrue(template.contains("caseloads_manageable: not_assessed"), "every criterion, not assessed");

        Run check = launch(release, "check", "exampleshire.yaml");
        assertEquals(0, check.exitCode, "a blank template passes check: " + check.err);
        assertTrue(check.out.startsWith("Predicted judgements for Name of the local authority "
                + "(self-assessment dated 2025-03-31)"), check.out);
        for (String judgement : List.of("The impact of leaders on social work practice with children and families",
                "The experiences and progress of children who need help and protection",
                "The experiences and progress of children in care",
                "The experiences and progress of care leavers")) {
            assertTrue(check.lines().anyMatch(line -> line.trim().matches(Pattern.quote(judgement)
                    + "[ .]+not graded")), judgement + " is not graded when nothing is assessed:\n" + check.out);
        }
        assertTrue(check.out.contains("only 0 of its criteria were assessed"), check.out);
    }

    @Test
    void runsFromAnotherFolderAndLintsThePackAgainstItsSources() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Run lint = launch(elsewhere, release.resolve("selfcheck").toString(), "rules", "lint");
        assertEquals(0, lint.exitCode, lint.out + lint.err);
        assertTrue(lint.err.contains("no problems"), "every cited passage stands in its document: " + lint.err);

        Run check = launch(elsewhere, release.resolve("selfcheck").toString(), "check",
                release.resolve("fixtures/seeds/newcastle-2019.yaml").toString(), "--format", "json");
        assertEquals(0, check.exitCode, check.err);
        assertTrue(check.out.contains("\"authority\""), check.out);
    }

    @Test
    void refusesAJavaOlderThan17InPlainWords() throws Exception {
        Path fakeJava = Files.createDirectories(temp.resolve("old-java/bin"));
        Path java = fakeJava.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'java version \"1.8.0_392\"' >&2\n");
        Files.setPosixFilePermissions(java, permissions(0755));
        Run old = run(release, Map.of("JAVA_HOME", fakeJava.getParent().toString()), "./selfcheck", "check",
                "fixtures/seeds/gateshead-2015.yaml");
        assertEquals(5, old.exitCode);
        assertEquals("", old.out);
        assertTrue(old.err.contains("needs Java 17 or later") && old.err.contains("version 1.8.0_392"), old.err);
    }

    /** Runs the release's shell launcher in {@code folder}, with the Java running this test. */
    private static Run launch(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (!args[0].endsWith("/selfcheck")) {
            command.add("./selfcheck");
        }
        command.addAll(Arrays.asList(args));
        return run(folder, Map.of("JAVA_HOME", System.getProperty("java.home")), command.toArray(String[]::new));
    }

    private static Run run(Path folder, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().putAll(env);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());   // never the user's own cache
        builder.environment().put("LC_ALL", "C");
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took over 2 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values();   // OWNER_READ ... OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
                permissions.add(bits[i]);
            }
        }
        if (permissions.isEmpty()) {
            permissions.add(PosixFilePermission.OWNER_READ);
            permissions.add(PosixFilePermission.OWNER_WRITE);
        }
        return permissions;
    }

    private record Run(int exitCode, String out, String err) {
        Stream<String> lines() {
            return out.lines();
        }
    }
}
