package uk.selfcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.KiePackage;
import uk.selfcheck.input.InputError;

/**
 * Turns a pack's rule files into Drools knowledge packages, and finds where each rule is written. Files are compiled in
 * {@link RuleGroup}s, one per package, each cached on its own: a run compiles only the groups whose files changed and
 * reads the others from the {@link PackageCache}, on two threads. The files are read and scanned either way, so
 * problems and rule locations are found exactly as when compiling.
 */
final class PackCompiler {
    private static final String BASE_DRL = "/uk/selfcheck/engine/base.drl";
    private static final Pattern RESERVED_ANNOTATION = Pattern.compile("^\\s*(@(finding|answer|rating))\\s*\\(");

    /** The packages, and where each rule is written, by {@code package/rule name}. */
    record Result(List<KiePackage> packages, Map<String, RuleLocation> locations) {
    }

    /** A source as DRL (a decision table's as generated), or why it cannot be. */
    private record Text(String drl, InputError problem) {
    }

    /** A group's sources as DRL, and its packages if the cache had them or it compiled alone. */
    private record Loaded(Map<String, Text> texts, Optional<PackageCache.Compiled> compiled) {
    }

    /** Every source's DRL in order, and what scanning it found. */
    private record Scan(Map<String, String> texts, Map<String, int[]> tableRows, Map<String, RuleLocation> locations,
                        Set<String> explained, Set<String> duplicatesExplained) {
    }

    private PackCompiler() {
    }

    /**
     * Compiles the rule files, as read by the loader; {@code allRead} is false when some could not be read (the cache
     * is then not used).
     *
     * @param layerOf which folder each file is from (0 the pack, 1.. its overlays), by path; a file not in it is
     *                from the pack
     */
    static Result compile(List<CacheKey.Source> files, boolean allRead, Map<String, Integer> layerOf,
                          PackageCache cache, List<InputError> problems) {
        int before = problems.size();
        List<CacheKey.Source> sources = new ArrayList<>();
        sources.add(CacheKey.Source.of("base.drl", baseDrl()));
        sources.addAll(files);
        PackageCache used = cache.enabled() && allRead ? cache : PackageCache.disabled();
        RuleGroup whole = RuleGroup.whole(sources);
        // Without the cache, grouping would only save time on two threads: the pack is compiled in one builder, the
        // plain way the cache's results are tested against. A pack that does not compile group by group is cached
        // whole.
        List<RuleGroup> groups = !used.enabled() || used.has(whole.key()) ? List.of(whole)
                : RuleGroup.byPackage(sources);
        Timings.mark("rule files read");
        List<Loaded> loaded = load(groups, used);
        Timings.mark("rules loaded");
        Map<String, Text> texts = new HashMap<>();
        loaded.forEach(group -> texts.putAll(group.texts()));
        Scan scan = scan(sources, texts, layerOf, problems);
        if (problems.size() == before && loaded.stream().allMatch(group -> group.compiled().isPresent())) {
            List<KiePackage> packages = new ArrayList<>();
            loaded.forEach(group -> packages.addAll(group.compiled().get().packages()));
            return new Result(packages, scan.locations());
        }
        // Not cached, or refused (its errors come from one build), or a group needs another package to compile.
        List<KiePackage> packages = GroupCompiler.whole(scan.texts(), scan.tableRows(), scan.explained(),
                scan.duplicatesExplained(), problems);
        Timings.mark("rules compiled whole");
        if (problems.size() == before) {
            Map<String, String> tables = new LinkedHashMap<>();
            whole.tables().forEach(file -> tables.put(file, scan.texts().get(file)));
            used.write(whole.key(), new PackageCache.Compiled(packages, tables));
        }
        return new Result(packages, scan.locations());
    }

