package uk.selfcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The one file a command's output goes to, checked before any work is done (its folder exists, it is not a folder,
 * not a file the command reads, and not replaced unless allowed), then written atomically by {@link AtomicFile}: a
 * temporary file in the same folder renamed over the target, so nothing else is written or left behind.
 */
final class OutputFile {
    private final CommandLine cli;
    private final Path target;

    private OutputFile(CommandLine cli, Path target) {
        this.cli = cli;
        this.target = target;
    }

    /**
     * Checks the target before any work is done, so that a mistyped folder is reported at once.
     *
     * @param inputs files the command reads, which it must never overwrite
     * @param overwrite whether an existing file may be replaced
     */
    static OutputFile checked(CommandLine cli, Path target, boolean overwrite, Path... inputs) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw usage(cli, "--output " + target + " is a folder; name a file");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw usage(cli, "--output " + target + ": the folder " + (folder == null ? "" : folder) + " does not exist");
        }
        for (Path input : inputs) {
            if (input != null && same(input, absolute)) {
                throw usage(cli, "--output " + target + " is the file being read; name another file");
            }
        }
        if (!overwrite && Files.exists(absolute)) {
            throw usage(cli, "--output " + target + " already exists; add --force to replace it");
        }
        return new OutputFile(cli, absolute);
    }

    private static boolean same(Path input, Path output) {
        try {
            return Files.exists(input) && Files.exists(output) ? Files.isSameFile(input, output)
                    : input.toAbsolutePath().normalize().equals(output);
        } catch (IOException e) {
            return input.toAbsolutePath().normalize().equals(output);
        }
    }

    void write(String text) {
        try {
            AtomicFile.write(target, text);
        } catch (IOException e) {
            throw usage(cli, "cannot write " + target + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
    }

    private static CommandLine.ParameterException usage(CommandLine cli, String message) {
        return new CommandLine.ParameterException(cli, message);
    }
}
