package uk.selfcheck.engine;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import uk.selfcheck.input.FileErrors;
import uk.selfcheck.input.InputError;

/**
 * The files of one rule pack folder, found once for the rules, the criteria and the overlay. Nothing that would be
 * read is skipped in silence: a symbolic link to a folder inside the pack is refused, naming it and where it points
 * (its rules would otherwise be silently left out, or read twice, or loop), and so is a file named as a rule or criteria
 * file that is not a regular file (a folder, a named pipe, a device, a link to nothing). A link to a file is read as the
 * file it points to. A folder that cannot be listed is a problem naming it and why.
 */
final class PackFiles {
    /** The endings of the files a pack is read from. */
    private static final List<String> READ = List.of(RulePackLoader.DRL_SUFFIX, RulePackLoader.TABLE_SUFFIX,
            RulePackLoader.CRITERIA_SUFFIX);

    private PackFiles() {
    }

    /** Every regular file under {@code root}, sorted; what cannot be read as it should is added to {@code problems}. */
    static List<Path> list(Path root, List<InputError> problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (!dir.equals(root) && Files.isSymbolicLink(dir)) {
                                problems.add(linkToFolder(dir));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile()) {
                                files.add(file);
                            } else if (isRead(file)) {
                                problems.add(problem(file, "it is " + whatItIs(file) + "; only a file can be read as "
                                        + "part of the rule pack: replace it with a file, or remove it"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            boolean link = Files.isSymbolicLink(file);
                            if (link && Files.isDirectory(file)) {
                                problems.add(linkToFolder(file)); // one that leads back to a folder above it
                            } else if (link && !Files.exists(file) && !(e instanceof java.nio.file.FileSystemLoopException)
                                    && e instanceof java.nio.file.NoSuchFileException) {
                                if (isRead(file)) {
                                    problems.add(problem(file, "it is " + whatItIs(file) + "; only a file can be read "
                                            + "as part of the rule pack: replace it with a file, or remove it"));
                                }
                            } else if (!link || isRead(file)) {
                                problems.add(problem(file, "cannot read the " + (Files.isDirectory(file) ? "folder"
                                        : "file") + ": " + FileErrors.reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(problem(root, "cannot list the rule pack: " + FileErrors.reason(e)));
        }
        files.sort(null);
        return files;
    }

    /** A link to a folder is not followed: its rules would be read twice, or from outside the pack, or for ever. */
    private static InputError linkToFolder(Path link) {
        return problem(link, "it is a symbolic link to the folder " + target(link) + "; links to folders are not "
                + "followed in a rule pack, so its rules would be left out. Copy the folder into the pack, or give it "
                + "as an overlay with another --rules");
    }

    /** Whether the pack reads a file of this name. */
    static boolean isRead(Path file) {
        String name = file.getFileName().toString();
        return READ.stream().anyMatch(name::endsWith);
    }

    /** The files of {@code files} whose name ends with {@code suffix}. */
    static List<Path> endingWith(List<Path> files, String suffix) {
        return files.stream().filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
    }

    /**
     * What {@code path} is, when it is not a regular file, in words: "a folder", "a named pipe (FIFO)", "a symbolic
     * link to X, which does not exist" and so on.
     */
    static String whatItIs(Path path) {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return "a symbolic link to " + target(path) + ", which does not exist";
        }
        if (Files.isDirectory(path)) {
            return "a folder";
        }
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            if (mode instanceof Integer bits) {
                switch (bits & 0170000) {
                    case 0010000: return "a named pipe (FIFO)";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0140000: return "a socket";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // said in general terms below
        }
        return "not a regular file";
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "somewhere that cannot be read";
        }
    }

    private static InputError problem(Path path, String message) {
        return new InputError(path.toString(), 0, 0, "", message, null);
    }

    /** Whether {@code path} exists as anything at all, a link to nothing included. */
    static boolean present(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}
