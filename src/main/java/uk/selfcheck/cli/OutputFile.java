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
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * Writes a command's output to the file the user named with {@code --output}, and to no other: the text goes to a new
 * temporary file beside it (created exclusively, so it cannot clobber anything), is flushed to disk, and is then
 * renamed over the target in one step. A reader sees the old file or the new one, never half of either; a failure
 * leaves the old file as it was. Renaming replaces a symbolic link rather than the file it points to, and the target
 * is refused when it is one of the command's inputs, however it is reached.
 */
public final class OutputFile {
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private OutputFile() {
    }

    /** Why an output file cannot be written; the command line names a file it must not or cannot write. */
    public static final class OutputException extends Exception {
        public OutputException(String message) {
            super(message);
        }
    }

    /**
     * Checks the target before the command does its work, so a mistyped folder or a clash with an input is reported
     * at once as a usage error; then {@link Checked#write} writes it.
     *
     * @param overwrite whether an existing file may be replaced (the commands' --force)
     * @param inputs    files the command reads, which it must never overwrite
     */
    static Checked checked(CommandLine cli, Path target, boolean overwrite, Path... inputs) {
        Path absolute = target.toAbsolutePath().normalize();
        List<Path> read = java.util.Arrays.stream(inputs).filter(java.util.Objects::nonNull).toList();
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandLine.ParameterException(cli, "--output " + target + " is a folder; name a file");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(cli, "--output " + target + ": the folder "
                    + (folder == null ? "" : folder) + " does not exist");
        }
        for (Path input : read) {
            if (sameFile(absolute, input)) {
                throw new CommandLine.ParameterException(cli, "--output " + target
                        + " is the file being read; name another file");
            }
        }
        if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandLine.ParameterException(cli, "--output " + target
                    + " already exists; add --force to replace it");
        }
        return new Checked(cli, absolute, read);
    }

    /** A target that passed {@link #checked}. */
    static final class Checked {
        private final CommandLine cli;
        private final Path target;
        private final List<Path> inputs;

        private Checked(CommandLine cli, Path target, List<Path> inputs) {
            this.cli = cli;
            this.target = target;
            this.inputs = inputs;
        }

        void write(String text) {
            try {
                OutputFile.write(target, text, inputs);
            } catch (OutputException e) {
                throw new CommandLine.ParameterException(cli, e.getMessage());
            }
        }
    }

    public static void write(Path target, String text, Collection<Path> inputs) throws OutputException {
        Path parent = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(target + " is a folder; name a file for --output");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new OutputException("the folder of " + target + " does not exist");
        }
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw new OutputException("--output " + target + " is the input " + input
                        + "; writing the report there would destroy it");
            }
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            setPermissions(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write has already failed; that error is the one to report
                }
            }
        }
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input)
                    || target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /** A temporary file is private to its owner; the report gets the old file's permissions, or rw-r--r--. */
    private static void setPermissions(Path temporary, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS) : NEW_FILE;
        view.setPermissions(permissions);
    }
}
