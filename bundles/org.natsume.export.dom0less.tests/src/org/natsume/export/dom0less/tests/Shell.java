package org.natsume.export.dom0less.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The generated script parses as POSIX shell ({@code sh -n}) and passes {@code shellcheck -s sh} where shellcheck is
 * installed (.ci/run installs it for the configio tests; without it only the parse check runs, as the tests calling
 * this also check the device trees and must not be skipped for a missing linter).
 */
final class Shell {

    private Shell() {
    }

    static void checkSyntax(Path script) throws IOException, InterruptedException {
        run(List.of("sh", "-n", script.toString()));
        Path shellcheck = Dtc.tool("shellcheck");
        if (shellcheck != null) run(List.of(shellcheck.toString(), "-s", "sh", script.toString()));
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + ":\n" + out);
    }
}
