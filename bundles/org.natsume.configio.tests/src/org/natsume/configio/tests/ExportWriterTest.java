package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.configio.export.ExportResult;
import org.natsume.configio.export.ExportWriter;
import org.natsume.configio.export.Exporters;
import org.natsume.configio.export.GeneratedFile;

class ExportWriterTest {

    private static List<Path> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void allTargetsWriteCompleteFilesAndRefusalsWriteNothing(@TempDir Path dir) throws Exception {
        List<ExportResult> results = new ExportWriter(dir).run(Fixtures.example("paper-case3-passthrough-shared"), Exporters.all());
        assertEquals(Exporters.ids(), results.stream().map(ExportResult::target).toList());
        assertEquals(List.of("jailhouse", "acrn"), results.stream().filter(ExportResult::refused).map(ExportResult::target).toList());
        assertFalse(Files.exists(dir.resolve("jailhouse")));
        assertFalse(Files.exists(dir.resolve("acrn")));
        List<Path> files = tree(dir);
        assertEquals(results.stream().mapToInt(r -> r.written().size()).sum() + 1, files.size(), "the files and the marker");
        assertTrue(Files.isRegularFile(dir.resolve(ExportWriter.MARKER)));
        assertTrue(files.stream().noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), files.toString());
        assertTrue(Files.isExecutable(dir.resolve("xl/pci-assignable.sh")));
        assertFalse(Files.isExecutable(dir.resolve("xl/guestB.cfg")));
    }

    @Test
    void anExistingFileIsReplacedWhole(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("xl"));
        Files.writeString(dir.resolve("xl/guestB.cfg"), "old content that is much longer than the new one ".repeat(100));
        new ExportWriter(dir).write(GeneratedFile.text("xl/guestB.cfg", "name = \"guestB\"\n"));
        assertEquals("name = \"guestB\"\n", Files.readString(dir.resolve("xl/guestB.cfg")));
    }

    @Test
    void aFailedWriteLeavesNeitherTempFilesNorAChangedDestination(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("xl/guestB.cfg/blocker"));
        assertThrows(IOException.class, () -> new ExportWriter(dir).write(GeneratedFile.text("xl/guestB.cfg", "x")));
        try (Stream<Path> s = Files.list(dir.resolve("xl"))) {
            assertEquals(List.of(dir.resolve("xl/guestB.cfg")), s.toList());
        }
        assertTrue(Files.isDirectory(dir.resolve("xl/guestB.cfg/blocker")));
    }

    @Test
    void pathsOutsideTheOutputDirectoryCannotBeExpressed() {
        for (String bad : List.of("../x", "/etc/passwd", "a/../../b", "a//b", "a\\b", "", "a/", "./a")) {
            assertThrows(IllegalArgumentException.class, () -> GeneratedFile.text(bad, ""), bad);
        }
    }
}
