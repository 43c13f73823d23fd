package org.natsume.configio.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.ExportRefusedException;
import org.natsume.configio.export.Exporters;
import org.natsume.configio.export.GeneratedFile;
import org.natsume.topology.Topology;

/**
 * The golden files: for each paper example, every target's files under {@code golden/<example>/<path>} plus an
 * {@code INDEX} listing each target's files or its refusal reasons. {@link GoldenFilesTest} compares byte for byte.
 *
 * <p>Regenerate after an intended output change (then review the diff before committing):
 * <pre>
 * java -cp TEST_CLASSES:CONFIGIO_CLASSES:MODEL_CLASSES:EMF_JARS org.natsume.configio.tests.GoldenFiles \
 *      bundles/org.natsume.configio.tests/resources/golden
 * </pre>
 * (see docs/export.md, "Golden files", for the exact classpath of a plain javac build).
 */
public final class GoldenFiles {

    static final String INDEX = "INDEX";

    private GoldenFiles() {
    }

    /** Relative path → content for one example, INDEX first. */
    static Map<String, String> render(String example) throws Exception {
        Topology t = Fixtures.example(example);
        StringBuilder index = new StringBuilder("# golden output of every export target for example ").append(example).append('\n');
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX, "");
        for (ConfigExporter e : Exporters.all()) {
            try {
                for (GeneratedFile f : e.export(t)) {
                    index.append(e.id()).append(": ").append(f.relativePath()).append(f.executable() ? " (executable)" : "").append('\n');
                    files.put(f.relativePath(), f.content());
                }
            } catch (ExportRefusedException x) {
                index.append(e.id()).append(": REFUSED\n");
                x.reasons().forEach(r -> index.append("  - ").append(r).append('\n'));
            }
        }
        files.put(INDEX, index.toString());
        return files;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: GoldenFiles DIR   (DIR = bundles/org.natsume.configio.tests/resources/golden)");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        for (String example : Fixtures.PAPER_EXAMPLES) {
            Path dir = root.resolve(example);
            deleteTree(dir);
            for (var e : render(example).entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            System.out.println("wrote " + dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
