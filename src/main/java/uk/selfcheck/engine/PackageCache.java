package uk.selfcheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kie.api.definition.KiePackage;

/**
 * A cache on disk of compiled rule packages, so that a run skips compiling the rule files that have not changed, which
 * for the whole pack takes seconds. Each entry holds one {@link RuleGroup}'s packages. Only what Drools compiles is
 * cached; everything else about a pack is read and checked every run.
 *
 * <p>Each entry is a file named by its {@link CacheKey}: a header, an HMAC-SHA256 of the key and the payload under a
 * per-user secret, and the payload ({@link PackageSerialiser}). An entry is verified before any of
 * it is deserialised, and deserialised through {@link PackageClassFilter}. An entry that fails either check is deleted
 * and its group compiled again: a damaged cache costs time, never a result. A folder that is not safe (see
 * {@link CacheDirectory}) is not used at all. Entries may be read and written on several threads at once.
 */
public final class PackageCache {
    static final String SUFFIX = ".pack";
    /**
     * Runs whose entries are kept. A run (one PackageCache, so one command) marks every entry it reads or writes with
     * the time it started; when it first writes, it deletes the entries no run among the latest {@code KEEP} used. A
     * count of runs rather than of entries: a pack has an entry per package (the shipped one some thirty), and a run
     * of a small pack must not push out most of a large one. Eight runs hold eight versions of a pack, as when
     * switching between branches, in a few megabytes.
     */
    static final int KEEP = 8;
    private static final byte[] MAGIC = "SCPACK2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAC_BYTES = 32;
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    /** What compilation produced: the packages, and the DRL each decision table was turned into, by file. */
    record Compiled(List<KiePackage> packages, Map<String, String> tableDrl) {
    }

    private final Path dir;
    private final Consumer<String> notes;
    private final FileTime run = FileTime.fromMillis(System.currentTimeMillis());
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicBoolean evicted = new AtomicBoolean();
    private Optional<String> unusable;
    /** Keys whose entry is a folder that could not be removed: not written, so that a run notes it only once. */
    private final Set<String> blocked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private byte[] secret;

    private PackageCache(Path dir, Consumer<String> notes) {
        this.dir = dir;
        this.notes = notes;
    }

    /** No cache: every load compiles. */
    public static PackageCache disabled() {
        return new PackageCache(null, note -> { });
    }

    /** The user's cache folder (see {@link CacheDirectory#standard()}); {@code notes} hears why it is not used. */
    public static PackageCache standard(Consumer<String> notes) {
        return at(CacheDirectory.standard(), notes);
    }

    public static PackageCache at(Path dir, Consumer<String> notes) {
        return new PackageCache(dir, notes);
    }

    public boolean enabled() {
        return dir != null;
    }

    public Path directory() {
        return dir;
    }

    /** Why the folder is not used, if it is not; creates it (mode 0700) when missing. */
    public synchronized Optional<String> unusableReason() {
        if (unusable == null) {
            unusable = dir == null ? Optional.of("caching is switched off") : CacheDirectory.prepare(dir);
            if (unusable.isEmpty()) {
                try {
                    CacheDirectory.Key key = CacheDirectory.key(dir, this::note);
                    secret = key.bytes();
                    if (secret == null) {
                        unusable = Optional.of(key.problem());
                    }
                } catch (IOException e) {
                    unusable = Optional.of("its key file " + CacheDirectory.KEY_FILE + " cannot be read or created ("
                            + uk.selfcheck.input.FileErrors.reason(e) + ")");
                } catch (RuntimeException e) {
                    unusable = Optional.of("its key file " + CacheDirectory.KEY_FILE + " cannot be read or created ("
                            + e.getMessage() + ")");
                }
            }
            if (dir != null && unusable.isPresent()) {
                note("selfcheck: not using the rule cache " + dir + ": " + unusable.get()
                        + "; the rules are compiled on every run");
            }
        }
        return unusable;
    }

    private boolean usable() {
        return enabled() && unusableReason().isEmpty();
    }

    /** Whether there is an entry under {@code key}, sound or not. */
    boolean has(String key) {
        return usable() && Files.exists(entry(key), LinkOption.NOFOLLOW_LINKS);
    }

