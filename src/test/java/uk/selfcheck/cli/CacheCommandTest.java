package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.testing.OneRulePack;

/** {@code --no-cache}, {@code cache info} and {@code cache clear}, each against a cache folder of its own. */
class CacheCommandTest {
    private static final String PROPERTY = "selfcheck.cache.dir";

    @TempDir
    Path tmp;

    private String previous;
    private Path cache;
    private Path pack;

    @BeforeEach
    void useOwnCacheAndPack() throws Exception {
        previous = System.getProperty(PROPERTY);
        cache = tmp.resolve("cache");
        System.setProperty(PROPERTY, cache.toString());
        pack = OneRulePack.write(tmp.resolve("pack"));
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
    }

    @Test
    void noCacheNeitherReadsNorWritesTheCache() {
        Cli uncached = Cli.run("rules", "list", "--no-cache", "--rules", pack.toString());
        assertEquals(0, uncached.exitCode(), uncached.err());
        assertTrue(Cli.run("cache", "info").out().contains("compiled packages: 0 "), Cli.run("cache", "info").out());

        Cli cached = Cli.run("rules", "list", "--rules", pack.toString());
        assertEquals(uncached.out(), cached.out());
        assertEquals("", cached.err());
        String info = Cli.run("cache", "info").out();
        // the rule file's package, and base.drl's
        assertTrue(info.startsWith("folder: " + cache + "\nused: yes\ncompiled packages: 2 ("), info);
    }

    @Test
    void clearDeletesEveryCompiledPackage() {
        assertEquals(0, Cli.run("rules", "lint", "--rules", pack.toString()).exitCode());
        Cli clear = Cli.run("cache", "clear");
        assertEquals(0, clear.exitCode(), clear.err());
        assertEquals("cache: removed 2 compiled packages from " + cache + "\n", clear.err());
        assertTrue(Cli.run("cache", "info").out().contains("compiled packages: 0 "));
        assertEquals("cache: removed 0 compiled packages from " + cache + "\n", Cli.run("cache", "clear").err());
    }

    @Test
    void anUnsafeCacheFolderIsExplainedAndTheCommandStillWorks() throws Exception {
        Files.createDirectory(cache);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        Cli cli = Cli.run("rules", "list", "--rules", pack.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("S-CASELOADS"), cli.out());
        assertEquals("selfcheck: not using the rule cache " + cache + ": other users can write to it (mode "
                + "rwxrwxrwx); the rules are compiled on every run\n", cli.err());
        String info = Cli.run("cache", "info").out();
        assertTrue(info.contains("used: no, other users can write to it"), info);
    }
}
