package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed product's launcher script (features/.../rootfiles/natsume) run against a stand-in {@code java} that
 * prints its arguments: the heap is sized for the machine unless NATSUME_HEAP says otherwise, never a fixed -Xmx2g.
 */
class LauncherHeapTest {

    @TempDir
    Path dir;

    private Path install() throws IOException {
        Path script = null;
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null && script == null; d = d.getParent()) {
            Path candidate = d.resolve("features/org.natsume.product.feature/rootfiles/natsume");
            if (Files.isRegularFile(candidate)) script = candidate;
        }
        assertNotNull(script, "the launcher script is not above " + System.getProperty("user.dir"));
        Path product = Files.createDirectories(dir.resolve("product/plugins"));
        Files.createFile(product.resolve("org.eclipse.equinox.launcher_1.0.0.jar"));
        Path launcher = Files.copy(script, dir.resolve("product/natsume"));
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\ncase \"$1\" in -XshowSettings*) echo '    java.specification.version = 21' >&2; exit 0 ;; esac\n"
                + "for a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }

    private record Run(int exit, List<String> args, String err) { }

    private Run run(Path launcher, String heap) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "validate", "x.natsume").directory(dir.toFile());
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().remove("NATSUME_HEAP");
        if (heap != null) pb.environment().put("NATSUME_HEAP", heap);
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList(),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theHeapIsSizedForTheMachineByDefault() throws Exception {
        Run r = run(install(), null);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.args().contains("-XX:MaxRAMPercentage=50"), r.args().toString());
        assertFalse(r.args().stream().anyMatch(a -> a.startsWith("-Xmx")), r.args().toString());
        assertEquals(List.of("validate", "x.natsume"), r.args().subList(r.args().size() - 2, r.args().size()));
    }

    @Test
    void natsumeHeapSetsTheHeap() throws Exception {
        Run r = run(install(), "8g");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.args().contains("-Xmx8g"), r.args().toString());
        assertFalse(r.args().contains("-XX:MaxRAMPercentage=50"), r.args().toString());
    }

    @Test
    void aHeapSizeThatIsNotOneIsRefused() throws Exception {
        Run r = run(install(), "8g -Dx=1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("NATSUME_HEAP='8g -Dx=1' is not a heap size"), r.err());
        assertTrue(r.args().isEmpty(), "java must not start: " + r.args());
    }
}
