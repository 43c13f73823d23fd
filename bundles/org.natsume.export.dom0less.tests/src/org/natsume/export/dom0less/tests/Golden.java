package org.natsume.export.dom0less.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.natsume.configio.export.ExportRefusedException;
import org.natsume.configio.export.Exporters;
import org.natsume.configio.export.GeneratedFile;
import org.natsume.export.dom0less.Dom0lessExporter;
import org.natsume.model.examples.Examples;

/**
 * The golden output of the dom0less target for every built-in example: an {@code INDEX} (files, or the refusal
 * reasons) and the files. Regenerate after an intended change by running this class with
 * {@code bundles/org.natsume.export.dom0less.tests/resources/golden} as its argument, then review the diff.
 */
public final class Golden {

    private Golden() {
    }

    /** Path relative to golden/ → expected content, for one example. */
    static Map<String, String> of(String example) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder index = new StringBuilder("# golden output of the dom0less target for example ").append(example).append('\n');
        try {
            for (GeneratedFile f : new Dom0lessExporter().export(Exporters.resolve(Examples.load(example)))) {
                index.append(f.relativePath()).append(f.executable() ? " (executable)" : "").append('\n');
                out.put(example + "/" + f.relativePath(), f.content());
            }
        } catch (ExportRefusedException e) {
            index.append("REFUSED\n");
            for (String r : e.reasons()) index.append("  - ").append(r).append('\n');
        }
        out.put(example + "/INDEX", index.toString());
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        for (String example : Examples.names()) {
            for (var e : of(example).entrySet()) {
                Path p = root.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    static String read(String relative) throws IOException {
        try (var in = Golden.class.getResourceAsStream("/golden/" + relative)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
