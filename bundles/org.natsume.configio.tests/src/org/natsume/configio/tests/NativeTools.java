package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real tools the generated files are checked with. Each is looked up once; when a tool or library is absent the
 * calling test is skipped with a JUnit assumption naming the Debian package to install (and only then).
 */
final class NativeTools {

    private static Path xlcheck;
    private static String xlcheckProblem;

    private NativeTools() {
    }

    /** Compiles resources/native/xlcheck.c against libxlutil once per run; skips when cc or libxen-dev is missing. */
    static synchronized Path xlcheck() throws IOException, InterruptedException {
        if (xlcheck == null && xlcheckProblem == null) {
            Path cc = Fixtures.tool("cc");
            if (cc == null) {
                xlcheckProblem = "no C compiler 'cc' on PATH (Debian: gcc)";
            } else if (!Files.exists(Path.of("/usr/include/libxlutil.h"))) {
                xlcheckProblem = "libxlutil.h not installed (Debian: libxen-dev)";
            } else {
                Path dir = Files.createTempDirectory("xlcheck");
                Path src = dir.resolve("xlcheck.c");
                Files.write(src, Fixtures.bytes("native/xlcheck.c"));
                Path exe = dir.resolve("xlcheck");
                Fixtures.Run r = Fixtures.run(dir, List.of(cc.toString(), "-O1", "-o", exe.toString(), src.toString(), "-lxlutil", "-lxenlight"));
                if (r.exit() != 0) {
                    if (r.err().contains("cannot find -l") || r.err().contains("No such file")) {
                        xlcheckProblem = "libxlutil/libxenlight not installed (Debian: libxen-dev): " + r.err().strip();
                    } else {
                        throw new AssertionError("xlcheck.c does not compile:\n" + r.err());
                    }
                } else {
                    xlcheck = exe;
                }
            }
        }
        assumeTrue(xlcheck != null, () -> "skipped: " + xlcheckProblem);
        return xlcheck;
    }

    /** Runs xlcheck on a file, asserting that libxlutil accepts it; returns its KEY=VALUE lines. */
    static List<String> xlParse(Path file, String... keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(xlcheck().toString(), file.toString()));
        cmd.addAll(List.of(keys));
        Fixtures.Run r = Fixtures.run(file.getParent(), cmd);
        if (r.exit() != 0) {
            throw new AssertionError("libxlutil rejects " + file.getFileName() + " (exit " + r.exit() + "):\n" + r.err()
                    + "\n--- file ---\n" + Files.readString(file));
        }
        return r.out().lines().toList();
    }

    static Path require(String tool, String debianPackage) {
        Path p = Fixtures.tool(tool);
        assumeTrue(p != null, () -> "skipped: '" + tool + "' not on PATH (Debian: " + debianPackage + ")");
        return p;
    }

    /** {@code bash -n} and {@code shellcheck} on a generated script; assertion errors carry the tools' output. */
    static void checkShell(Path script) throws IOException, InterruptedException {
        Path bash = require("bash", "bash");
        Fixtures.Run n = Fixtures.run(script.getParent(), List.of(bash.toString(), "-n", script.toString()));
        if (n.exit() != 0) throw new AssertionError("bash -n rejects " + script.getFileName() + ":\n" + n.err() + "\n" + Files.readString(script));
        Path dash = Fixtures.tool("dash");
        if (dash != null) {
            Fixtures.Run d = Fixtures.run(script.getParent(), List.of(dash.toString(), "-n", script.toString()));
            if (d.exit() != 0) throw new AssertionError("dash -n rejects " + script.getFileName() + ":\n" + d.err());
        }
        Path sc = require("shellcheck", "shellcheck");
        Fixtures.Run s = Fixtures.run(script.getParent(), List.of(sc.toString(), "--norc", script.toString()));
        if (s.exit() != 0) throw new AssertionError("shellcheck rejects " + script.getFileName() + ":\n" + s.out() + s.err() + "\n" + Files.readString(script));
    }

    /** Runs a python3 snippet with arguments; skipped when python3 is absent. */
    static String python(String code, String... args) throws IOException, InterruptedException {
        Path py = require("python3", "python3");
        List<String> cmd = new ArrayList<>(List.of(py.toString(), "-c", code));
        cmd.addAll(List.of(args));
        Fixtures.Run r = Fixtures.run(Path.of(System.getProperty("java.io.tmpdir")), cmd);
        if (r.exit() != 0) throw new AssertionError("python3 failed:\n" + r.err());
        return r.out();
    }
}
