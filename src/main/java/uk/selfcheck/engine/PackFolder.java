package uk.selfcheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.OverlayReader;
import uk.selfcheck.input.TextFile;
import uk.selfcheck.model.PackIdentity;

/**
 * The files the loader reads from one folder given with {@code --rules}, each read once: the folder's pack.yaml (the
 * pack) or overlay.yaml (an overlay), its criteria, and its rule files and decision tables. Their bytes feed the
 * readers and the compiler, and their digests ({@link CacheKey.Source}, the same the compiled-rules cache keys on) the
 * folder's {@link #hash}.
 *
 * @param declaration pack.yaml or overlay.yaml, null when the folder has none
 * @param criteria    every {@code *.criteria.yaml}, in path order
 * @param rules       every {@code *.drl}, then every {@code *.drl.csv}, each in path order
 */
record PackFolder(Path root, CacheKey.Source declaration, List<CacheKey.Source> criteria,
                  List<CacheKey.Source> rules) {

    /**
     * Lists and reads the folder's files. A file that cannot be listed or read is a problem in {@code problems}, or in
     * {@code ruleProblems} for a rule file (reported with the compiler's, as before).
     */
    static PackFolder read(Path root, boolean isPack, List<InputError> problems, List<InputError> ruleProblems) {
        // links to folders, and rule or criteria files that are not files, are problems here, never passed over
        List<Path> files = PackFiles.list(root, problems);
        CacheKey.Source declaration = null;
        Path declared = root.resolve(isPack ? RulePackLoader.MANIFEST : OverlayReader.FILE);
        if (Files.isRegularFile(declared)) {
            declaration = yaml(declared, problems);
        }
        List<CacheKey.Source> criteria = new ArrayList<>();
        List<CacheKey.Source> drl = new ArrayList<>();
        List<CacheKey.Source> tables = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(RulePackLoader.CRITERIA_SUFFIX)) {
                add(criteria, yaml(file, problems));
            } else if (name.endsWith(RulePackLoader.DRL_SUFFIX)) {
                add(drl, bytes(file, ruleProblems));
            } else if (name.endsWith(RulePackLoader.TABLE_SUFFIX)) {
                add(tables, bytes(file, ruleProblems));
            }
        }
        drl.addAll(tables);
        return new PackFolder(root, declaration, List.copyOf(criteria), List.copyOf(drl));
    }

    private static void add(List<CacheKey.Source> sources, CacheKey.Source source) {
        if (source != null) {
            sources.add(source);
        }
    }

    /** A YAML file, read as every YAML file is (UTF-8, within the size limit); null with a problem if it cannot be. */
    private static CacheKey.Source yaml(Path file, List<InputError> problems) {
        try {
            return CacheKey.Source.of(file.toString(), TextFile.readBytes(file, file.toString()));
        } catch (InputException e) {
            problems.addAll(e.errors());
            return null;
        }
    }

    private static CacheKey.Source bytes(Path file, List<InputError> problems) {
        try {
            return CacheKey.Source.of(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(new InputError(file.toString(), 0, 0, "", "cannot read the file: "
                    + uk.selfcheck.input.FileErrors.reason(e), null));
            return null;
        }
    }

    /**
     * The folder's content hash: the SHA-256 of one line per file read, {@code <sha256 of its bytes>  <path>}, with the
     * path relative to the folder, separated by {@code /}, the lines in byte order of the paths; the first
     * {@value PackIdentity#HASH_DIGITS} hex digits. That is what
     * {@code find . -type f ... | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum} prints, so that
     * anyone can check it. The bytes are hashed as read: a checkout that turns line endings into CR LF hashes
     * differently.
     */
    String hash() {
        List<CacheKey.Source> all = new ArrayList<>(rules);
        all.addAll(criteria);
        if (declaration != null) {
            all.add(declaration);
        }
        List<String[]> lines = new ArrayList<>();
        for (CacheKey.Source source : all) {
            lines.add(new String[] {relative(Path.of(source.path())), HexFormat.of().formatHex(source.digest())});
        }
        lines.sort((a, b) -> Arrays.compareUnsigned(a[0].getBytes(StandardCharsets.UTF_8),
                b[0].getBytes(StandardCharsets.UTF_8)));
        MessageDigest digest = CacheKey.sha256();
        for (String[] line : lines) {
            digest.update((line[1] + "  " + line[0] + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, PackIdentity.HASH_DIGITS);
    }

    private String relative(Path file) {
        Path relative = root.relativize(file);
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }
}
