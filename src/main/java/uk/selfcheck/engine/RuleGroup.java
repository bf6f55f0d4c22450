package uk.selfcheck.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rule files compiled together in a KnowledgeBuilder of their own and cached as one entry: the files that declare one
 * Drools package, so that a change to one file recompiles only its package. Every group is compiled with the tool's
 * base.drl, which declares what all rules share; base.drl itself is the group of its own package. The whole pack is a
 * group too: compiled in one builder when there is no cache, and cached as one entry when its packages need each
 * other to compile.
 *
 * @param sources what the group's builder compiles, in order: base.drl, then the group's files
 * @param key     the group's {@link CacheKey}
 */
record RuleGroup(String name, List<CacheKey.Source> sources, String key) {
    /** The name of the whole pack's group; no package can be called this. */
    static final String WHOLE = "(whole pack)";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    /** A decision table names its package in a {@code RuleSet} row, in any letter case (Drools' default otherwise). */
    private static final Pattern TABLE_PACKAGE = Pattern.compile("(?mi)^[,\\s]*RuleSet\\s*,[,\\s]*([\\w.]+)");
    private static final String TABLE_DEFAULT_PACKAGE = "rule_table";

    /** The groups of {@code sources} (base.drl first, then the pack's files), in the order their packages appear. */
    static List<RuleGroup> byPackage(List<CacheKey.Source> sources) {
        CacheKey.Source base = sources.get(0);
        Map<String, List<CacheKey.Source>> members = new LinkedHashMap<>();
        for (CacheKey.Source source : sources) {
            members.computeIfAbsent(packageOf(source), name -> new ArrayList<>()).add(source);
        }
        List<RuleGroup> groups = new ArrayList<>();
        members.forEach((name, files) -> {
            List<CacheKey.Source> compiled = new ArrayList<>();
            if (files.get(0) != base) {
                compiled.add(base);
            }
            compiled.addAll(files);
            groups.add(of(name, compiled));
        });
        return groups;
    }

    /** Every source in one group. */
    static RuleGroup whole(List<CacheKey.Source> sources) {
        return of(WHOLE, sources);
    }

    private static RuleGroup of(String name, List<CacheKey.Source> sources) {
        return new RuleGroup(name, List.copyOf(sources), CacheKey.of(name, sources));
    }

    boolean isWhole() {
        return name.equals(WHOLE);
    }

    /** The group's decision tables, by path, in order. */
    Set<String> tables() {
        return sources.stream().map(CacheKey.Source::path).filter(PackCompiler::isTable)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The package a DRL text declares; Drools' name for a file that declares none. */
    static String packageOf(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1) : "defaultpkg";
    }

    /**
     * A file's package, found without compiling it. For a decision table that is its {@code RuleSet} row as written,
     * before Drools' spreadsheet compiler (slow to start) turns it into DRL. Should the guess differ from what Drools
     * makes of the table, the group's builder makes a package of another name, and the pack is compiled whole: a
     * wrong guess costs time, never a result.
     */
    private static String packageOf(CacheKey.Source source) {
        String text = new String(source.bytes(), StandardCharsets.UTF_8);
        if (!PackCompiler.isTable(source.path())) {
            return packageOf(text);
        }
        Matcher m = TABLE_PACKAGE.matcher(text);
        return m.find() ? m.group(1) : TABLE_DEFAULT_PACKAGE;
    }
}
