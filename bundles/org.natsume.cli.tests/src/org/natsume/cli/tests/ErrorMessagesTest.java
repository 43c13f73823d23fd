package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.cli.ErrorMessages;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.tests.CliTestSupport.Result;

/** Output errors name the user's file and the reason, never only a temp file's path. */
class ErrorMessagesTest {

    @TempDir
    Path dir;

    @Test
    void failedRenameOfATempFileNamesTheTarget() {
        String m = ErrorMessages.describe(
                new FileSystemException("/d/.out.json.1f.tmp", "/d/out.json", "Is a directory"));
        assertEquals("cannot write /d/out.json: is a directory", m);
    }

    @Test
    void tempFileThatCannotBeCreatedNamesTheDirectory() {
        String m = ErrorMessages.describe(new AccessDeniedException("/ro/.natsume-123.json.tmp"));
        assertEquals("cannot write into /ro: permission denied", m);
        // the staging folder of an export's folder replacement
        assertEquals("cannot write into /ro: permission denied",
                ErrorMessages.describe(new AccessDeniedException("/ro/.out.4242.3fa9.new")));
    }

    @Test
    void otherFileErrorsNameTheFileAndAReason() {
        String m = ErrorMessages.describe(new UncheckedIOException(new FileSystemException("/proc/x")));
        assertTrue(m.startsWith("cannot access /proc/x: "), m);
        assertFalse(m.endsWith(": "), m);
        assertEquals("boom", ErrorMessages.describe(new IOException("boom")));
        assertEquals("IllegalStateException", ErrorMessages.describe(new IllegalStateException()));
    }

    @Test
    void exampleOntoADirectoryIsAClearUsageErrorAndLeavesNoTempFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out.natsume"));
        Result r = CliTestSupport.run(dir, "example", "paper-case1-native", "-o", "out.natsume");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("cannot write " + target + ": is a directory"), r.err());
        assertFalse(r.err().contains(".tmp"), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "a temp file was left behind");
        }
    }
}
