package uk.selfcheck.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The regular files under a folder the user named, in path order, named from the folder as given. A folder given as a
 * symbolic link (a pack or fixtures folder linked into a checkout) is read through the link; links further down are
 * not followed, as before.
 */
public final class FolderFiles {
    private FolderFiles() {
    }

    public static List<Path> under(Path folder) throws IOException {
        Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
        try (Stream<Path> walk = Files.walk(start)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> start == folder ? p : folder.resolve(start.relativize(p).toString()))
                    .sorted().toList();
        }
    }
}
