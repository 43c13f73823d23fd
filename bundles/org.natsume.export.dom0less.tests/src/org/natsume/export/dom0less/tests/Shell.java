package org.natsume.export.dom0less.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code sh -n}: the generated script parses as POSIX shell. */
final class Shell {

    private Shell() {
    }

    static void checkSyntax(Path script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-n", script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "sh -n " + script + ":\n" + out);
    }
}
