package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --output}: only the named file is written, whole or not at all, and never over an input. */
class OutputFileTest {
    private final CommandLine cli = new CommandLine(new Main());

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheNamedFileAndLeavesNoTemporaryFile() throws Exception {
        Path report = dir.resolve("report.json");
        OutputFile.checked(cli, report, false, dir.resolve("sa.yaml")).write("{}\n");
        assertEquals("{}\n", Files.readString(report));
        assertEquals(List.of("report.json"), names());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void replacesTheNamedFileWholeKeepingItsPermissions() throws Exception {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "an older and much longer report\n".repeat(100));
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        OutputFile.checked(cli, report, true).write("new\n");
        assertEquals("new\n", Files.readString(report));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        assertEquals(List.of("report.txt"), names());
    }

    @Test
    void refusesToWriteOverTheInputHoweverItIsNamed() throws Exception {
        Path input = Files.writeString(dir.resolve("sa.yaml"), "authority: Testshire\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), input);
        Path hard = Files.createLink(dir.resolve("hard.yaml"), input);
        for (Path target : List.of(input, dir.resolve("./sa.yaml"), link, hard)) {
            CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                    () -> OutputFile.checked(cli, target, true, input));
            assertTrue(e.getMessage().contains("is the file being read"), e.getMessage());
        }
        assertEquals("authority: Testshire\n", Files.readString(input));
    }

    /** The rename replaces the link itself: the file it points to, which the user did not name, is untouched. */
    @Test
    void aSymbolicLinkIsReplacedNotFollowed() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), elsewhere);
        OutputFile.checked(cli, link, true).write("report\n");
        assertEquals("keep me\n", Files.readString(elsewhere));
        assertTrue(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
        assertEquals("report\n", Files.readString(link));
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndAFolderIsRefused() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "old\n");
        assertThrows(CommandLine.ParameterException.class, () -> OutputFile.checked(cli, report, false));
        assertEquals("old\n", Files.readString(report));
        Path folder = Files.createDirectories(dir.resolve("out"));
        assertThrows(CommandLine.ParameterException.class, () -> OutputFile.checked(cli, folder, true));
        assertThrows(CommandLine.ParameterException.class,
                () -> OutputFile.checked(cli, dir.resolve("no/such/folder/r.txt"), true));
        assertEquals(List.of("out", "report.txt"), names());
    }

    @Test
    void checkWritesItsReportOnlyToTheNamedFile() throws Exception {
        Path report = dir.resolve("report.json");
        Cli run = Cli.run("check", "fixtures/seeds/gateshead-2015.yaml", "--format", "json", "--output",
                report.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(report).contains("\"overall\" : \"good\""));
        assertEquals(List.of("report.json"), names());
    }

    private static final String SEED = "fixtures/seeds/gateshead-2015.yaml";

    private static void assertUsageError(Cli run, String message) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains(message), "expected '" + message + "' in:\n" + run.err());
        assertTrue(!run.err().contains("\tat ") && !run.err().contains(".tmp"), run.err());
    }

    /** A FIFO is written into, as a shell's redirection would, and stays a FIFO. */
    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli run = Cli.run("check", SEED, "--format", "json", "--output", fifo.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(new String(read.get(), java.nio.charset.StandardCharsets.UTF_8).contains("\"judgements\""));
        assertTrue(Files.isRegularFile(fifo) == false && Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of("report.fifo"), names());
    }

    /** Devices are written into, never renamed over: /dev/null stays the system's null device. */
    @Test
    void aDeviceIsWrittenIntoAndItsErrorIsPlain() throws Exception {
        Cli toNull = Cli.run("check", SEED, "--output", "/dev/null");
        assertEquals(0, toNull.exitCode(), toNull.err());
        assertEquals("", toNull.out());
        assertTrue(!Files.isRegularFile(Path.of("/dev/null")) && !Files.isDirectory(Path.of("/dev/null")));
        if (Files.exists(Path.of("/dev/full"))) {
            assertUsageError(Cli.run("check", SEED, "--output", "/dev/full"),
                    "cannot write /dev/full: no space left on device");
            assertTrue(!Files.isRegularFile(Path.of("/dev/full")));
        }
        assertUsageError(Cli.run("check", SEED, "--output", "/dev/no-such-device"),
                "--output /dev/no-such-device does not exist, and nothing is created under /dev or /proc");
    }

    @Test
    void aLinkToAFolderIsAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), folder);
        assertUsageError(Cli.run("check", SEED, "--output", link.toString()), "--output " + link
                + " is a folder; name a file");
        assertTrue(Files.isSymbolicLink(link));
        assertUsageError(Cli.run("rules", "docs", "--output", link.toString()), "--output " + link
                + " is a folder; name a file");
    }

    @Test
    void rulesDocsToAMissingFolderIsAUsageError() {
        Path missing = dir.resolve("missing/rules.md");
        assertUsageError(Cli.run("rules", "docs", "--output", missing.toString()), "--output " + missing
                + ": the folder " + dir.resolve("missing") + " does not exist");
    }

    /** Every file of every --rules folder is an input, for each command that writes --output. */
    @Test
    void noCommandWritesIntoTheRulePackItReads() throws Exception {
        Path pack = VerifyCommandTest.copy(Path.of("rules"), dir.resolve("pack"));
        Path overlay = Files.createDirectories(dir.resolve("overlay"));
        String manifest = Files.readString(pack.resolve("pack.yaml"));
        Path inPack = pack.resolve("pack.yaml");
        assertUsageError(Cli.run("check", SEED, "--rules", pack.toString(), "--output", inPack.toString()),
                "--output " + inPack + " is inside the rule pack folder " + pack + ", which is being read");
        Path inOverlay = overlay.resolve("schema.json");
        assertUsageError(Cli.run("schema", "--rules", pack.toString(), "--rules", overlay.toString(), "--output",
                inOverlay.toString()), "--output " + inOverlay + " is inside the rule pack folder " + overlay);
        Path viaLink = Files.createSymbolicLink(dir.resolve("pack-link"), pack).resolve("leadership/docs.md");
        assertUsageError(Cli.run("rules", "docs", "--rules", pack.toString(), "--output", viaLink.toString()),
                "is inside the rule pack folder " + pack);
        assertEquals(manifest, Files.readString(inPack));
        assertTrue(!Files.exists(inOverlay) && !Files.exists(pack.resolve("leadership/docs.md")));
    }
}
