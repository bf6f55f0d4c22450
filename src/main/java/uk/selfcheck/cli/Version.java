package uk.selfcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version printed by {@code --version}: selfcheck's and Drools' versions as Maven wrote them into the build, and
 * the Java running it, which is what a bug report needs.
 */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/uk/selfcheck/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // the versions then read as unknown; --version still answers
        }
        return new String[] {
            "selfcheck " + build.getProperty("version", "(unknown version)"),
            "Drools " + build.getProperty("drools.version", "(unknown version)") + ", Java "
                    + System.getProperty("java.version")};
    }
}