    /**
     * Loads every group on two threads, in the order of {@code groups}. Groups the cache has no entry for go first,
     * largest first, so that compiling them overlaps reading the others.
     */
    private static List<Loaded> load(List<RuleGroup> groups, PackageCache cache) {
        Map<RuleGroup, Boolean> cached = new IdentityHashMap<>();
        groups.forEach(group -> cached.put(group, cache.has(group.key())));
        List<RuleGroup> order = new ArrayList<>(groups);
        order.sort(Comparator.comparing((RuleGroup group) -> cached.get(group))
                .thenComparing(group -> -group.sources().stream().mapToLong(s -> s.bytes().length).sum()));
        List<Loaded> loaded;
        try (Workers threads = new Workers("loading rules")) {
            loaded = threads.map(order, group -> load(group, cache));
        }
        Map<RuleGroup, Loaded> byGroup = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            byGroup.put(order.get(i), loaded.get(i));
        }
        return groups.stream().map(byGroup::get).toList();
    }

    /**
     * A group from its cache entry, else compiled alone (and cached) if its files are sound. The whole pack's group is
     * left to {@link #compile}, which reports its errors.
     */
    private static Loaded load(RuleGroup group, PackageCache cache) {
        Optional<PackageCache.Compiled> cached = cache.read(group.key())
                .filter(entry -> entry.tableDrl().keySet().equals(group.tables()));
        Map<String, Text> texts = texts(group.sources(), cached.map(PackageCache.Compiled::tableDrl).orElse(Map.of()));
        if (cached.isPresent() || group.isWhole() || texts.values().stream().anyMatch(text -> text.problem() != null)) {
            return new Loaded(texts, cached);
        }
        Map<String, String> drl = new HashMap<>();
        texts.forEach((file, text) -> drl.put(file, text.drl()));
        Optional<PackageCache.Compiled> compiled = GroupCompiler.alone(group, drl);
        compiled.ifPresent(packages -> cache.write(group.key(), packages));
        return new Loaded(texts, compiled);
    }

    /** Each source as DRL: a decision table's from {@code tables} if there, else generated from the table. */
    private static Map<String, Text> texts(List<CacheKey.Source> sources, Map<String, String> tables) {
        Map<String, Text> texts = new HashMap<>();
        for (CacheKey.Source source : sources) {
            String file = source.path();
            try {
                String known = tables.get(file);
                texts.put(file, new Text(!isTable(file) ? decode(source.bytes())
                        : known != null ? known : DecisionTables.toDrl(source.bytes()), null));
            } catch (java.nio.charset.CharacterCodingException e) {
                texts.put(file, new Text(null, new InputError(file, 0, 0, "", "cannot read the file: it is not UTF-8 "
                        + "text; save it as UTF-8", null)));
            } catch (IOException e) {
                texts.put(file, new Text(null, new InputError(file, 0, 0, "", "cannot read the file: "
                        + uk.selfcheck.input.FileErrors.reason(e), null)));
            } catch (DecisionTables.TableException e) {
                texts.put(file, new Text(null, new InputError(file, e.row(), 0, "", e.getMessage(), null)));
            }
        }
        return texts;
    }

    /** Goes through the rule files in order, noting their rules' locations and the problems Drools explains badly. */
    private static Scan scan(List<CacheKey.Source> sources, Map<String, Text> texts, Map<String, Integer> layerOf,
                             List<InputError> problems) {
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, int[]> tableRows = new HashMap<>();
        Map<String, RuleLocation> locations = new HashMap<>();
        Set<String> explained = new HashSet<>();
        Map<String, RuleLocation> first = new HashMap<>();
        // for each file of an overlay, the earlier folder's files whose package and rule names it repeats
        Map<String, Map<String, Set<String>>> repeats = new LinkedHashMap<>();
        drl.put(sources.get(0).path(), texts.get(sources.get(0).path()).drl());
        for (CacheKey.Source source : sources.subList(1, sources.size())) {
            String file = source.path();
            Text text = texts.get(file);
            if (text.problem() != null) {
                problems.add(text.problem());
                continue;
            }
            boolean table = isTable(file);
            if (table) {
                tableRows.put(file, RuleLocation.tableRows(text.drl()));
            }
            if (reportReservedAnnotations(file, text.drl(), problems)) {
                explained.add(file);
            }
            String pkg = RuleGroup.packageOf(text.drl());
            int layer = layerOf.getOrDefault(file, 0);
            RuleLocation.scan(file, text.drl(), table).forEach((name, loc) -> {
                RuleLocation earlier = first.putIfAbsent(pkg + "/" + name, loc);
                if (earlier != null && layerOf.getOrDefault(earlier.file(), 0) != layer) {
                    repeats.computeIfAbsent(file, f -> new java.util.TreeMap<>())
                            .computeIfAbsent(earlier.file(), f -> new java.util.TreeSet<>()).add(name);
                }
                locations.put(pkg + "/" + name, loc);
            });
            drl.put(file, text.drl());
        }
        repeats.forEach((file, earlier) -> problems.add(repeatedPackage(file, drl.get(file), earlier)));
        return new Scan(drl, tableRows, locations, explained, repeats.keySet());
    }

    /**
     * A rule file copied from the pack into an overlay to change a rule or two: Drools refuses a second rule of one
     * name in one package (once for every rule), and an overlay's rule replaces the pack's only from a package of its
     * own. One problem for the file, saying what to do, in place of Drools' one per rule.
     */
    private static InputError repeatedPackage(String file, String drl, Map<String, Set<String>> earlier) {
        String pkg = RuleGroup.packageOf(drl);
        int line = 1;
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("package ")) {
                line = i + 1;
                break;
            }
        }
        int count = earlier.values().stream().mapToInt(Set::size).sum();
        List<String> names = earlier.values().stream().flatMap(Set::stream).sorted().toList();
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
        return new InputError(file, line, 1, "", "this overlay file declares package " + pkg + ", as "
                + String.join(" and ", earlier.keySet()) + " does, and " + (count == 1 ? "its rule " : count
                + " of its rules (") + shown + (count == 1 ? " has the name of a rule there" : ") have the names "
                + "of rules there") + "; one package cannot hold two rules of one name. An overlay's rule replaces the "
                + "pack's rule of the same id from a package of its own: change this file's package line (for "
                + "example to 'package " + pkg + ".local;') and keep in it only the rules you change", null);
    }

    static boolean isTable(String file) {
        return file.endsWith(RulePackLoader.TABLE_SUFFIX);
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

    static byte[] baseDrl() {
        try (InputStream in = PackCompiler.class.getResourceAsStream(BASE_DRL)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the tool's own " + BASE_DRL + " is missing from its jar", e);
        }
    }
}
