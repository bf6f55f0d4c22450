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
}