    /** The compiled packages stored under {@code key}, if there is a sound entry. */
    Optional<Compiled> read(String key) {
        if (!usable()) {
            return Optional.empty();
        }
        Path file = entry(key);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!removeFolder(file)) {
                blocked.add(key);
            }
            return Optional.empty();
        }
        try {
            Optional<String> unsafe = CacheDirectory.unsafe(file, false);
            if (unsafe.isPresent()) {
                discard(file, unsafe.get());
                return Optional.empty();
            }
            if (Files.size(file) > MAX_ENTRY_BYTES) {
                discard(file, "it is too large");
                return Optional.empty();
            }
            byte[] payload = verified(key, Files.readAllBytes(file));
            if (payload == null) {
                discard(file, "it failed its integrity check");
                return Optional.empty();
            }
            Compiled compiled = PackageSerialiser.read(payload);
            Files.setLastModifiedTime(file, run);
            hits.incrementAndGet();
            return Optional.of(compiled);
        } catch (Exception | LinkageError e) {
            discard(file, "it cannot be read (" + (e instanceof java.nio.file.FileSystemException io ? uk.selfcheck.input.FileErrors.reason(io)
                    : e.getClass().getSimpleName() + ": " + e.getMessage()) + ")");
            return Optional.empty();
        }
    }

    /** Stores freshly compiled packages under {@code key}; a failure to write costs only the next run's time. */
    void write(String key, Compiled compiled) {
        if (!usable() || blocked.contains(key)) {
            return;
        }
        Path temporary = null;
        try {
            Set<String> refused = new TreeSet<>();
            byte[] payload = PackageSerialiser.write(compiled, refused);
            if (!refused.isEmpty()) {
                note("selfcheck: the compiled rules hold classes the rule cache does not accept ("
                        + String.join(", ", refused) + "); they are compiled on every run");
                return;
            }
            byte[] data = new byte[MAGIC.length + MAC_BYTES + payload.length];
            System.arraycopy(MAGIC, 0, data, 0, MAGIC.length);
            System.arraycopy(mac(key, payload), 0, data, MAGIC.length, MAC_BYTES);
            System.arraycopy(payload, 0, data, MAGIC.length + MAC_BYTES, payload.length);
            temporary = uk.selfcheck.input.TemporaryFiles.create(dir, ".entry", ".tmp");
            Files.write(temporary, data);
            Files.setLastModifiedTime(temporary, run);
            Files.move(temporary, entry(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            uk.selfcheck.input.TemporaryFiles.renamed(temporary);
            writes.incrementAndGet();
            if (!evicted.getAndSet(true)) {
                evict();
            }
        } catch (IOException e) {
            note("selfcheck: could not write the rule cache " + dir + ": " + uk.selfcheck.input.FileErrors.reason(e));
        } catch (GeneralSecurityException | RuntimeException e) {
            note("selfcheck: could not write the rule cache " + dir + ": " + e.getMessage());
        } finally {
            uk.selfcheck.input.TemporaryFiles.delete(temporary);
        }
    }

    /** How many entries this cache has served; tests tell a hit from a compilation by it. */
    int hits() {
        return hits.get();
    }

    /** How many entries this cache has written: one for each group compiled. */
    int writes() {
        return writes.get();
    }

    /** The entries in the folder, newest first. */
    public List<Path> entries() throws IOException {
        if (dir == null || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            // each entry's time read once: a folder holds hundreds of entries, and sorting compares each many times
            Map<Path, FileTime> used = new HashMap<>();
            list.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> used.put(p, lastModified(p)));
            List<Path> entries = new ArrayList<>(used.keySet());
            entries.sort(Comparator.comparing((Path p) -> used.get(p), Comparator.reverseOrder())
                    .thenComparing(Comparator.naturalOrder()));
            return entries;
        }
    }

    /** Deletes every entry (the key stays); returns how many there were. */
    public int clear() throws IOException {
        List<Path> entries = entries();
        for (Path entry : entries) {
            Files.deleteIfExists(entry);
        }
        return entries.size();
    }

    private Path entry(String key) {
        return dir.resolve(key + SUFFIX);
    }

    /** Deletes the entries that neither this run nor the latest {@code KEEP - 1} runs before it used. */
    private void evict() throws IOException {
        Set<FileTime> runs = new HashSet<>(Set.of(run));
        for (Path entry : entries()) { // newest first
            FileTime used = lastModified(entry);
            if (runs.size() < KEEP) {
                runs.add(used);
            }
            if (!runs.contains(used)) {
                Files.deleteIfExists(entry);
            }
        }
    }

    private synchronized void note(String message) {
        notes.accept(message);
    }

    /**
     * A folder where an entry belongs (made by hand, or by another program) is removed, with one note, so that the
     * entry can be written; left, it would be reported on every run.
     */
    private boolean removeFolder(Path folder) {
        try {
            Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a)
                        throws IOException {
                    Files.delete(file);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            note("selfcheck: removed the folder " + folder.getFileName() + " from the rule cache " + dir + ", where a "
                    + "cached entry belongs; compiling the rules again");
            return true;
        } catch (IOException e) {
            note("selfcheck: the rule cache " + dir + " holds a folder, " + folder.getFileName() + ", where a cached "
                    + "entry belongs, and it cannot be removed (" + uk.selfcheck.input.FileErrors.reason(e)
                    + "); the rules it would hold are compiled on every run until it is deleted");
            return false;
        }
    }

    private void discard(Path file, String why) {
        note("selfcheck: discarded the cached compiled rules " + file.getFileName() + ": " + why
                + "; compiling the rules again");
        deleteQuietly(file);
    }

    private byte[] verified(String key, byte[] data) throws GeneralSecurityException {
        if (data.length < MAGIC.length + MAC_BYTES
                || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        byte[] payload = Arrays.copyOfRange(data, MAGIC.length + MAC_BYTES, data.length);
        byte[] stored = Arrays.copyOfRange(data, MAGIC.length, MAGIC.length + MAC_BYTES);
        return MessageDigest.isEqual(stored, mac(key, payload)) ? payload : null;
    }

    private byte[] mac(String key, byte[] payload) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        mac.update(key.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        return mac.doFinal(payload);
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover file is harmless: it fails its check next time and is replaced
            }
        }
    }
}
