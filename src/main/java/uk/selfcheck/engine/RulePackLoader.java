package uk.selfcheck.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import uk.selfcheck.input.CriteriaReader;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.ManifestReader;
import uk.selfcheck.input.Overlay;
import uk.selfcheck.input.OverlayReader;
import uk.selfcheck.input.Suggestions;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.PackIdentity;
import uk.selfcheck.model.PackManifest;
import uk.selfcheck.model.RuleInfo;
import uk.selfcheck.model.RuleRegistry;
import uk.selfcheck.model.Severity;
import uk.selfcheck.model.Theme;

/**
 * Loads a rule pack from a folder on disk: {@code pack.yaml}, every {@code *.criteria.yaml} and every {@code *.drl}
 * below it. A pack with any problem is refused whole, with every problem located to file and line.
 */
public final class RulePackLoader {
    public static final String MANIFEST = "pack.yaml";
    static final String CRITERIA_SUFFIX = ".criteria.yaml";
    static final String DRL_SUFFIX = ".drl";
    /** Decision tables: Drools recognises a table by this suffix, and so does the loader. */
    static final String TABLE_SUFFIX = ".drl.csv";

    /** Packs already compiled in this process, by a fingerprint of every file in them. */
    private static final Map<String, RulePack> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private RulePackLoader() {
    }

    /**
     * Loads a pack, reusing one this process already compiled when no file of it has changed (same paths, sizes and
     * modification times). Compiling takes seconds; tests and multi-file commands load the same pack many times.
     */
    public static RulePack loadShared(Path root) throws RulePackException {
        return loadShared(List.of(root));
    }

    public static RulePack loadShared(List<Path> roots) throws RulePackException {
        return loadShared(roots, PackageCache.disabled());
    }

    /**
     * As {@link #loadShared(List)}; a pack this process has not compiled yet is loaded through {@code cache}. One caller
     * at a time, so that a caller asking for a pack another thread is loading waits for it instead of loading it too.
     */
    public static synchronized RulePack loadShared(List<Path> roots, PackageCache cache) throws RulePackException {
        StringBuilder key = new StringBuilder();
        for (Path root : roots) {
            String fingerprint = fingerprint(root);
            if (fingerprint == null) {
                return load(roots, cache);
            }
            key.append(fingerprint).append("\n--\n");
        }
        String fingerprint = key.toString();
        RulePack cached = COMPILED.get(fingerprint);
        if (cached != null) {
            return cached;
        }
        RulePack pack = load(roots, cache);
        COMPILED.put(fingerprint, pack);
        return pack;
    }

    private static String fingerprint(Path root) {
        if (!Files.isDirectory(root)) {
            return null;
        }
        StringBuilder text = new StringBuilder(root.toAbsolutePath().normalize().toString());
        // a pack folder given as a link is read through it (PackFiles), so it is fingerprinted through it too
        Path start;
        try {
            start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
        } catch (IOException e) {
            return null;
        }
        try (Stream<Path> walk = Files.walk(start)) {
            // links too: a link to a folder is refused on loading, and must not be passed over by an earlier load
            for (Path p : walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p)
                    || PackFiles.isRead(p) && !Files.isDirectory(p)).sorted().toList()) {
                text.append('\n').append(p).append(' ').append(Files.isRegularFile(p) ? Files.size(p) : -1)
                        .append(' ').append(Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                                .toMillis());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        return text.toString();
    }

    public static RulePack load(Path root) throws RulePackException {
        return load(List.of(root));
    }

    /** Compiles a pack and its overlays, using no cache. */
    public static RulePack load(List<Path> roots) throws RulePackException {
        return load(roots, PackageCache.disabled());
    }

