package uk.selfcheck.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be opened, read or written, in words. Java's exceptions for the commonest failures carry only
 * the path ("AccessDeniedException: /home/me/report.txt"), so a message built from them names the file twice and
 * gives no reason; this gives "permission denied", "it does not exist" and so on, the path left to the caller.
 */
public final class FileErrors {
    private FileErrors() {
    }

    /** "cannot {@code doing} {@code path}: reason", as every message about a file that failed says it. */
    public static String cannot(String doing, Object path, IOException e) {
        return "cannot " + doing + " " + path + ": " + reason(e);
    }

    /** The reason alone, for a message that names the file already. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a folder that is not empty";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof FileSystemLoopException) {
            return "its symbolic links lead round in a loop";
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return plain(system.getReason());
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            return e.getClass().getSimpleName();
        }
        return plain(e.getMessage());
    }

    /** The reason of an exception a stream of paths (Files.walk, Files.list) throws unchecked. */
    public static String reason(UncheckedIOException e) {
        return reason(e.getCause());
    }

    /** The system's words ("Permission denied", "No space left on device") as the rest of a sentence. */
    private static String plain(String reason) {
        String text = reason.strip();
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            text = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }
}
