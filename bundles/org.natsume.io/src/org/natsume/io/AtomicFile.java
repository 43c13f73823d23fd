package org.natsume.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a file so that it appears complete or not at all, the way a careful editor saves: the bytes go to a hidden
 * temporary file beside the target, are forced to disk, and the temporary file is renamed over the target.
 * <ul>
 * <li>A symbolic link is written through: its final target is replaced, the link stays a link.</li>
 * <li>An existing file keeps its permissions; a new file gets the ones the umask allows (and, for a script, the
 * execute bits the umask allows), never the owner-only ones of {@link Files#createTempFile}.</li>
 * <li>The temporary file is removed when the write fails; ones left by a killed process are removed by the next write
 * of the same file ({@link TempNames}).</li>
 * </ul>
 */
public final class AtomicFile {

    /** The body of a write; the stream is buffered and closed by {@link AtomicFile#write}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_LINKS = 40; // as Linux's MAXSYMLINKS

    private AtomicFile() {
    }

    /** Writes a regular (not executable) file. */
    public static void write(Path path, Body body) throws IOException {
        write(path, false, body);
    }

    /** Writes the bytes. */
    public static void write(Path path, byte[] bytes, boolean executable) throws IOException {
        write(path, executable, out -> out.write(bytes));
    }

    /**
     * Writes {@code path} (through symbolic links) atomically. {@code executable} adds the execute bits the umask (for
     * a new file) or the existing read bits (for an existing one) allow.
     */
    public static void write(Path path, boolean executable, Body body) throws IOException {
        Path target = resolveLinks(path.toAbsolutePath());
        Path dir = target.getParent();
        Files.createDirectories(dir);
        TempNames.removeStale(dir, target.getFileName().toString());
        Optional<Set<PosixFilePermission>> kept = permissions(target);
        Path tmp = dir.resolve(TempNames.next(target.getFileName().toString()));
        try {
            // CREATE_NEW without attributes: the mode is 0666 less the umask, as for any new file
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            Optional<Set<PosixFilePermission>> base = kept.isPresent() ? kept : permissions(tmp);
            if (base.isPresent()) {
                Files.setPosixFilePermissions(tmp, executable ? withExecute(base.get()) : base.get());
            } else if (executable) {
                tmp.toFile().setExecutable(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
    }

    /**
     * The file a path finally names: symbolic links are followed, also dangling ones (the write then creates their
     * target), relative link texts against the link's folder.
     */
    public static Path resolveLinks(Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        for (int i = 0; i < MAX_LINKS; i++) {
            // the folders above may be links too: resolve them first so a relative link text lands in the right place
            Path parent = p.getParent();
            if (parent != null && Files.exists(parent)) p = parent.toRealPath().resolve(p.getFileName());
            if (!Files.isSymbolicLink(p)) return p;
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link).normalize();
        }
        throw new IOException("cannot write " + path + ": too many levels of symbolic links");
    }

    /** The POSIX permissions of an existing file; empty for a missing file or a file system without them. */
    static Optional<Set<PosixFilePermission>> permissions(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            return Optional.of(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException notPosix) {
            return Optional.empty();
        }
    }

    /** {@code chmod +x} as the shell does it: execute where read is allowed. */
    static Set<PosixFilePermission> withExecute(Set<PosixFilePermission> mode) {
        Set<PosixFilePermission> m = mode.isEmpty() ? EnumSet.noneOf(PosixFilePermission.class) : EnumSet.copyOf(mode);
        if (m.contains(PosixFilePermission.OWNER_READ)) m.add(PosixFilePermission.OWNER_EXECUTE);
        if (m.contains(PosixFilePermission.GROUP_READ)) m.add(PosixFilePermission.GROUP_EXECUTE);
        if (m.contains(PosixFilePermission.OTHERS_READ)) m.add(PosixFilePermission.OTHERS_EXECUTE);
        return m;
    }

    /** The rename is durable once the folder is on disk too; not every platform can open a folder, so best effort. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder; the rename itself is still atomic
        }
    }
}