    /**
     * Loads a pack and its overlays. The first folder holds pack.yaml; each later folder may add criteria and rules,
     * replace a rule of an earlier folder by defining one with the same id, and hold an overlay.yaml that disables
     * rules, changes severities or changes grading numbers. The compiled rules of each package come from
     * {@code cache} when none of its files has changed since they were compiled; everything else is read and checked
     * every time.
     */
    public static RulePack load(List<Path> roots, PackageCache cache) throws RulePackException {
        List<InputError> problems = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                problems.add(new InputError(root.toString(), 0, 0, "",
                        "rule pack folder not found (give --rules a folder holding pack.yaml)", null));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        // Every file is read once, here; the YAML is then parsed on another thread while this one compiles (or loads)
        // the rules.
        List<InputError> compileProblems = new ArrayList<>();
        List<PackFolder> folders = new ArrayList<>();
        for (int layer = 0; layer < roots.size(); layer++) {
            folders.add(PackFolder.read(roots.get(layer), layer == 0, problems, compileProblems));
        }
        boolean allRead = compileProblems.isEmpty();
        CompletableFuture<Declarations> declared = CompletableFuture.supplyAsync(() -> readDeclarations(folders));
        List<CacheKey.Source> drlFiles = new ArrayList<>();
        Map<String, Integer> layerOf = new HashMap<>();
        for (int layer = 0; layer < folders.size(); layer++) {
            for (CacheKey.Source file : folders.get(layer).rules()) {
                layerOf.put(file.path(), layer);
                drlFiles.add(file);
            }
        }
        PackCompiler.Result compiled = PackCompiler.compile(drlFiles, allRead, layerOf, cache, compileProblems);
        InternalKnowledgeBase kieBase = null;
        if (problems.isEmpty() && compileProblems.isEmpty()) {
            kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(compiled.packages());
        }
        Timings.mark("knowledge base built");
        Declarations declarations = join(declared);
        Timings.mark("pack files read");
        problems.addAll(declarations.problems());
        if (declarations.manifest() != null) {
            problems.addAll(compileProblems);
        }
        if (!problems.isEmpty()) {
            if (kieBase != null) {
                // the rules compiled: check the overlays' rule ids too, so one run shows every problem
                Map<String, Candidate> chosen = chooseRules(kieBase, compiled.locations(), layerOf, problems);
                applyDisables(kieBase, declarations.overlays(), chosen, problems);
                checkSeverityOverrides(declarations.overlays(), chosen, problems);
            }
            problems.sort(null);
            throw new RulePackException(dedupe(problems));
        }
        PackManifest manifest = declarations.manifest();
        CriteriaCatalog catalog = declarations.catalog();
        List<Overlay> overlays = declarations.overlays();
        Map<String, RuleLocation> locations = compiled.locations();
        Map<String, Candidate> chosen = chooseRules(kieBase, locations, layerOf, problems);
        applyDisables(kieBase, overlays, chosen, problems);
        Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (Candidate candidate : chosen.values()) {
            Optional<RuleInfo> info = RuleMetadata.parse(candidate.rule().getName(), candidate.rule().getMetaData(),
                    candidate.location(), manifest, catalog, problems);
            info.map(i -> withOverlaySeverity(i, overlays)).ifPresent(i -> {
                byRule.put(candidate.rule(), i);
                rules.add(i);
            });
        }
        checkSeverityOverrides(overlays, chosen, problems);
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        rules.sort(Comparator.comparing(RuleInfo::id));
        Map<String, DisabledRule> disabled = new java.util.TreeMap<>();
        overlays.forEach(o -> o.disable().forEach(id -> disabled.put(id.value(), new DisabledRule(o.file(), id.line()))));
        return new RulePack(List.copyOf(roots), manifest, catalog, kieBase, new RuleRegistry(byRule),
                List.copyOf(rules), java.util.Collections.unmodifiableMap(disabled), ruleFiles(locations),
                identity(manifest, folders, overlays));
    }

    private static Map<String, String> ruleFiles(Map<String, RuleLocation> locations) {
        Map<String, String> files = new HashMap<>();
        locations.forEach((rule, location) -> files.put(rule, location.file()));
        return java.util.Collections.unmodifiableMap(files);
    }

    /** The pack and its overlay folders, each with its description and content hash. */
    private static PackIdentity identity(PackManifest manifest, List<PackFolder> folders, List<Overlay> overlays) {
        Map<String, String> descriptions = new HashMap<>();
        overlays.forEach(o -> descriptions.put(o.file(), o.description()));
        List<PackIdentity.Folder> layers = new ArrayList<>();
        for (PackFolder folder : folders.subList(1, folders.size())) {
            String description = folder.declaration() == null ? ""
                    : descriptions.getOrDefault(folder.declaration().path(), "");
            layers.add(new PackIdentity.Folder(folder.root().toString(), description, folder.hash()));
        }
        return new PackIdentity(manifest.name(), manifest.version(), manifest.description().strip(),
                folders.get(0).hash(), List.copyOf(layers), manifest.measuredAgreement());
    }

