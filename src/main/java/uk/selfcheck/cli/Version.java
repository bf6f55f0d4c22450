package uk.selfcheck.cli;

import picocli.CommandLine;
import uk.selfcheck.engine.BuildVersions;

/**
 * The version printed by {@code --version}: selfcheck's and Drools' versions as Maven wrote them into the build, and
 * the Java running it, which is what a bug report needs.
 */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"selfcheck " + BuildVersions.SELFCHECK,
            "Drools " + BuildVersions.DROOLS + ", Java " + System.getProperty("java.version")};
    }
}
