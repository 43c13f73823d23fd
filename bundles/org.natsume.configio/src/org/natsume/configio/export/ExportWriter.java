package org.natsume.configio.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.natsume.topology.Topology;
import org.natsume.io.AtomicFile;
import org.natsume.io.FolderReplacement;

/**
 * Runs exporters and writes their files into an output folder. Every target is rendered completely in memory before
 * anything is written, and the folder is replaced as a whole ({@link FolderReplacement}): it then holds exactly the
 * files of this export, never a mix with an earlier model's, even when the run is killed. A folder that holds files
 * no export wrote is refused, and a run whose targets all refuse leaves the folder untouched.
 */
public final class ExportWriter {

    /** The file that marks a folder as written by an export, so the next export may replace it. */
    public static final String MARKER = ".natsume-export";

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
        if (rendered.stream().allMatch(r -> r == null)) return results;
        String note = "Written by natsume export; the next export into this folder replaces all of it.\n";
        try (FolderReplacement folder = FolderReplacement.begin(outputDir, MARKER, note)) {
            for (int i = 0; i < exporters.size(); i++) {
                if (rendered.get(i) == null) continue;
                List<Path> written = new ArrayList<>();
                for (GeneratedFile f : rendered.get(i)) {
                    folder.write(f.relativePath(), f.bytes(), f.executable());
                    written.add(outputDir.resolve(f.relativePath())); // as the user named the folder, links kept
                }
                results.set(i, new ExportResult(exporters.get(i).id(), written, Optional.empty()));
            }
            folder.commit();
        }
        return results;
    }

    /** Writes one file into the output folder atomically, leaving the other files there as they are. */
    public Path write(GeneratedFile f) throws IOException {
        Path dest = outputDir.resolve(f.relativePath()).normalize();
        if (!dest.startsWith(outputDir)) throw new IOException("refusing to write outside " + outputDir + ": " + f.relativePath());
        AtomicFile.write(dest, f.bytes(), f.executable());
        return dest;
    }
}
