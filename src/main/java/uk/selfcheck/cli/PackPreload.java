package uk.selfcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.selfcheck.engine.PackageCache;
import uk.selfcheck.engine.RulePackException;
import uk.selfcheck.engine.RulePackLoader;

/**
 * Starts loading the rule pack a command line names while picocli is still building and parsing it, on a second core:
 * the command's own {@link PackOptions#load} then finds the pack loaded, or waits for it
 * ({@link RulePackLoader#loadShared} lets one caller load a pack at a time). It is only a head start: what the command
 * loads is decided by its own parsed options, and a pack that fails to load here is loaded again by the command, which
 * reports the problem as usual.
 */
final class PackPreload {
    private static final Set<String> COMMANDS = Set.of("check", "verify", "explain", "compare", "serve");
    private static final Set<String> SKIP = Set.of("--no-cache", "-h", "--help", "-V", "--version");

    private PackPreload() {
    }

    static void start(String[] args, PrintWriter err) {
        Optional<List<Path>> guessed;
        try {
            guessed = folders(args);
        } catch (RuntimeException e) {
            return; // a folder that is not a valid path: the command says so
        }
        guessed.ifPresent(folders -> {
            Thread thread = new Thread(() -> load(folders, err), "pack-preload");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static void load(List<Path> folders, PrintWriter err) {
        List<String> notes = new ArrayList<>();
        try {
            RulePackLoader.loadShared(folders, PackageCache.standard(notes::add));
            notes.forEach(err::println);
        } catch (RulePackException | RuntimeException e) {
            // the command loads the pack itself and reports what is wrong, with its notes
        }
    }

    /** The folders {@code args} load, as {@link PackOptions#folders} gives them, or empty when not worth guessing. */
    static Optional<List<Path>> folders(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return Optional.empty();
        }
        PackOptions options = new PackOptions();
        for (int i = 1; i < args.length; i++) {
            if (SKIP.contains(args[i])) {
                return Optional.empty();
            }
            if (args[i].equals("--rules") && i + 1 < args.length) {
                options.rules.add(Path.of(args[++i]));
            } else if (args[i].startsWith("--rules=")) {
                options.rules.add(Path.of(args[i].substring("--rules=".length())));
            }
        }
        return Optional.of(options.folders());
    }
}
