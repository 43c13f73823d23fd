package org.natsume.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The one line a user sees for an exception a command did not turn into its own message. File-system errors are
 * the common case (an output into a directory, a read-only or missing place): the JDK's message is only the path,
 * and often the path of the temp file an atomic write uses, which the user never named. This names the user's file
 * and says what is wrong with it instead.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof FileSystemException fs) {
            return describe(fs);
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    private static String describe(FileSystemException e) {
        String reason = reason(e);
        if (e.getOtherFile() != null && isTempFile(e.getFile())) {
            // the atomic rename of a finished temp file onto the user's output failed
            return "cannot write " + e.getOtherFile() + ": " + reason;
        }
        if (isTempFile(e.getFile())) {
            Path parent = Path.of(e.getFile()).getParent();
            return "cannot write into " + (parent == null ? "the current directory" : parent.toString()) + ": "
                    + reason;
        }
        String file = e.getFile() == null ? "a file" : e.getFile();
        return "cannot access " + file + (e.getOtherFile() == null ? "" : " or " + e.getOtherFile()) + ": " + reason;
    }

    /**
     * The temp files of the product's atomic writes and the staging folders of an export's folder replacement are
     * hidden siblings of the target (".name.PID.RANDOM.tmp", ".new", ".old"; org.natsume.io.TempNames).
     */
    private static boolean isTempFile(String file) {
        if (file == null) {
            return false;
        }
        Path name = Path.of(file).getFileName();
        return name != null && name.toString().matches("\\..+\\.(tmp|new|old)");
    }

    private static String reason(FileSystemException e) {
        if (e.getReason() != null && !e.getReason().isBlank()) {
            String r = e.getReason();
            return Character.toLowerCase(r.charAt(0)) + r.substring(1);
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a directory that is not empty";
        }
        return "the file system refused it (" + e.getClass().getSimpleName() + ")";
    }
}
