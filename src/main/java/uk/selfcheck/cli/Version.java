package uk.selfcheck.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar's manifest when packaged. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"selfcheck " + (version == null ? "development build" : version)};
    }
}
