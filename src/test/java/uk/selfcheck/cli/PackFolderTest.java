package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.testing.OneRulePack;
import uk.selfcheck.testing.Unreadable;

/**
 * What a rule pack folder holds that is not plain files: links, named pipes, folders where files belong, files that
 * may not be read, a rule file copied into an overlay. Each is refused with the path and what it is, exit code 4, and
 * never skipped in silence; none hangs (a named pipe is never opened).
 */
class PackFolderTest {
    @TempDir
    Path tmp;

    private Path pack() throws IOException {
        return OneRulePack.write(tmp.resolve("pack"));
    }

    private static Cli list(Path... folders) {
        String[] args = new String[2 + 2 * folders.length];
        args[0] = "rules";
        args[1] = "list";
        for (int i = 0; i < folders.length; i++) {
            args[2 + 2 * i] = "--rules";
            args[3 + 2 * i] = folders[i].toString();
        }
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run(args), "hung");
    }

    private static void assertRefused(Cli cli, String... lines) {
        assertEquals(ExitCode.BAD_RULES.code(), cli.exitCode(), cli.err());
        assertEquals("", cli.out());
        assertEquals(String.join("\n", lines) + "\nThe rule pack is broken (" + lines.length + " problem"
                + (lines.length == 1 ? "" : "s") + "); nothing was checked.\n", cli.err());
    }

    private static void mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available");
    }

    @Test
    void aLinkToAFolderOfRulesIsRefusedNamingItNotSkipped() throws IOException {
        Path pack = pack();
        Path shared = Files.createDirectories(tmp.resolve("shared/leadership"));
        Files.move(pack.resolve(OneRulePack.RULE_FILE), shared.resolve("workforce.drl"));
        Path link = Files.createSymbolicLink(pack.resolve("shared"), shared);
        assertRefused(list(pack), link + ": it is a symbolic link to the folder " + shared + "; links to folders are "
                + "not followed in a rule pack, so its rules would be left out. Copy the folder into the pack, or give "
                + "it as an overlay with another --rules");
    }

    /** A link to the pack's own folder would loop; it is refused as any link to a folder is. */
    @Test
    void aLinkThatLoopsIsRefused() throws IOException {
        Path pack = pack();
        Path link = Files.createSymbolicLink(pack.resolve("leadership/again"), Path.of(".."));
        assertRefused(list(pack), link + ": it is a symbolic link to the folder ..; links to folders are not followed "
                + "in a rule pack, so its rules would be left out. Copy the folder into the pack, or give it as an "
                + "overlay with another --rules");
    }

    @Test
    void aLinkToARuleFileIsReadAsTheFile() throws IOException {
        Path pack = pack();
        Path elsewhere = Files.move(pack.resolve(OneRulePack.RULE_FILE), tmp.resolve("workforce.drl"));
        Files.createSymbolicLink(pack.resolve(OneRulePack.RULE_FILE), elsewhere);
        Cli cli = list(pack);
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("S-CASELOADS"), cli.out());
    }

    @Test
    void aRuleFileThatIsANamedPipeOrALinkToNothingIsRefused() throws Exception {
        Path pack = pack();
        Path fifo = pack.resolve("leadership/piped.drl");
        mkfifo(fifo);
        Path dangling = Files.createSymbolicLink(pack.resolve("leadership/gone.criteria.yaml"), Path.of("nowhere"));
        assertRefused(list(pack),
                dangling + ": it is a symbolic link to nowhere, which does not exist; only a file can be read as part "
                        + "of the rule pack: replace it with a file, or remove it",
                fifo + ": it is a named pipe (FIFO); only a file can be read as part of the rule pack: replace it "
                        + "with a file, or remove it");
    }

    @Test
    void anOverlayYamlThatIsAFolderAFifoOrALinkToNothingIsRefused() throws Exception {
        Path pack = pack();
        Path overlay = Files.createDirectories(tmp.resolve("overlay"));
        Path file = overlay.resolve("overlay.yaml");
        Files.createDirectory(file);
        assertRefused(list(pack, overlay), file + ": it is a folder; an overlay's settings must be a file named "
                + "overlay.yaml (remove it if the overlay has none)");
        Files.delete(file);
        mkfifo(file);
        assertRefused(list(pack, overlay), file + ": it is a named pipe (FIFO); an overlay's settings must be a file "
                + "named overlay.yaml (remove it if the overlay has none)");
        Files.delete(file);
        Files.createSymbolicLink(file, Path.of("local.yaml"));
        assertRefused(list(pack, overlay), file + ": it is a symbolic link to local.yaml, which does not exist; an "
                + "overlay's settings must be a file named overlay.yaml (remove it if the overlay has none)");
    }

    @Test
    void aPackYamlThatIsAFolderSaysSo() throws IOException {
        Path pack = pack();
        Files.delete(pack.resolve("pack.yaml"));
        Files.createDirectory(pack.resolve("pack.yaml"));
        assertRefused(list(pack), pack.resolve("pack.yaml") + ": it is a folder; the rule pack's pack.yaml must be "
                + "a file");
    }

    @Test
    void aRuleFileThatMayNotBeReadSaysPermissionDenied() throws IOException {
        Path pack = pack();
        Path file = Unreadable.in(pack.resolve("leadership"), "secret.drl");
        assertRefused(list(pack), file + ": cannot read the file: permission denied");
    }

    /**
     * Copying one of the pack's rule files into an overlay to change a rule: one problem saying what to do, not
     * Drools' "Duplicate rule name" once for every rule; with the package line changed as it says, the overlay's
     * rule replaces the pack's.
     */
    @Test
    void aRuleFileCopiedIntoAnOverlayWithItsPackageSaysWhatToDo() throws IOException {
        Path pack = pack();
        Path overlay = Files.createDirectories(tmp.resolve("overlay"));
        Path copy = overlay.resolve("workforce.drl");
        Files.writeString(copy, OneRulePack.RULE.replace("@severity(\"medium\")", "@severity(\"high\")"));
        assertRefused(list(pack, overlay), copy + ":1:1: this overlay file declares package test.workforce, as "
                + pack.resolve(OneRulePack.RULE_FILE) + " does, and its rule S-CASELOADS has the name of a rule there; "
                + "one package cannot hold two rules of one name. An overlay's rule replaces the pack's rule of the "
                + "same id from a package of its own: change this file's package line (for example to 'package "
                + "test.workforce.local;') and keep in it only the rules you change");

        Files.writeString(copy, Files.readString(copy).replace("package test.workforce;",
                "package test.workforce.local;"));
        Cli cli = Cli.run("rules", "list", "--rules", pack.toString(), "--rules", overlay.toString(), "--format",
                "json");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("\"severity\" : \"high\""), "the overlay's rule replaced the pack's: "
                + cli.out());
        assertFalse(cli.out().contains("\"severity\" : \"medium\""), cli.out());
    }
}
