package org.natsume.configio.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.natsume.configio.topology.Topology;

/**
 * Runs exporters and writes their files into an output directory. Every target is rendered completely in memory
 * before anything is written; each file is written to a temporary file in its final directory and renamed over the
 * destination atomically, so a reader never sees a half-written file and a refusing target writes nothing.
 */
public final class ExportWriter {

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> REGULAR = PosixFilePermissions.fromString("rw-r--r--");

    private final Path outputDir;

    public ExportWriter(Path outputDir) {
        this.outputDir = outputDir.toAbsolutePath().normalize();
    }

    /** Exports every given target; refusals are returned, not thrown, so {@code --target all} writes all others. */
    public List<ExportResult> run(Topology topology, List<ConfigExporter> exporters) throws IOException {
        List<ExportResult> results = new ArrayList<>();
        List<List<GeneratedFile>> rendered = new ArrayList<>();
        for (ConfigExporter e : exporters) {
            try {
                rendered.add(e.export(topology));
            } catch (ExportRefusedException refused) {
                rendered.add(null);
                results.add(new ExportResult(e.id(), List.of(), Optional.of(refused)));
                continue;
            }
            results.add(null);
        }
        for (int i = 0; i < exporters.size(); i++) {
            if (rendered.get(i) == null) continue;
            List<Path> written = new ArrayList<>();
            for (GeneratedFile f : rendered.get(i)) written.add(write(f));
            results.set(i, new ExportResult(exporters.get(i).id(), written, Optional.empty()));
        }
        return results;
    }

    /** Writes one file atomically (temp file in the same directory, then rename). */
    public Path write(GeneratedFile f) throws IOException {
        Path dest = outputDir.resolve(f.relativePath()).normalize();
        if (!dest.startsWith(outputDir)) throw new IOException("refusing to write outside " + outputDir + ": " + f.relativePath());
        Path dir = dest.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + dest.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(f.bytes());
                out.flush();
                ch.force(true);
            }
            try {
                Files.setPosixFilePermissions(tmp, f.executable() ? EXECUTABLE : REGULAR);
            } catch (UnsupportedOperationException notPosix) {
                tmp.toFile().setExecutable(f.executable());
            }
            try {
                Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING);
            }
            return dest;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
