package uk.selfcheck.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import picocli.CommandLine;

/**
 * Writes a command's output to the one file the user named, atomically: the text goes to a temporary file in the
 * same folder, which is then renamed over the target, so a reader never sees half a report and a failed run leaves
 * the previous file as it was. Nothing else is ever written or left behind: the rename replaces a symbolic link
 * rather than the file it points to, and an input is recognised however it is named (another path, a link).
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
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true); // on disk before the rename, or a crash could leave an empty report
            }
            setPermissions(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw usage(cli, "cannot write " + target + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the original error is the one worth reporting
                }
            }
        }
    }

    /** A temporary file is private to its owner; the report gets the old file's permissions, or rw-r--r--. */
    private void setPermissions(Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static CommandLine.ParameterException usage(CommandLine cli, String message) {
        return new CommandLine.ParameterException(cli, message);
    }
}
