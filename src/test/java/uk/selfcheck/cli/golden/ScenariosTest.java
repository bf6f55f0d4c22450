package uk.selfcheck.cli.golden;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import uk.selfcheck.cli.Cli;
import uk.selfcheck.testing.FolderHash;
import uk.selfcheck.testing.CopyTree;

/**
 * Runs every scenario under {@code src/test/resources/scenarios/} (see {@link Scenario} for the format) and compares
 * what the command prints, byte for byte, with what the scenario says. With {@code -Dselfcheck.updateGolden=true} it
 * writes what the commands print into the scenarios instead, for review with {@code git diff}.
 *
 * <p>One thing is masked: the content hash of the rule pack a command reads (its first {@code --rules} or
 * {@code --base-rules} folder, else the shipped {@code rules/}) reads {@value #PACK_HASH} in the scenarios, since it
 * changes with every edit to any rule file. Overlay folders' hashes, of files the scenarios write themselves, are
 * compared as printed; PackHashTest checks the hash itself.
 */
class ScenariosTest {
    /** What a scenario shows in place of the pack's content hash. */
    static final String PACK_HASH = "<pack hash>";
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    /** Inside the working folder, so every path the commands print is relative and the same on every machine. */
    static final Path WORK = Path.of("target/scenarios");
    static final boolean UPDATE = Boolean.getBoolean("selfcheck.updateGolden");

    @TestFactory
    List<DynamicTest> everyScenarioPrintsWhatItSays() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> run(file)));
            }
        }
        assertTrue(tests.size() > 0, "no scenarios in " + SCENARIOS);
        return tests;
    }

    private static void run(Path file) throws IOException {
        Scenario scenario = Scenario.read(file);
        Path dir = WORK.resolve(scenario.name());
        Set<String> created = prepare(scenario, dir);
        List<String> words = Words.split(scenario.command());
        if (words.isEmpty() || !words.get(0).equals("selfcheck")) {
            throw new IllegalStateException(file + ": the command must start with 'selfcheck'");
        }
        String[] args = words.subList(1, words.size()).stream().map(w -> inFolder(w, dir, created))
                .toArray(String[]::new);
        List<String> packHashes = packHashes(args);
        Cli cli = Cli.run(args);
        String stdout = masked(relative(cli.out(), dir), packHashes);
        String stderr = masked(relative(cli.err(), dir), packHashes);
        Map<String, String> written = new TreeMap<>();
        for (Scenario.Block block : scenario.blocks("written")) {
            String path = block.argument().replace(Scenario.NO_FINAL_NEWLINE, "").trim();
            Path output = dir.resolve(path);
            written.put(path, Files.exists(output) ? masked(relative(Files.readString(output, StandardCharsets.UTF_8),
                    dir), packHashes) : "(not written)\n");
        }
        if (UPDATE) {
            String updated = scenario.updated(stdout, stderr, cli.exitCode(), written);
            if (!updated.equals(Files.readString(file, StandardCharsets.UTF_8))) {
                Files.writeString(file, updated, StandardCharsets.UTF_8);
            }
            return;
        }
        int exit = scenario.expectedExit().orElseThrow(() -> new IllegalStateException(file
                + ": no 'Exit code: N' line; run with -Dselfcheck.updateGolden=true to write the outputs"));
        List<Executable> checks = new ArrayList<>(List.of(
                () -> assertEquals(scenario.expected("stdout"), stdout, "stdout"),
                () -> assertEquals(scenario.expected("stderr"), stderr, "stderr"),
                () -> assertEquals(exit, cli.exitCode(), "exit code")));
        for (Scenario.Block block : scenario.blocks("written")) {
            String path = block.argument().replace(Scenario.NO_FINAL_NEWLINE, "").trim();
            checks.add(() -> assertEquals(Scenario.content(block), written.get(path), "written " + path));
        }
        assertAll(file.toString(), checks);
    }

    /** Makes the scenario's folder afresh from its file, copy and edit blocks; returns the top-level names made. */
    private static Set<String> prepare(Scenario scenario, Path dir) throws IOException {
        delete(dir);
        Files.createDirectories(dir);
        Set<String> created = new TreeSet<>();
        for (Scenario.Block block : scenario.blocks) {
            switch (block.kind()) {
                case "file" -> {
                    Path target = dir.resolve(block.argument());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, block.text(), StandardCharsets.UTF_8);
                    created.add(Path.of(block.argument()).getName(0).toString());
                }
                case "copy" -> {
                    for (String line : block.text().split("\n")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        String[] fromTo = line.split("->");
                        if (fromTo.length != 2) {
                            throw scenario.error(block.first(), "a copy line reads 'FROM -> TO': " + line);
                        }
                        CopyTree.copy(Path.of(fromTo[0].trim()), dir.resolve(fromTo[1].trim()));
                        created.add(Path.of(fromTo[1].trim()).getName(0).toString());
                    }
                }
                case "edit" -> Edit.apply(scenario, block, dir.resolve(block.argument()));
                // a file the command writes: its path, like an input's, is taken inside the scenario's folder
                case "written" -> created.add(Path.of(block.argument().replace(Scenario.NO_FINAL_NEWLINE, "")
                        .trim()).getName(0).toString());
                default -> {
                }
            }
        }
        return created;
    }

    private static String inFolder(String word, Path dir, Set<String> created) {
        int equals = word.startsWith("--") ? word.indexOf('=') : -1;
        if (equals > 0) {
            return word.substring(0, equals + 1) + inFolder(word.substring(equals + 1), dir, created);
        }
        String first = word.contains("/") ? word.substring(0, word.indexOf('/')) : word;
        return created.contains(first) ? dir.resolve(word).toString() : word;
    }

    /** The content hashes of the packs the command reads: its first --rules and --base-rules, else rules/. */
    private static List<String> packHashes(String[] args) throws IOException {
        List<String> hashes = new ArrayList<>();
        for (String option : List.of("--rules", "--base-rules")) {
            Path pack = null;
            for (int i = 0; i < args.length && pack == null; i++) {
                if (args[i].equals(option) && i + 1 < args.length) {
                    pack = Path.of(args[i + 1]);
                } else if (args[i].startsWith(option + "=")) {
                    pack = Path.of(args[i].substring(option.length() + 1));
                }
            }
            if (pack == null && option.equals("--rules")) {
                pack = Path.of("rules");
            }
            if (pack != null && Files.isDirectory(pack)) {
                hashes.add(FolderHash.of(pack, true));
            }
        }
        return hashes;
    }

    private static String masked(String text, List<String> packHashes) {
        for (String hash : packHashes) {
            text = text.replace(hash, PACK_HASH);
        }
        return text;
    }

    /** Paths into the scenario's folder read as if the command had run inside it. */
    private static String relative(String text, Path dir) {
        return text.replace(dir.toAbsolutePath() + "/", "").replace(dir + "/", "");
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
