package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.SelfAssessment;

/** {@code selfcheck init}: a template that passes check unchanged and holds every criterion the framework judges. */
class InitCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sif-2013", "ilacs-2018", "ilacs-2023", "ilacs-2026"})
    void theTemplatePassesCheckUnchangedAndHoldsEveryCriterion(String framework) throws Exception {
        Path file = dir.resolve("sa.yaml");
        Cli init = Cli.run("init", "--framework", framework, "--date", "2025-03-31", "--output", file.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertEquals("", init.out(), "the template goes to the file, not stdout");
        Cli check = Cli.run("check", file.toString());
        assertEquals(0, check.exitCode(), check.err());

        SelfAssessment read = new SelfAssessmentReader(ShippedPack.get().manifest(), ShippedPack.get().catalog(),
                LocalDate.now()).read(file, "sa.yaml");
        assertEquals(framework, read.header().framework());
        assertEquals(List.of(), read.answers(), "nothing is rated in a blank template");
        Set<String> expected = new TreeSet<>();
        for (Criterion c : ShippedPack.get().catalog().criteria()) {
            if (ShippedPack.get().manifest().framework(framework).orElseThrow().judgementFor(c.area()).isPresent()) {
                expected.add(c.id());
            }
        }
        assertEquals(expected, new TreeSet<>(read.notAssessed()), "every judged criterion, not_assessed");
    }

    @Test
    void onlyAreasTheFrameworkJudgesAreWritten() {
        String ilacs = Cli.run("init", "--framework", "ilacs-2026", "--date", "2025-03-31").out();
        String sif = Cli.run("init", "--framework", "sif-2013", "--date", "2025-03-31").out();
        assertFalse(ilacs.contains("\n  lscb:"), "ILACS has no LSCB review");
        assertTrue(sif.contains("\n  lscb:"), "SIF reviews the LSCB");
    }

    @Test
    void theTemplateNamesItsSchemaAndExplainsEachCriterion() {
        String text = Cli.run("init", "--date", "2025-03-31").out();
        assertTrue(text.startsWith("# yaml-language-server: $schema=selfcheck.schema.json\n"), text);
        assertTrue(text.contains("framework: ilacs-2026"), "the pack's default framework");
        assertTrue(text.contains("date: 2025-03-31"));
        String block = text.substring(text.indexOf("    # --- Workforce"));
        assertTrue(block.contains("# Are caseloads manageable"), block.substring(0, 600));
        assertTrue(block.contains("average_caseload"), "figures a criterion takes are named");
        assertTrue(text.contains("      caseloads_manageable: not_assessed  # exceptional | consistently | mostly | "
                + "inconsistently | rarely\n"), "allowed answers beside each criterion");
        assertEquals(text, Cli.run("init", "--date", "2025-03-31").out(), "byte-identical run to run");
    }

    @Test
    void anExistingFileIsNotReplacedWithoutForce() throws Exception {
        Path file = dir.resolve("sa.yaml");
        Files.writeString(file, "my own work\n");
        Cli refused = Cli.run("init", "--output", file.toString());
        assertEquals(ExitCode.USAGE.code(), refused.exitCode());
        assertTrue(refused.err().contains("already exists; add --force to replace it"), refused.err());
        assertEquals("my own work\n", Files.readString(file));
        Cli forced = Cli.run("init", "--output", file.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(file).startsWith("# yaml-language-server"));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void theFileCanBeNamedWithoutOutput() throws Exception {
        Path file = dir.resolve("exampleshire.yaml");
        Cli init = Cli.run("init", file.toString(), "--date", "2025-03-31");
        assertEquals(0, init.exitCode(), init.err());
        assertEquals("", init.out());
        assertTrue(Files.readString(file).contains("date: 2025-03-31"));
        Cli again = Cli.run("init", file.toString());
        assertEquals(ExitCode.USAGE.code(), again.exitCode());
        assertTrue(again.err().contains("already exists; add --force to replace it"), again.err());
        Cli both = Cli.run("init", file.toString(), "--output", dir.resolve("other.yaml").toString());
        assertEquals(ExitCode.USAGE.code(), both.exitCode());
        assertTrue(both.err().contains("two files for one template: "), both.err());
        assertFalse(Files.exists(dir.resolve("other.yaml")));
    }

    @Test
    void aMisspeltFrameworkOrMissingFolderIsAUsageError() {
        Cli framework = Cli.run("init", "--framework", "ilacs2023");
        assertEquals(ExitCode.USAGE.code(), framework.exitCode());
        assertTrue(framework.err().contains("unknown framework 'ilacs2023'"), framework.err());
        assertTrue(framework.err().contains("(did you mean 'ilacs-2023'?)"), framework.err());
        Cli folder = Cli.run("init", "--output", dir.resolve("no/such/folder/sa.yaml").toString());
        assertEquals(ExitCode.USAGE.code(), folder.exitCode());
        assertTrue(folder.err().contains("does not exist"), folder.err());
        assertFalse(folder.err().contains("Exception"), folder.err());
    }
}
