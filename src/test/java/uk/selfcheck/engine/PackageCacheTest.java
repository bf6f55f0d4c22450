package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.testing.OneRulePack;
import uk.selfcheck.report.JsonReport;
import uk.selfcheck.report.TextReport;
import uk.selfcheck.verify.FixtureResult;
import uk.selfcheck.verify.FixtureRunner;

/**
 * The cache of compiled rules changes how long a load takes and nothing else: the same reports for every fixture,
 * damaged entries rebuilt, unsafe folders left alone.
 */
class PackageCacheTest {
    private static final Path RULES = Path.of("rules");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static final String RULE_FILE = OneRulePack.RULE_FILE;

    @TempDir
    Path tmp;

    private final List<String> notes = new ArrayList<>();

    private PackageCache cache(Path dir) {
        return PackageCache.at(dir, notes::add);
    }

    /** The entry of the small pack's rule file, checking it is there beside base.drl's and nothing else. */
    private Path ruleEntry(PackageCache cache) throws Exception {
        Path entry = ruleEntry(small(), cache);
        assertEquals(2, cache.entries().size(), cache.entries().toString());
        assertTrue(cache.entries().contains(entry), cache.entries().toString());
        return entry;
    }

    /** Where the entry of a one-rule pack's rule file, as it is now, is kept. */
    private static Path ruleEntry(Path pack, PackageCache cache) throws Exception {
        Path drl = pack.resolve(RULE_FILE);
        List<CacheKey.Source> sources = List.of(CacheKey.Source.of("base.drl", PackCompiler.baseDrl()),
                CacheKey.Source.of(drl.toString(), Files.readAllBytes(drl)));
        return cache.directory().resolve(RuleGroup.byPackage(sources).get(1).key() + PackageCache.SUFFIX);
    }

