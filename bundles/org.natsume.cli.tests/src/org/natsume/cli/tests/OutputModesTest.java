package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.cli.tests.CliTestSupport.Result;
import org.natsume.configio.tests.Fixtures;

/** The files {@code example -o}, {@code import-lspci -o} and {@code simulate --json} write get the umask's mode, not 0600. */
class OutputModesTest {

    @TempDir
    Path dir;

    @Test
    void filesTheCommandsWriteGetTheUmasksMode() throws Exception {
        Files.write(dir.resolve("dump.txt"), Fixtures.bytes("lspci/dx58so-lspci-vvnn.txt"));
        for (String[] argv : List.of(new String[] {"example", "paper-case2-vif", "-o", "e.natsume"},
                new String[] {"import-lspci", "dump.txt", "-o", "i.natsume"},
                new String[] {"simulate", "--example", "paper-case2-vif", "--duration", "0.05", "--runs", "1", "--json", "s.json"})) {
            Result r = CliTestSupport.run(dir, argv);
            assertEquals(0, r.exitCode(), String.join(" ", argv) + ": " + r.err());
        }
        Path ref = Files.createFile(dir.resolve("reference"));
        String umask = PosixFilePermissions.toString(Files.getPosixFilePermissions(ref));
        for (String f : List.of("e.natsume", "i.natsume", "s.json")) {
            assertEquals(umask, PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f))), f);
        }
    }
}
