package org.natsume.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces a whole folder of generated files in one step, so a reader (or a run killed half-way) never sees files of
 * two generations mixed: the new files go into a hidden staging folder beside the target, then the old folder is
 * renamed aside, the staging folder renamed into its place, and the old one deleted. Killed between those two renames,
 * the target is missing for a moment; the next run puts the old folder back before it starts.
 * <p>
 * A folder is replaced only when it is empty or carries the marker file an earlier replacement wrote, so files the
 * user keeps there are never deleted. Files keep the permissions their predecessor of the same name had; new ones
 * get the umask's.
 */
public final class FolderReplacement implements AutoCloseable {

    private final Path target;
    private final String marker;
    private final Path staging;
    private boolean committed;

    private FolderReplacement(Path target, String marker, Path staging) {
        this.target = target;
        this.marker = marker;
        this.staging = staging;
    }

    /**
     * Starts replacing {@code folder} (through symbolic links). {@code marker} is the name of the file that says the
     * folder is ours and the text it holds.
     *
     * @throws IOException if the folder holds files but no marker (nothing is written then)
     */
    public static FolderReplacement begin(Path folder, String marker, String markerText) throws IOException {
        Path target = AtomicFile.resolveLinks(folder.toAbsolutePath());
        Path parent = target.getParent();
        if (parent == null) throw new IOException("cannot replace the root folder " + target);
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        restoreAfterKill(parent, name, target);
        TempNames.removeStale(parent, name);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "exists and is not a folder");
        }
        if (Files.isDirectory(target) && !Folders.isEmpty(target) && !Files.exists(target.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot replace " + target + ": it holds files that were not written there by this"
                    + " product (no " + marker + " in it); give a new or empty folder (nothing was written)");
        }
        Path staging = Files.createDirectory(parent.resolve(TempNames.next(name, "new")));
        FolderReplacement r = new FolderReplacement(target, marker, staging);
        AtomicFile.write(staging.resolve(marker), markerText.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
        return r;
    }

    /** The folder being replaced (links resolved); where the files are once {@link #commit()} returned. */
    public Path target() {
        return target;
    }

    /** Writes one file of the new generation; {@code relative} must stay inside the folder. */
    public Path write(String relative, byte[] bytes, boolean executable) throws IOException {
        Path rel = Path.of(relative).normalize();
        if (rel.isAbsolute() || rel.startsWith("..") || rel.toString().isEmpty()) {
            throw new IOException("refusing to write outside " + target + ": " + relative);
        }
        Path dest = staging.resolve(rel);
        Files.createDirectories(dest.getParent());
        Files.write(dest, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
        Optional<Set<PosixFilePermission>> previous = AtomicFile.permissions(target.resolve(rel));
        Optional<Set<PosixFilePermission>> mode = previous.isPresent() ? previous : AtomicFile.permissions(dest);
        if (mode.isPresent()) {
            Files.setPosixFilePermissions(dest, executable ? AtomicFile.withExecute(mode.get()) : mode.get());
        } else if (executable) {
            dest.toFile().setExecutable(true);
        }
        return target.resolve(rel);
    }

    /** Puts the new generation in place of the old one. */
    public void commit() throws IOException {
        syncTree(staging);
        Path parent = target.getParent();
        if (Files.isDirectory(target)) {
            AtomicFile.permissions(target).ifPresent(p -> {
                try {
                    Files.setPosixFilePermissions(staging, p);
                } catch (IOException ignored) {
                    // the folder's own mode is kept when possible; the files matter
                }
            });
            Path old = parent.resolve(TempNames.next(target.getFileName().toString(), "old"));
            move(target, old);
            try {
                move(staging, target);
            } catch (IOException e) {
                move(old, target);
                throw e;
            }
            committed = true;
            Folders.deleteTree(old);
        } else {
            move(staging, target);
            committed = true;
        }
        AtomicFile.syncDirectory(parent);
    }

    /** Deletes the staging folder unless {@link #commit()} moved it into place. */
    @Override
    public void close() throws IOException {
        if (!committed) Folders.deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A run killed between its two renames left the old folder aside and none in place: put the old one back. */
    private static void restoreAfterKill(Path parent, String name, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return;
        String prefix = "." + name + ".";
        try (var entries = Files.list(parent)) {
            Optional<Path> old = entries.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".old") && Files.isDirectory(p)).findFirst();
            if (old.isPresent() && !TempNames.ownerAlive(old.get().getFileName().toString().substring(prefix.length()))) {
                move(old.get(), target);
            }
        }
    }

    private static void syncTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    try (var ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    AtomicFile.syncDirectory(p);
                }
            }
        }
    }
}
