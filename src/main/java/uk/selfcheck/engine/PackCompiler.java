package uk.selfcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import uk.selfcheck.input.InputError;

/**
 * Turns a pack's rule files into Drools knowledge packages, and finds where each rule is written. The packages come
 * from the {@link PackageCache} when no rule file has changed since they were compiled; the files are read and
 * scanned either way, so problems and rule locations are found exactly as when compiling.
 */
final class PackCompiler {
    private static final String BASE_DRL = "/uk/selfcheck/engine/base.drl";
    private static final Pattern RESERVED_ANNOTATION = Pattern.compile("^\\s*(@(finding|answer|rating))\\s*\\(");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** The packages, and where each rule is written, by {@code package/rule name}. */
    record Result(List<KiePackage> packages, Map<String, RuleLocation> locations) {
    }

    private PackCompiler() {
    }

    static Result compile(List<Path> files, PackageCache cache, List<InputError> problems) {
        int before = problems.size();
        byte[] base = baseDrl();
        List<CacheKey.Source> sources = new ArrayList<>();
        sources.add(new CacheKey.Source("base.drl", base));
        for (Path file : files) {
            try {
                sources.add(new CacheKey.Source(file.toString(), Files.readAllBytes(file)));
            } catch (IOException e) {
                problems.add(new InputError(file.toString(), 0, 0, "", "cannot read: " + e.getMessage(), null));
            }
        }
        String key = cache.enabled() && problems.size() == before ? CacheKey.of(sources) : null;
        Timings.mark("rule files read");
        Optional<PackageCache.Compiled> cached = key == null ? Optional.empty() : cache.read(key);
        Timings.mark(cached.isPresent() ? "compiled rules loaded" : "compiled rules not cached");
        Map<String, String> tableDrl = new LinkedHashMap<>();
        Map<String, int[]> tableRows = new HashMap<>();
        Map<String, RuleLocation> locations = new HashMap<>();
        Set<String> explained = new HashSet<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (CacheKey.Source source : sources.subList(1, sources.size())) {
            String file = source.path();
            boolean table = file.endsWith(RulePackLoader.TABLE_SUFFIX);
            String text;
            try {
                String known = cached.map(c -> c.tableDrl().get(file)).orElse(null);
                text = !table ? decode(source.bytes()) : known != null ? known : DecisionTables.toDrl(source.bytes());
            } catch (IOException e) {
                problems.add(new InputError(file, 0, 0, "", "cannot read: " + e.getMessage(), null));
                continue;
            } catch (DecisionTables.TableException e) {
                problems.add(new InputError(file, e.row(), 0, "", e.getMessage(), null));
                continue;
            }
            if (table) {
                tableDrl.put(file, text);
                tableRows.put(file, RuleLocation.tableRows(text));
            }
            if (reportReservedAnnotations(file, text, problems)) {
                explained.add(file);
            }
            String pkg = packageOf(text);
            RuleLocation.scan(file, text, table).forEach((name, loc) -> locations.put(pkg + "/" + name, loc));
            texts.put(file, text);
        }
        if (cached.isPresent() && cached.get().tableDrl().keySet().equals(tableDrl.keySet())) {
            return new Result(cached.get().packages(), locations);
        }
        List<KiePackage> packages = build(base, texts, tableRows, explained, problems);
        Timings.mark("rules compiled");
        if (key != null && problems.size() == before) {
            cache.write(key, new PackageCache.Compiled(packages, tableDrl));
        }
        return new Result(packages, locations);
    }

    /** Drools decodes a resource with the platform charset unless told, which under LANG=C garbles the pack's dashes. */
    private static org.kie.api.io.Resource utf8(byte[] bytes) {
        return new org.drools.io.ByteArrayResource(bytes, StandardCharsets.UTF_8.name());
    }

    private static List<KiePackage> build(byte[] base, Map<String, String> texts, Map<String, int[]> tableRows,
                                          Set<String> explained, List<InputError> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(utf8(base).setSourcePath("base.drl"), ResourceType.DRL);
        texts.forEach((file, text) -> builder.add(utf8(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(file),
                ResourceType.DRL));
        for (KnowledgeBuilderError error : builder.getErrors()) {
            InputError problem = DroolsErrors.toInputError(error);
            int[] rows = tableRows.get(problem.file());
            if (rows != null) {
                // the error is on a line of the generated DRL: report the spreadsheet row it came from
                problem = new InputError(problem.file(), rows[Math.min(Math.max(problem.line(), 0), rows.length - 1)],
                        0, "", problem.message(), null);
            }
            // Drools adds "null Package" after any parse error in a file; the parse error says what is wrong. Files
            // with a reserved annotation already have the real explanation.
            if (!String.valueOf(error.getMessage()).contains("Parser returned a null Package")
                    && !explained.contains(problem.file())) {
                problems.add(problem);
            }
        }
        return new ArrayList<>(builder.getKnowledgePackages());
    }

    /** UTF-8, refusing malformed bytes as reading the file as text would. */
    private static String decode(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Drools resolves an annotation's name as a type, so {@code @finding(...)} in a file that imports the Finding
     * class fails with the baffling "Unable to resolve ObjectType 'Finding'". Say what is really wrong.
     */
    private static boolean reportReservedAnnotations(String file, String drl, List<InputError> problems) {
        if (!drl.contains("@finding") && !drl.contains("@answer") && !drl.contains("@rating")) {
            return false; // the line-by-line search below is slow, and almost every file has none
        }
        boolean found = false;
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RESERVED_ANNOTATION.matcher(lines[i]);
            if (m.find()) {
                problems.add(new InputError(file, i + 1, m.start(1) + 1, "", "metadata key @" + m.group(2)
                        + " clashes with the " + Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1)
                        + " class in Drools; write the finding's text as @text(\"...\")", null));
                found = true;
            }
        }
        return found;
    }

    private static String packageOf(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1) : "defaultpkg";
    }

    private static byte[] baseDrl() {
        try (InputStream in = PackCompiler.class.getResourceAsStream(BASE_DRL)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the tool's own " + BASE_DRL + " is missing from its jar", e);
        }
    }
}
