package org.natsume.configio.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.natsume.topology.Topology;
import org.natsume.model.examples.Examples;

/**
 * Test files on the classpath (resources/ is a source folder), external tools, and example topologies. Public for the
 * command tests in org.natsume.cli.tests, which import the same lspci dumps.
 */
public final class Fixtures {

    static final List<String> PAPER_EXAMPLES = List.of("paper-case1-native", "paper-case2-vif",
            "paper-case3-passthrough-shared", "paper-case3-passthrough-unshared");

    /** Every built-in example, the synthetic one included. */
    static List<String> allExamples() {
        return Examples.names();
    }

    private Fixtures() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) throw new IllegalStateException("test resource missing: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static boolean exists(String resource) {
        return Fixtures.class.getResource("/" + resource) != null;
    }

    static Topology example(String name) throws Exception {
        return org.natsume.configio.export.Exporters.resolve(Examples.load(name));
    }

    /** An executable on PATH, or null. */
    static Path tool(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    record Run(int exit, String out, String err) { }

    static Run run(Path workDir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(workDir.toFile());
        Path out = Files.createTempFile("natsume-test", ".out");
        Path err = Files.createTempFile("natsume-test", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
