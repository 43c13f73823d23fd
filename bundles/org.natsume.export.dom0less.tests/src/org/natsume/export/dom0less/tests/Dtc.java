package org.natsume.export.dom0less.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The device-tree compiler (Debian {@code device-tree-compiler}: dtc and fdtget). Its absence fails the test with the
 * package to install: CI installs it (.ci/run), and a check that could silently not run is no check.
 */
final class Dtc {

    private static final Pattern XEN_PATH = Pattern.compile("xen,path = \"([^\"]+)\"");

    private Dtc() {
    }

    static Path tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    private static Path require(String name) {
        Path p = tool(name);
        assertNotNull(p, name + " is not on PATH: install the Debian package device-tree-compiler (.ci/run installs it for CI)");
        return p;
    }

    /** Compiles a .dts into a .dtb beside it; fails on an error and on any warning dtc prints. */
    static Path compile(Path dts) throws IOException, InterruptedException {
        Path dtb = dts.resolveSibling(dts.getFileName().toString().replaceFirst("\\.dts$", "") + ".dtb");
        Result r = run(List.of(require("dtc").toString(), "-I", "dts", "-O", "dtb", "-o", dtb.toString(), dts.getFileName().toString()),
                dts.getParent());
        assertEquals(0, r.exit, "dtc failed on " + dts + ":\n" + r.output);
        assertEquals("", r.output, "dtc warns about " + dts);
        return dtb;
    }

    /**
     * The board's tree as a user would write it: a root with a node at every host path the partial trees name, and
     * {@code /include/ "xen-chosen.dtsi"} at its end.
     */
    static Path boardWith(Path folder) throws IOException {
        List<String> paths = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith("-passthrough.dts")).sorted().toList()) {
                Matcher m = XEN_PATH.matcher(Files.readString(p));
                while (m.find()) paths.add(m.group(1));
            }
        }
        StringBuilder s = new StringBuilder("/dts-v1/;\n\n/ {\n\t#address-cells = <2>;\n\t#size-cells = <2>;\n");
        if (!paths.isEmpty()) {
            s.append("\tfill-in {\n");
            for (String p : paths) {
                assertTrue(p.matches("/fill-in/[^/]+"), "a host path placeholder is /fill-in/NAME: " + p);
                s.append("\t\t").append(p.substring("/fill-in/".length())).append(" { };\n");
            }
            s.append("\t};\n");
        }
        s.append("};\n\n/include/ \"xen-chosen.dtsi\"\n");
        Path board = folder.resolve("board.dts");
        Files.writeString(board, s.toString());
        return board;
    }

    /** One property as fdtget prints it ({@code -t} type as fdtget takes it: s, x, ...). */
    static String get(Path dtb, String node, String property, String type) throws IOException, InterruptedException {
        Result r = run(List.of(require("fdtget").toString(), "-t", type, dtb.toString(), node, property), dtb.getParent());
        assertEquals(0, r.exit, "fdtget " + node + " " + property + ":\n" + r.output);
        return r.output.strip();
    }

    /** True when the property exists (fdtget exits 0). */
    static boolean has(Path dtb, String node, String property) throws IOException, InterruptedException {
        return run(List.of(require("fdtget").toString(), dtb.toString(), node, property), dtb.getParent()).exit == 0;
    }

    private record Result(int exit, String output) { }

    private static Result run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