    private static List<InputError> dedupe(List<InputError> problems) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(problems));
    }

    /** What the pack's YAML declares, and the problems found reading it. */
    private record Declarations(List<Overlay> overlays, PackManifest manifest, CriteriaCatalog catalog,
                                List<InputError> problems) {
    }

    private static Declarations readDeclarations(List<PackFolder> folders) {
        List<InputError> problems = new ArrayList<>();
        List<Overlay> overlays = readOverlays(folders, problems);
        PackManifest manifest = readManifest(folders.get(0), overlays, problems);
        CriteriaCatalog catalog = manifest == null ? null : readCatalog(folders, manifest, problems);
        return new Declarations(overlays, manifest, catalog, problems);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Workers.rethrowUnchecked(e.getCause());
            throw e;
        }
    }

    /** A finding rule as compiled, where it is written, and which folder (0 = the pack, 1.. = overlays) it is from. */
    private record Candidate(Rule rule, String pkg, RuleLocation location, int layer) {
    }

    /**
     * One rule per id: a later folder's rule replaces an earlier folder's (removed from the knowledge base), and an
     * id defined twice in one folder is an error, never a silent replacement.
     */
    private static Map<String, Candidate> chooseRules(InternalKnowledgeBase kieBase,
                                                      Map<String, RuleLocation> locations,
                                                      Map<String, Integer> layerOf, List<InputError> problems) {
        Map<String, Candidate> chosen = new java.util.TreeMap<>();
        List<Candidate> replaced = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleLocation location = locations.get(pkg.getName() + "/" + rule.getName());
                if (location == null || !isFindingRule(rule)) {
                    continue;
                }
                Candidate candidate = new Candidate(rule, pkg.getName(), location,
                        layerOf.getOrDefault(location.file(), 0));
                Candidate previous = chosen.get(rule.getName());
                if (previous == null) {
                    chosen.put(rule.getName(), candidate);
                } else if (previous.layer() == candidate.layer()) {
                    Candidate first = earlier(previous, candidate);
                    Candidate second = first == previous ? candidate : previous;
                    problems.add(new InputError(second.location().file(), second.location().line(), 1, "", "rule id "
                            + rule.getName() + " is already defined at " + first.location().file() + ":"
                            + first.location().line() + "; rule ids must be unique in a pack (an overlay folder "
                            + "may replace a rule of an earlier folder)", null));
                } else {
                    Candidate later = previous.layer() > candidate.layer() ? previous : candidate;
                    replaced.add(later == previous ? candidate : previous);
                    chosen.put(rule.getName(), later);
                }
            }
        }
        for (Candidate old : replaced) {
            kieBase.removeRule(old.pkg(), old.rule().getName());
        }
        return chosen;
    }

    private static Candidate earlier(Candidate a, Candidate b) {
        int byFile = a.location().file().compareTo(b.location().file());
        return byFile < 0 || (byFile == 0 && a.location().line() <= b.location().line()) ? a : b;
    }

    private static void applyDisables(InternalKnowledgeBase kieBase, List<Overlay> overlays,
                                      Map<String, Candidate> chosen, List<InputError> problems) {
        for (Overlay overlay : overlays) {
            for (Overlay.Located id : overlay.disable()) {
                Candidate candidate = chosen.remove(id.value());
                if (candidate == null) {
                    problems.add(new InputError(overlay.file(), id.line(), id.column(), "disable", "no rule '"
                            + id.value() + "' to disable", Suggestions.closest(id.value(), chosen.keySet())));
                } else {
                    kieBase.removeRule(candidate.pkg(), candidate.rule().getName());
                }
            }
        }
    }

    private static RuleInfo withOverlaySeverity(RuleInfo info, List<Overlay> overlays) {
        RuleInfo result = info;
        for (Overlay overlay : overlays) {
            Overlay.Located severity = overlay.severity().get(info.id());
            if (severity != null) {
                result = new RuleInfo(result.id(), result.kind(), result.area(), result.theme(),
                        Severity.fromId(severity.value()).orElseThrow(), result.title(), result.finding(),
                        result.recommendation(), result.sources(), result.criteria(), result.file(), result.line());
            }
        }
        return result;
    }

    private static void checkSeverityOverrides(List<Overlay> overlays, Map<String, Candidate> chosen,
                                               List<InputError> problems) {
        for (Overlay overlay : overlays) {
            overlay.severity().forEach((id, severity) -> {
                if (!chosen.containsKey(id)) {
                    problems.add(new InputError(overlay.file(), severity.line(), 1, "severity." + id, "no rule '" + id
                            + "' to re-weight", Suggestions.closest(id, chosen.keySet())));
                }
            });
        }
    }

    private static List<Overlay> readOverlays(List<PackFolder> folders, List<InputError> problems) {
        List<Overlay> overlays = new ArrayList<>();
        for (PackFolder folder : folders.subList(1, folders.size())) {
            Path manifest = folder.root().resolve(MANIFEST);
            if (Files.exists(manifest)) {
                problems.add(new InputError(manifest.toString(), 0, 0, "", "an overlay folder holds "
                        + OverlayReader.FILE + ", not " + MANIFEST + "; give the pack itself as the first --rules",
                        null));
            }
            CacheKey.Source file = folder.declaration();
            if (file != null) {
                Overlay overlay = OverlayReader.read(file.bytes(), file.path(), problems);
                if (overlay != null) {
                    overlays.add(overlay);
                }
            } else if (PackFiles.present(folder.root().resolve(OverlayReader.FILE))) {
                Path path = folder.root().resolve(OverlayReader.FILE);
                // never opened: a FIFO would wait for a writer for ever
                problems.add(new InputError(path.toString(), 0, 0, "", "it is " + PackFiles.whatItIs(path)
                        + "; an overlay's settings must be a file named " + OverlayReader.FILE
                        + " (remove it if the overlay has none)", null));
            }
        }
        return overlays;
    }

    /**
     * Finding rules carry {@code @kind}; judgement rules (in agenda groups, without it) grade and carry no metadata.
     * A rule in the default group without {@code @kind} is a finding rule that forgot its metadata.
     */
    private static boolean isFindingRule(Rule rule) {
        if (rule.getMetaData().containsKey("kind")) {
            return true;
        }
        String group = ((org.drools.base.definitions.rule.impl.RuleImpl) rule).getRuleFlowGroup();
        return group == null || group.isEmpty() || "MAIN".equals(group);
    }

    private static PackManifest readManifest(PackFolder pack, List<Overlay> overlays, List<InputError> problems) {
        CacheKey.Source file = pack.declaration();
        if (file == null) {
            Path path = pack.root().resolve(MANIFEST);
            if (!Files.isRegularFile(path)) {
                // never opened when it is not a file: a FIFO would wait for a writer for ever
                problems.add(new InputError(path.toString(), 0, 0, "", PackFiles.present(path) ? "it is "
                        + PackFiles.whatItIs(path) + "; the rule pack's " + MANIFEST + " must be a file"
                        : "the rule pack has no " + MANIFEST, null));
            }
            return null; // else it could not be read, which is a problem already
        }
        try {
            return ManifestReader.read(file.bytes(), file.path(), overlays);
        } catch (InputException e) {
            problems.addAll(e.errors());
            return null;
        }
    }

    /** Criteria of every folder; a later folder's theme file replaces an earlier folder's theme of the same id. */
    private static CriteriaCatalog readCatalog(List<PackFolder> folders, PackManifest manifest,
                                               List<InputError> problems) {
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (PackFolder folder : folders) {
            Map<String, Theme> layer = new HashMap<>();
            for (CacheKey.Source file : folder.criteria()) {
                try {
                    Theme theme = CriteriaReader.read(file.bytes(), file.path(), manifest.areas().keySet());
                    String key = theme.area() + "/" + theme.id();
                    Theme clash = layer.putIfAbsent(key, theme);
                    if (clash != null) {
                        problems.add(new InputError(file.path(), 1, 1, "theme", "theme " + key
                                + " is already defined in " + clash.file(), null));
                        continue;
                    }
                    themes.put(key, theme);
                } catch (InputException e) {
                    problems.addAll(e.errors());
                }
            }
        }
        Map<String, Criterion> seen = new HashMap<>();
        for (Theme theme : themes.values()) {
            for (Criterion c : theme.criteria()) {
                Criterion previous = seen.putIfAbsent(c.id(), c);
                if (previous != null) {
                    problems.add(new InputError(c.file(), c.line(), 1, "criteria", "criterion id " + c.id()
                            + " is already defined at " + previous.file() + ":" + previous.line(), null));
                }
            }
        }
        return new CriteriaCatalog(themes.values());
    }
}
