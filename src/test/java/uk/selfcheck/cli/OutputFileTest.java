package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
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
        OutputFile.write(report, "{}\n", List.of(dir.resolve("sa.yaml")));
        assertEquals("{}\n", Files.readString(report));
        assertEquals(List.of("report.json"), names());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void replacesTheNamedFileWholeKeepingItsPermissions() throws Exception {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "an older and much longer report\n".repeat(100));
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        OutputFile.write(report, "new\n", List.of());
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
            OutputFile.OutputException e = assertThrows(OutputFile.OutputException.class,
                    () -> OutputFile.write(target, "report", List.of(input)));
            assertTrue(e.getMessage().contains("is the input") && e.getMessage().contains("would destroy it"),
                    e.getMessage());
        }
        assertEquals("authority: Testshire\n", Files.readString(input));
    }

    /** The rename replaces the link itself: the file it points to, which the user did not name, is untouched. */
    @Test
    void aSymbolicLinkIsReplacedNotFollowed() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), elsewhere);
        OutputFile.write(link, "report\n", List.of());
        assertEquals("keep me\n", Files.readString(elsewhere));
        assertTrue(Files.isRegularFile(link, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("report\n", Files.readString(link));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.writeString(folder.resolve("inside.txt"), "x");
        OutputFile.OutputException e = assertThrows(OutputFile.OutputException.class,
                () -> OutputFile.write(folder, "report", List.of()));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        OutputFile.OutputException missing = assertThrows(OutputFile.OutputException.class,
                () -> OutputFile.write(dir.resolve("no/such/folder/r.txt"), "report", List.of()));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertEquals(List.of("out"), names());
    }
}
