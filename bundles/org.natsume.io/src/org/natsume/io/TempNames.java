package org.natsume.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names of the hidden temporary files and folders beside a target: {@code .NAME.PID.RANDOM.SUFFIX}. The process id in
 * the name tells a leftover of a killed run (its process is gone) from the work of a run still going, so a later
 * write removes the first and leaves the second alone.
 */
public final class TempNames {

    private TempNames() {
    }

    /** A fresh name for a temporary file of {@code name}. */
    public static String next(String name) {
        return next(name, "tmp");
    }

    /** A fresh name for a temporary file or folder of {@code name}; the suffix tells what it is for. */
    public static String next(String name, String suffix) {
        return "." + name + "." + ProcessHandle.current().pid() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1)
                + "." + suffix;
    }

    /** Deletes the temporary files and folders of {@code name} in {@code dir} whose process no longer runs. */
    public static void removeStale(Path dir, String name) throws IOException {
        if (!Files.isDirectory(dir)) return;
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : entries) {
                String rest = p.getFileName().toString().substring(prefix.length());
                if (pidOf(rest) > 0 && !ownerAlive(rest)) Folders.deleteTree(p);
            }
        }
    }

    /** Whether the process that named a {@code PID.RANDOM.SUFFIX} rest still runs. */
    static boolean ownerAlive(String rest) {
        long pid = pidOf(rest);
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The process id of a {@code PID.RANDOM.SUFFIX} rest, or -1 when the name is not one of ours. */
    private static long pidOf(String rest) {
        String[] parts = rest.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,10}") || !parts[1].matches("[0-9a-f]{1,16}")) return -1;
        return Long.parseLong(parts[0]);
    }
}
