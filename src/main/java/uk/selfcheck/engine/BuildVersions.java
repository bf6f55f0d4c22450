package uk.selfcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The versions of selfcheck and Drools that Maven wrote into the build, read once: for the cache key and --version. */
public final class BuildVersions {
    public static final String SELFCHECK;
    public static final String DROOLS;

    static {
        Properties build = new Properties();
        try (InputStream in = BuildVersions.class.getResourceAsStream("/uk/selfcheck/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // the versions then read as unknown: a cache key only less reusable, --version still answering
        }
        SELFCHECK = build.getProperty("version", "(unknown)");
        DROOLS = build.getProperty("drools.version", "(unknown)");
    }

    private BuildVersions() {
    }
}
