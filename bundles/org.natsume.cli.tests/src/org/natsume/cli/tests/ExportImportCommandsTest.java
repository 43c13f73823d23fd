package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.UsageException;
import org.natsume.cli.commands.ExportCommand;
import org.natsume.cli.commands.ImportLspciCommand;
import org.natsume.configio.export.TopologyReader;
import org.natsume.model.io.TopologyStore;

/** {@code ./natsume export} and {@code ./natsume import-lspci} run through the CLI API, in a temp working dir. */
class CliCommandsTest {

    record Result(int exit, String out, String err) { }

    private static Result run(Command c, Path cwd, String... argv) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Args args = Args.parse(List.of(argv), c.flags(), c.valueOptions());
        int exit = c.run(new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), cwd), args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportAllOfTheUnsharedCaseWritesEveryTarget(@TempDir Path cwd) throws Exception {
        Result r = run(new ExportCommand(), cwd, "--example", "paper-case3-passthrough-unshared", "--target", "all", "-o", "out");
        assertEquals(0, r.exit(), r.err());
        for (String dir : List.of("xl", "xm", "boot", "cpupool", "irq-affinity", "natsume-routing", "jailhouse", "acrn")) {
            assertTrue(Files.isDirectory(cwd.resolve("out").resolve(dir)), dir + "\n" + r.out());
        }
        assertTrue(r.out().contains("xl: xl/guestB.cfg\n"), r.out());
        assertTrue(Files.readString(cwd.resolve("out/xl/guestB.cfg")).contains("pci = [ \"0000:05:00.0\" ]"));
    }

    @Test
    void aRefusingTargetExitsOneWithTheReasons(@TempDir Path cwd) throws Exception {
        Result r = run(new ExportCommand(), cwd, "--example", "paper-case3-passthrough-shared", "--target", "jailhouse", "-o", "out");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("target 'jailhouse' refuses example:paper-case3-passthrough-shared:\n  - GSI 20 is shared"), r.err());
        Result all = run(new ExportCommand(), cwd, "--example", "paper-case3-passthrough-shared", "--target", "all", "-o", "out");
        assertEquals(1, all.exit());
        assertTrue(all.err().contains("6 target(s) written") && all.err().contains("2 refused"), all.err());
        assertTrue(Files.exists(cwd.resolve("out/xl/guestB.cfg")));
    }

    @Test
    void exportOfAFileAndBadArguments(@TempDir Path cwd) throws Exception {
        TopologyStore.registerStandalone();
        TopologyStore.save(org.natsume.model.examples.Examples.load("paper-case2-vif"), cwd.resolve("case2.natsume"));
        Result r = run(new ExportCommand(), cwd, "case2.natsume", "--target", "xl", "-o", "o");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(cwd.resolve("o/xl/guestB.cfg")).contains("bridge=xenbr1"));
        UsageException u = assertThrows(UsageException.class, () -> run(new ExportCommand(), cwd, "case2.natsume", "--target", "xen", "-o", "o"));
        assertTrue(u.getMessage().startsWith("unknown target 'xen'; targets: xl, xm, boot"), u.getMessage());
        assertEquals(2, run(new ExportCommand(), cwd, "missing.natsume", "--target", "xl", "-o", "o").exit());
    }

    @Test
    void importLspciSavesAModelAndReportsSharers(@TempDir Path cwd) throws Exception {
        TopologyStore.registerStandalone();
        Files.write(cwd.resolve("lspci.txt"), Fixtures.bytes("lspci/dx58so-lspci-vvnn.txt"));
        Files.write(cwd.resolve("interrupts"), Fixtures.bytes("lspci/dx58so-proc-interrupts.txt"));
        Result r = run(new ImportLspciCommand(), cwd, "lspci.txt", "--interrupts", "interrupts", "-o", "board.natsume");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("25 PCI functions, 2 NICs, 6 interrupt lines (4 shared)\n"), r.out());
        assertTrue(r.out().contains("shared GSI 20: 0000:00:19.0, 0000:05:00.0"), r.out());
        assertEquals(25, TopologyReader.allFunctions(TopologyStore.load(cwd.resolve("board.natsume")).getMachine()).size());

        Files.write(cwd.resolve("cut.txt"), Fixtures.bytes("lspci/truncated.txt"));
        Result cut = run(new ImportLspciCommand(), cwd, "cut.txt", "-o", "x.natsume");
        assertEquals(2, cut.exit());
        assertTrue(cut.err().startsWith("natsume import-lspci: cut.txt:131: "), cut.err());
        assertTrue(!Files.exists(cwd.resolve("x.natsume")));
    }
}
