package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.cli.Command;
import org.natsume.cli.UsageException;
import org.natsume.cli.commands.ExportCommand;
import org.natsume.cli.commands.ImportLspciCommand;
import org.natsume.cli.tests.CliTestSupport.Result;
import org.natsume.topology.emf.TopologyReader;
import org.natsume.configio.tests.Fixtures;
import org.natsume.model.io.TopologyStore;

/** {@code ./natsume export} and {@code ./natsume import-lspci} run through the CLI API, in a temp working dir. */
class ExportImportCommandsTest {

    private static Result run(Command c, Path cwd, String... argv) throws Exception {
        return CliTestSupport.runCommand(c, cwd, argv);
    }

    @Test
    void exportAllOfTheUnsharedCaseWritesEveryTarget(@TempDir Path cwd) throws Exception {
        Result r = run(new ExportCommand(), cwd, "--example", "paper-case3-passthrough-unshared", "--target", "all", "-o", "out");
        assertEquals(0, r.exitCode(), r.err());
        for (String dir : List.of("xl", "xm", "boot", "cpupool", "irq-affinity", "natsume-routing", "jailhouse", "acrn")) {
            assertTrue(Files.isDirectory(cwd.resolve("out").resolve(dir)), dir + "\n" + r.out());
        }
        assertTrue(r.out().contains("xl: xl/guestB.cfg\n"), r.out());
        assertTrue(Files.readString(cwd.resolve("out/xl/guestB.cfg")).contains("pci = [ \"0000:00:19.0\" ]"));
    }

    @Test
    void aRefusingTargetExitsOneWithTheReasons(@TempDir Path cwd) throws Exception {
        Result r = run(new ExportCommand(), cwd, "--example", "paper-case3-passthrough-shared", "--target", "jailhouse", "-o", "out");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("target 'jailhouse' refuses example:paper-case3-passthrough-shared:\n  - GSI 16 is shared"), r.err());
        Result all = run(new ExportCommand(), cwd, "--example", "paper-case3-passthrough-shared", "--target", "all", "-o", "out");
        assertEquals(1, all.exitCode());
        assertTrue(all.err().contains("6 target(s) written") && all.err().contains("2 refused"), all.err());
        assertTrue(Files.exists(cwd.resolve("out/xl/guestB.cfg")));
    }

    @Test
    void exportOfAFileAndBadArguments(@TempDir Path cwd) throws Exception {
        TopologyStore.registerStandalone();
        TopologyStore.save(org.natsume.model.examples.Examples.load("paper-case2-vif"), cwd.resolve("case2.natsume"));
        Result r = run(new ExportCommand(), cwd, "case2.natsume", "--target", "xl", "-o", "o");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(cwd.resolve("o/xl/guestB.cfg")).contains("bridge=xenbr1"));
        UsageException u = assertThrows(UsageException.class, () -> run(new ExportCommand(), cwd, "case2.natsume", "--target", "xen", "-o", "o"));
        assertTrue(u.getMessage().startsWith("unknown target 'xen'; targets: xl, xm, boot"), u.getMessage());
        assertEquals(2, run(new ExportCommand(), cwd, "missing.natsume", "--target", "xl", "-o", "o").exitCode());
    }

    /**
     * The dom0less target lives in its own bundle, which this test bundle does not require, so it is not in this
     * runtime: the target list is what the installed bundles contribute, nothing more.
     */
    @Test
    void aTargetWhoseBundleIsNotInstalledIsAnUnknownTarget(@TempDir Path cwd) throws Exception {
        UsageException u = assertThrows(UsageException.class, () -> run(new ExportCommand(), cwd, "--example",
                "paper-case2-vif", "--target", "dom0less", "-o", "o"));
        assertEquals("unknown target 'dom0less'; targets: xl, xm, boot, cpupool, irq-affinity, natsume-routing, "
                + "jailhouse, acrn, all", u.getMessage());
        assertTrue(new ExportCommand().synopsis().contains("--target xl|xm|boot|cpupool|irq-affinity|natsume-routing|jailhouse|acrn|all"),
                new ExportCommand().synopsis());
        assertTrue(!Files.exists(cwd.resolve("o")));
    }

    @Test
    void importLspciLooksUpItsFormatAndRefusesAnUnknownOne(@TempDir Path cwd) throws Exception {
        Files.write(cwd.resolve("lspci.txt"), Fixtures.bytes("lspci/dx58so-lspci-vvnn.txt"));
        UsageException u = assertThrows(UsageException.class, () -> run(new ImportLspciCommand(), cwd, "lspci.txt",
                "--format", "devicetree", "-o", "board.natsume"));
        assertEquals("unknown format 'devicetree'; formats: lspci", u.getMessage());
        assertTrue(new ImportLspciCommand().synopsis().contains("[--format lspci]"), new ImportLspciCommand().synopsis());
        assertEquals(0, run(new ImportLspciCommand(), cwd, "lspci.txt", "--format", "lspci", "-o", "board.natsume").exitCode());
    }

    @Test
    void importLspciSavesAModelAndReportsSharers(@TempDir Path cwd) throws Exception {
        TopologyStore.registerStandalone();
        Files.write(cwd.resolve("lspci.txt"), Fixtures.bytes("lspci/dx58so-lspci-vvnn.txt"));
        Files.write(cwd.resolve("interrupts"), Fixtures.bytes("lspci/dx58so-proc-interrupts.txt"));
        Result r = run(new ImportLspciCommand(), cwd, "lspci.txt", "--interrupts", "interrupts", "-o", "board.natsume");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("25 PCI functions, 2 NICs, 6 interrupt lines (4 shared)\n"), r.out());
        assertTrue(r.out().contains("shared GSI 20: 0000:00:19.0, 0000:05:00.0"), r.out());
        assertEquals(25, TopologyReader.allFunctions(TopologyStore.load(cwd.resolve("board.natsume")).getMachine()).size());

        Files.write(cwd.resolve("cut.txt"), Fixtures.bytes("lspci/truncated.txt"));
        Result cut = run(new ImportLspciCommand(), cwd, "cut.txt", "-o", "x.natsume");
        assertEquals(2, cut.exitCode());
        assertTrue(cut.err().startsWith("natsume import-lspci: cut.txt:131: "), cut.err());
        assertTrue(!Files.exists(cwd.resolve("x.natsume")));
    }
}
