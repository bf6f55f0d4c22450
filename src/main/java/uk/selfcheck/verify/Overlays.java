package uk.selfcheck.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.selfcheck.engine.DisabledRule;
import uk.selfcheck.engine.RulePack;

/**
 * What the overlay folders of a pack (every {@code --rules} folder after the first) mean for fixtures: the rules their
 * {@code overlay.yaml} disables, and the expectations they hold in {@code expected/} for the fixtures and cases their
 * changes move.
 *
 * @param disabled rule id to the overlay file and line that disable it
 * @param folders  the overlay folders, in the order given
 */
public record Overlays(Map<String, DisabledRule> disabled, List<Path> folders) {
    /** The folder of an overlay that holds its own expectations. */
    public static final String EXPECTED_FOLDER = "expected";

    public static final Overlays NONE = new Overlays(Map.of(), List.of());

    /** The overlays of a loaded pack: the rules they disabled, as the loader read them, and their folders. */
    public static Overlays of(RulePack pack) {
        return new Overlays(pack.disabled(), List.copyOf(pack.roots().subList(1, pack.roots().size())));
    }

    /** Where an overlay disables {@code ruleId}, if one does. */
    public Optional<DisabledRule> disabledBy(String ruleId) {
        return Optional.ofNullable(disabled.get(ruleId));
    }

    /**
     * The expectation an overlay holds in place of the file {@code shipped} (an {@code X.expected.yaml} or an
     * {@code X.cases.yaml}), looked up by file name in each overlay's {@code expected/} folder; the last overlay
     * given wins, as its rules do.
     */
    public Optional<Path> overriding(Path shipped) {
        String name = shipped.getFileName().toString();
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path candidate = folders.get(i).resolve(EXPECTED_FOLDER).resolve(name);
            if (Files.isRegularFile(candidate) && !sameFile(candidate, shipped)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** True for a file inside some overlay's {@code expected/} folder: read in place of a shipped one, never run alone. */
    public boolean isOverride(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return folders.stream().anyMatch(f -> f.resolve(EXPECTED_FOLDER).toAbsolutePath().normalize().equals(parent));
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