    @Test
    void cachedAndCompiledPacksGiveByteIdenticalReportsForEveryFixture() throws Exception {
        RulePack compiled = RulePackLoader.loadShared(RULES);
        PackageCache cache = cache(tmp.resolve("cache"));
        RulePack stored = RulePackLoader.load(List.of(RULES), cache);
        assertEquals(0, cache.hits(), "the first load compiles");
        int groups = cache.entries().size();
        assertTrue(groups > 20, "one entry for each package: " + groups);
        assertEquals(groups, cache.writes());
        PackageCache reader = cache(tmp.resolve("cache"));
        RulePack cached = RulePackLoader.load(List.of(RULES), reader);
        assertEquals(groups, reader.hits(), "the second load reads the entries the first wrote");
        assertEquals(0, reader.writes());
        assertEquals(compiled.rules(), stored.rules());
        assertEquals(compiled.rules(), cached.rules());
        int reports = 0;
        for (Path file : FixtureRunner.discover(List.of(Path.of("fixtures")))) {
            List<FixtureResult> expected = new FixtureRunner(compiled, TODAY).run(file);
            List<FixtureResult> fromCache = new FixtureRunner(cached, TODAY).run(file);
            assertEquals(expected.size(), fromCache.size(), file.toString());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(render(compiled, expected.get(i)), render(cached, fromCache.get(i)), file.toString());
                assertEquals(expected.get(i).mismatches(), fromCache.get(i).mismatches(), file.toString());
                reports++;
            }
        }
        assertTrue(reports > 100, "fixtures and rule cases compared: " + reports);
        assertEquals(List.of(), notes);
    }

    private static String render(RulePack pack, FixtureResult result) {
        if (result.evaluation() == null) {
            return result.mismatches().toString();
        }
        return new TextReport(pack.catalog(), pack.manifest().areas()).render(result.evaluation())
                + new JsonReport().render(result.evaluation());
    }

    @Test
    void aChangedRuleFileIsAMissAndTheOldEntryIsNotUsed() throws Exception {
        Path pack = small();
        PackageCache cache = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(pack), cache);
        Path drl = pack.resolve(RULE_FILE);
        Files.writeString(drl, Files.readString(drl).replace("@severity(\"medium\")", "@severity(\"high\")"));
        PackageCache again = cache(tmp.resolve("cache"));
        RulePack changed = RulePackLoader.load(List.of(pack), again);
        assertEquals(1, again.hits(), "only base.drl's entry is still good");
        assertEquals(1, again.writes());
        assertEquals(3, again.entries().size());
        assertEquals(RulePackLoader.load(List.of(pack)).rules(), changed.rules());
    }

    @Test
    void editingRuleFilesRecompilesOnlyTheirPackages() throws Exception {
        Path pack = copy(RULES, tmp.resolve("rules"));
        PackageCache first = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(pack), first);
        int groups = first.writes();
        // one file of the package whose three files are compiled together, and a severity in another package
        Path drl = pack.resolve("judgement/areas.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// edited\n");
        Path finding = pack.resolve("help_and_protection/plans_and_reviews.drl");
        Files.writeString(finding, Files.readString(finding).replace("@severity(\"medium\")", "@severity(\"high\")"));
        PackageCache again = cache(tmp.resolve("cache"));
        RulePack changed = RulePackLoader.load(List.of(pack), again);
        assertEquals(2, again.writes(), "the two packages whose files changed are compiled");
        assertEquals(groups - 2, again.hits(), "the others are read");

        RulePack compiled = RulePackLoader.load(List.of(pack));
        assertEquals(compiled.rules(), changed.rules());
        Path fixture = Path.of("fixtures/seeds/gateshead-2015.yaml");
        List<FixtureResult> expected = new FixtureRunner(compiled, TODAY).run(fixture);
        List<FixtureResult> actual = new FixtureRunner(changed, TODAY).run(fixture);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(render(compiled, expected.get(i)), render(changed, actual.get(i)));
        }
        assertEquals(List.of(), notes);
    }

    @Test
    void aPackWhosePackagesNeedEachOtherIsCompiledAndCachedWhole() throws Exception {
        Path pack = OneRulePack.write(tmp.resolve("needs"));
        Files.writeString(pack.resolve("leadership/helpers.drl"),
                "package test.helpers;\nfunction boolean manageable() { return true; }\n");
        Path drl = pack.resolve(RULE_FILE);
        Files.writeString(drl, Files.readString(drl)
                .replace("import uk.selfcheck.model.Answer;", "import function test.helpers.Manageable.manageable;\n"
                        + "import uk.selfcheck.model.Answer;")
                .replace("rating >= Rating.MOSTLY )", "rating >= Rating.MOSTLY, manageable() )"));
        RulePackLoader.load(List.of(pack), cache(tmp.resolve("cache")));
        PackageCache again = cache(tmp.resolve("cache"));
        RulePack cached = RulePackLoader.load(List.of(pack), again);
        assertEquals(1, again.hits(), "the whole pack's entry");
        assertEquals(0, again.writes());
        assertEquals(RulePackLoader.load(List.of(pack)).rules(), cached.rules());
        assertEquals(List.of(), notes);
    }

    @Test
    void aBrokenFileOrADuplicateRuleIdGivesTheSameProblemsAsWithoutTheCache() throws Exception {
        Path pack = small();
        RulePackLoader.load(List.of(pack), cache(tmp.resolve("cache")));
        Path copy = pack.resolve("leadership/copy.drl");
        Files.writeString(copy, OneRulePack.RULE.replace("test.workforce", "test.copy"));
        String duplicate = problems(pack, cache(tmp.resolve("cache")));
        assertTrue(duplicate.contains("rule id S-CASELOADS is already defined at"), duplicate);
        assertEquals(problems(pack, PackageCache.disabled()), duplicate);

        Files.writeString(copy, OneRulePack.RULE.replace("test.workforce", "test.copy")
                .replace("S-CASELOADS", "S-COPY").replace("criterion ==", "criterium =="));
        String broken = problems(pack, cache(tmp.resolve("cache")));
        assertTrue(broken.contains("copy.drl:"), broken);
        assertEquals(problems(pack, PackageCache.disabled()), broken);
        assertEquals(List.of(), notes);
    }

    private static String problems(Path pack, PackageCache cache) {
        RulePackException e = org.junit.jupiter.api.Assertions.assertThrows(RulePackException.class,
                () -> RulePackLoader.load(List.of(pack), cache));
        return e.problems().stream().map(p -> p.format()).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Path copy(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
        return to;
    }

    @Test
    void aCorruptEntryIsDeletedAndRebuilt() throws Exception {
        PackageCache cache = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), cache);
        Path entry = ruleEntry(cache);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(entry, bytes);

        PackageCache second = cache(tmp.resolve("cache"));
        RulePack pack = RulePackLoader.load(List.of(small()), second);
        assertEquals(1, second.hits(), "base.drl's entry only");
        assertEquals(1, second.writes());
        assertFalse(pack.rules().isEmpty());
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("failed its integrity check"), notes.get(0));
        assertFalse(Arrays.equals(bytes, Files.readAllBytes(ruleEntry(second))), "the entry was written again");

        PackageCache third = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), third);
        assertEquals(2, third.hits(), "the rebuilt entry is used");
    }

    @Test
    void aTruncatedOrEmptyEntryIsRebuilt() throws Exception {
        PackageCache cache = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), cache);
        Path entry = ruleEntry(cache);
        for (byte[] damaged : List.of(Arrays.copyOf(Files.readAllBytes(entry), 100), new byte[0])) {
            Files.write(entry, damaged);
            PackageCache next = cache(tmp.resolve("cache"));
            RulePackLoader.load(List.of(small()), next);
            assertEquals(1, next.hits(), "base.drl's entry only");
            assertTrue(Files.size(ruleEntry(next)) > 1000);
        }
        assertEquals(2, notes.size(), notes.toString());
    }

    @Test
    void aSignedEntryHoldingAClassOutsideTheAllowListIsRefusedBeforeItIsCreated() throws Exception {
        PackageCache cache = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), cache);
        Path entry = ruleEntry(cache);
        String key = entry.getFileName().toString().replace(PackageCache.SUFFIX, "");
        ByteArrayOutputStream object = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(object)) {
            out.writeObject(new java.net.URL("http://example.org/"));
        }
        // laid out as PackageSerialiser writes: no tables, then one "package"
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new DeflaterOutputStream(payload))) {
            out.writeInt(0);
            out.writeInt(1);
            out.writeInt(object.size());
            out.write(object.toByteArray());
        }
        // signed with the user's own key, as only someone who can already write the folder could do
        byte[] secret = Files.readAllBytes(tmp.resolve("cache").resolve(CacheDirectory.KEY_FILE));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        mac.update(key.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        byte[] signature = mac.doFinal(payload.toByteArray());
        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        forged.write(Arrays.copyOf(Files.readAllBytes(entry), 8));
        forged.write(signature);
        forged.write(payload.toByteArray());
        Files.write(entry, forged.toByteArray());

        PackageCache next = cache(tmp.resolve("cache"));
        RulePack pack = RulePackLoader.load(List.of(small()), next);
        assertEquals(1, next.hits(), "base.drl's entry only");
        assertEquals(1, next.writes());
        assertFalse(pack.rules().isEmpty());
        assertTrue(notes.get(0).contains("InvalidClassException") && notes.get(0).contains("REJECTED"), notes.get(0));
    }

    @Test
    void aFolderOtherUsersCanWriteIsNotUsed() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        PackageCache cache = cache(dir);
        RulePack pack = RulePackLoader.load(List.of(small()), cache);
        assertFalse(pack.rules().isEmpty());
        assertEquals(List.of(), cache.entries());
        assertFalse(Files.exists(dir.resolve(CacheDirectory.KEY_FILE)));
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("other users can write to it (mode rwxrwxrwx)"), notes.get(0));
    }

    @Test
    void aLinkedFolderIsNotUsed() throws Exception {
        Path real = Files.createDirectory(tmp.resolve("real"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        PackageCache cache = cache(link);
        assertEquals("it is a symbolic link", cache.unusableReason().orElseThrow());
        RulePackLoader.load(List.of(small()), cache);
        try (var files = Files.list(real)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aKeyOtherUsersCanReadMakesTheCacheUnused() throws Exception {
        PackageCache cache = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), cache);
        Files.setPosixFilePermissions(tmp.resolve("cache").resolve(CacheDirectory.KEY_FILE),
                PosixFilePermissions.fromString("rw-r--r--"));
        PackageCache next = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), next);
        assertEquals(0, next.hits());
        assertEquals("its key file entries.key has mode rw-r--r--, so other users can read it; it must be rw------- "
                + "(chmod 600 " + tmp.resolve("cache").resolve(CacheDirectory.KEY_FILE) + ", or delete it and a new "
                + "one is made)", next.unusableReason().orElseThrow());
    }

    /** A key file cut short is not "readable by other users": it is damaged, and replaced once, with one note. */
    @Test
    void aTruncatedKeyFileIsReplacedWithOneNoteThatSaysSo() throws Exception {
        Path key = tmp.resolve("cache").resolve(CacheDirectory.KEY_FILE);
        RulePackLoader.load(List.of(small()), cache(tmp.resolve("cache")));
        Files.write(key, Arrays.copyOf(Files.readAllBytes(key), 7));

        PackageCache next = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), next);
        assertEquals(List.of("selfcheck: the rule cache's key file " + key + " was damaged (7 bytes, not 32); a new key "
                + "was made, and the rules are compiled again once"), notes.subList(0, 1));
        assertTrue(next.unusableReason().isEmpty(), next.unusableReason().toString());
        assertEquals(32, Files.size(key));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(key));
        assertEquals(2, next.writes(), "entries signed with the old key are compiled again and written");

        notes.clear();
        PackageCache third = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), third);
        assertEquals(2, third.hits());
        assertEquals(List.of(), notes);
    }

    /** A folder where an entry belongs is removed once, with one note, and the entry written in its place. */
    @Test
    void aFolderWhereAnEntryBelongsIsRemovedOnceWithOneNote() throws Exception {
        PackageCache cache = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), cache);
        Path entry = ruleEntry(cache);
        Files.delete(entry);
        Files.createDirectories(entry.resolve("inside"));
        Files.writeString(entry.resolve("inside/file.txt"), "not an entry");

        PackageCache next = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), next);
        assertEquals(List.of("selfcheck: removed the folder " + entry.getFileName() + " from the rule cache "
                + tmp.resolve("cache") + ", where a cached entry belongs; compiling the rules again"), notes);
        assertTrue(Files.isRegularFile(entry), "the entry was written in its place");

        notes.clear();
        PackageCache third = cache(tmp.resolve("cache"));
        RulePackLoader.load(List.of(small()), third);
        assertEquals(2, third.hits());
        assertEquals(List.of(), notes, "no note on later runs");
    }

    @Test
    void aFolderOwnedBySomeoneElseIsNotUsed() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("theirs"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            Files.setAttribute(dir, "unix:uid", 65534);
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("only root can give a folder away: " + e.getMessage());
        }
        PackageCache cache = cache(dir);
        assertTrue(cache.unusableReason().orElseThrow().contains("not by the user running selfcheck"),
                cache.unusableReason().toString());
    }

    @Test
    void theFolderIsCreatedPrivate() throws Exception {
        Path dir = tmp.resolve("new/deeper/selfcheck");
        PackageCache cache = cache(dir);
        assertTrue(cache.unusableReason().isEmpty(), cache.unusableReason().toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(CacheDirectory.KEY_FILE))));
    }

    @Test
    void onlyTheEntriesOfTheLatestRunsAreKept() throws Exception {
        Path pack = small();
        Path drl = pack.resolve(RULE_FILE);
        String original = Files.readString(drl);
        PackageCache cache = null;
        for (int i = 0; i <= PackageCache.KEEP; i++) {
            Files.writeString(drl, original + "\n// edit " + i + "\n");
            cache = cache(tmp.resolve("cache"));
            RulePackLoader.load(List.of(pack), cache);
        }
        // base.drl's entry, which every run used, and the rule file as each of the latest runs had it
        assertEquals(PackageCache.KEEP + 1, cache.entries().size());
        assertTrue(cache.entries().contains(ruleEntry(pack, cache)));
        Files.writeString(drl, original + "\n// edit 0\n");
        assertFalse(cache.entries().contains(ruleEntry(pack, cache)), "the first run's entry is gone");
    }

    /** A pack of one rule: quick to compile, so each test can compile it more than once. */
    private Path small() throws Exception {
        Path pack = tmp.resolve("small");
        return Files.exists(pack) ? pack : OneRulePack.write(pack);
    }
}
