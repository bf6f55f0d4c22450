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
import uk.selfcheck.input.FileErrors;
import uk.selfcheck.input.TemporaryFiles;

/**
 * Writes a command's output to the file the user named with {@code --output}, and to no other: the text goes to a new
 * temporary file beside it (created exclusively, so it cannot clobber anything), is flushed to disk, and is then
 * renamed over the target in one step. A reader sees the old file or the new one, never half of either; a failure
 * leaves the old file as it was. Renaming replaces a symbolic link to a file rather than the file it points to, and the
 * target is refused when it is one of the command's inputs, however it is reached, or inside a rule pack folder being
 * read. What is not a file is never renamed over: a device or a FIFO ({@code /dev/null}, {@code /dev/stdout}, a named
 * pipe), or a link to one, is written straight into, as is anything under {@code /dev} or {@code /proc}; a link to a
 * folder is a folder.
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
        return checked(cli, target, overwrite, List.of(), inputs);
    }

    /**
     * As {@link #checked(CommandLine, Path, boolean, Path...)}, and the target must not be inside any of
     * {@code packFolders}, the rule pack folders the command reads: every file in them is an input.
     */
    static Checked checked(CommandLine cli, Path target, boolean overwrite, List<Path> packFolders, Path... inputs) {
        return checked(cli, "--output", target, overwrite, packFolders, inputs);
    }

    /** As {@link #checked(CommandLine, Path, boolean, List, Path...)}, for the option {@code option}. */
    static Checked checked(CommandLine cli, String option, Path target, boolean overwrite, List<Path> packFolders,
                           Path... inputs) {
        Path absolute = target.toAbsolutePath().normalize();
        List<Path> read = java.util.Arrays.stream(inputs).filter(java.util.Objects::nonNull).toList();
        if (Files.isDirectory(absolute)) {
            throw new CommandLine.ParameterException(cli, option + " " + target + " is a folder; name a file");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            Path named = target.getParent() != null ? target.getParent() : folder;
            throw new CommandLine.ParameterException(cli, option + " " + target + ": the folder "
                    + (named == null ? "" : named) + " does not exist");
        }
        for (Path pack : packFolders) {
            if (inside(absolute, pack)) {
                throw new CommandLine.ParameterException(cli, option + " " + target + " is inside the rule pack folder "
                        + pack + ", which is being read; name a file outside it");
            }
        }
        if (writesStraight(absolute)) {
            if (!Files.exists(absolute)) {
                throw new CommandLine.ParameterException(cli, option + " " + target + " does not exist, and nothing is "
                        + "created under /dev or /proc");
            }
            if (!Files.isWritable(absolute)) {
                throw new CommandLine.ParameterException(cli, option + " " + target + " cannot be written: permission "
                        + "denied");
            }
        } else if (!Files.isWritable(folder)) {
            throw new CommandLine.ParameterException(cli, option + " " + target + " cannot be written: the folder "
                    + folder + " does not allow it (permission denied)");
        }
        for (Path input : read) {
            if (sameFile(absolute, input)) {
                throw new CommandLine.ParameterException(cli, option + " " + target
                        + " is the file being read; name another file");
            }
        }
        if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandLine.ParameterException(cli, option + " " + target
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
            write(text.getBytes(StandardCharsets.UTF_8));
        }

        /** Bytes as they are: a PDF, say. */
        void write(byte[] bytes) {
            try {
                OutputFile.write(target, bytes, inputs);
            } catch (OutputException e) {
                throw new CommandLine.ParameterException(cli, e.getMessage());
            }
        }
    }

    public static void write(Path target, String text, Collection<Path> inputs) throws OutputException {
        write(target, text.getBytes(StandardCharsets.UTF_8), inputs);
    }

    /** As {@link #write(Path, String, Collection)}, for bytes that are not text. */
    public static void write(Path target, byte[] content, Collection<Path> inputs) throws OutputException {
        Path parent = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
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
        if (writesStraight(target.toAbsolutePath().normalize())) {
            writeStraight(target, content);
            return;
        }
        Path temporary = null;
        try {
            temporary = TemporaryFiles.create(parent, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
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
            TemporaryFiles.renamed(temporary);
            temporary = null;
        } catch (IOException e) {
            throw new OutputException(FileErrors.cannot("write", target, e));
        } finally {
            // whatever failed (an error included), the temporary file with the report in it does not stay behind
            TemporaryFiles.delete(temporary);
        }
    }

    /**
     * Whether the target is written into rather than replaced: it exists and is not a regular file (following links:
     * a device, a FIFO, a socket), or it is under /dev or /proc, where renaming would replace the system's own files
     * ({@code /dev/stdout} is a link to {@code /proc/self/fd/1}).
     */
    private static boolean writesStraight(Path absolute) {
        if (absolute.startsWith("/dev") || absolute.startsWith("/proc")) {
            return true;
        }
        return Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute);
    }

    /** Writes into an existing device, FIFO or stream, as a shell's redirection would; nothing is created. */
    private static void writeStraight(Path target, byte[] content) throws OutputException {
        if (!Files.exists(target)) {
            throw new OutputException("cannot write " + target + ": it does not exist, and nothing is created under "
                    + "/dev or /proc");
        }
        StandardOpenOption mode = Files.isRegularFile(target) ? StandardOpenOption.APPEND : StandardOpenOption.WRITE;
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE, mode)) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new OutputException(FileErrors.cannot("write", target, e));
        }
    }

    /** Whether {@code target}, wherever links lead, is inside {@code folder}. */
    private static boolean inside(Path target, Path folder) {
        Path absoluteFolder = folder.toAbsolutePath().normalize();
        if (target.startsWith(absoluteFolder)) {
            return true;
        }
        try {
            Path realFolder = absoluteFolder.toRealPath();
            Path realTarget = Files.exists(target) ? target.toRealPath()
                    : target.getParent().toRealPath().resolve(target.getFileName());
            return realTarget.startsWith(realFolder);
        } catch (IOException e) {
            return false;
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
