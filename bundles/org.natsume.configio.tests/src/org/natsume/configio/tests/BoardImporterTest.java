package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.topology.emf.TopologyReader;
import org.natsume.configio.lspci.BoardImport;
import org.natsume.configio.lspci.BoardImporter;
import org.natsume.configio.lspci.LspciParser;
import org.natsume.configio.lspci.ProcInterrupts;
import org.natsume.configio.lspci.ProcInterruptsParser;
import org.natsume.model.InterruptLine;
import org.natsume.model.InterruptMode;
import org.natsume.model.IntxPin;
import org.natsume.model.Machine;
import org.natsume.model.Nic;
import org.natsume.model.PciBridge;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.io.TopologyStore;

class BoardImporterTest {

    private static BoardImport dx58so() throws Exception {
        return BoardImporter.importBoard(LspciParser.parse("dx58so-lspci-vvnn.txt", Fixtures.bytes("lspci/dx58so-lspci-vvnn.txt")),
                Optional.of(ProcInterruptsParser.parse("interrupts", Fixtures.bytes("lspci/dx58so-proc-interrupts.txt"))));
    }

    private static PciFunction find(Machine m, String bdf) {
        return TopologyReader.allFunctions(m).stream().filter(f -> f.getBdf().equals(bdf)).findFirst()
                .orElseThrow(() -> new AssertionError(bdf + " not imported"));
    }

    @Test
    void dx58soEveryFunctionOnTheBusTree() throws Exception {
        BoardImport b = dx58so();
        Machine m = b.topology().getMachine();
        assertEquals(25, b.functionCount());
        assertEquals(25, TopologyReader.allFunctions(m).size());
        assertEquals(2, b.nicCount());
        assertEquals(8, m.getCpus().size(), "CPU count from /proc/interrupts");
        assertEquals("Intel Corporation 5520/5500/X58 I/O Hub to ESI Port", m.getBoard());
        PciBridge ich = assertInstanceOf(PciBridge.class, find(m, "0000:00:1e.0"));
        assertEquals(5, ich.getSecondaryBus().getBusNumber());
        assertEquals(List.of("0000:05:00.0"), ich.getSecondaryBus().getFunctions().stream().map(PciFunction::getBdf).toList());
        PciBridge port3 = assertInstanceOf(PciBridge.class, find(m, "0000:00:03.0"));
        assertEquals(List.of("0000:02:00.0"), port3.getSecondaryBus().getFunctions().stream().map(PciFunction::getBdf).toList());
        assertEquals(1, m.getPciRoots().size(), "only bus 00 is a root; 02 and 05 hang under their bridges");
        Nic nicB = assertInstanceOf(Nic.class, find(m, "0000:05:00.0"));
        assertEquals("e1000", nicB.getDriver());
        assertEquals(0x1076, nicB.getDeviceId());
        assertEquals(0x020000, nicB.getClassCode());
        assertEquals(IntxPin.A, nicB.getIntxPin());
    }

    @Test
    void aDumpWithoutNumbersImportsTheSameBoardWithoutIds() throws Exception {
        BoardImport names = BoardImporter.importBoard(LspciParser.parse("dx58so-lspci-vv.txt",
                Fixtures.bytes("lspci/dx58so-lspci-vv.txt")),
                Optional.of(ProcInterruptsParser.parse("interrupts", Fixtures.bytes("lspci/dx58so-proc-interrupts.txt"))));
        BoardImport full = dx58so();
        assertEquals(full.functionCount(), names.functionCount());
        assertEquals(full.nicCount(), names.nicCount());
        assertEquals(full.sharedGsis(), names.sharedGsis());
        Nic nicB = assertInstanceOf(Nic.class, find(names.topology().getMachine(), "0000:05:00.0"));
        assertEquals(0x020000, nicB.getClassCode());
        assertEquals(0, nicB.getVendorId());
        assertTrue(names.warnings().stream().anyMatch(w -> w.contains("without -nn")), names.warnings().toString());
    }

    @Test
    void aDumpWithOneVFindsTheSameSharedGsis() throws Exception {
        BoardImport v = BoardImporter.importBoard(LspciParser.parse("dx58so-lspci-vnn.txt",
                Fixtures.bytes("lspci/dx58so-lspci-vnn.txt")),
                Optional.of(ProcInterruptsParser.parse("interrupts", Fixtures.bytes("lspci/dx58so-proc-interrupts.txt"))));
        assertEquals(dx58so().sharedGsis(), v.sharedGsis());
        assertEquals(dx58so().nicCount(), v.nicCount());
    }

    @Test
    void dx58soSharedGsisIdentified() throws Exception {
        BoardImport b = dx58so();
        Map<Integer, List<String>> sharers = new TreeMap<>();
        for (InterruptLine l : b.topology().getMachine().getInterruptLines()) {
            sharers.put(l.getGsi(), l.getSharers().stream().map(PciFunction::getBdf).sorted().toList());
        }
        assertEquals(Map.of(
                16, List.of("0000:00:1a.0"),
                18, List.of("0000:00:1a.7", "0000:00:1d.2", "0000:00:1f.3", "0000:00:1f.5"),
                19, List.of("0000:00:1a.2", "0000:00:1d.1", "0000:00:1f.2"),
                20, List.of("0000:00:19.0", "0000:05:00.0"),
                21, List.of("0000:00:1a.1"),
                23, List.of("0000:00:1d.0", "0000:00:1d.7")), sharers);
        assertEquals(List.of("GSI 18: 0000:00:1a.7, 0000:00:1d.2, 0000:00:1f.3, 0000:00:1f.5 (ehci_hcd:usb1, uhci_hcd:usb8, i801_smbus, ata_piix)",
                "GSI 19: 0000:00:1a.2, 0000:00:1d.1, 0000:00:1f.2 (uhci_hcd:usb5, uhci_hcd:usb7, ata_piix)",
                "GSI 20: 0000:00:19.0, 0000:05:00.0 (eth0, eth1)", "GSI 23: 0000:00:1d.0, 0000:00:1d.7 (ehci_hcd:usb2, uhci_hcd:usb6)"),
                b.sharedGsis());
        assertTrue(b.warnings().stream().noneMatch(w -> w.contains("check the dumps are from the same boot")), b.warnings().toString());
    }

    @Test
    void interruptModeFromTheEnableFlags() throws Exception {
        Machine m = dx58so().topology().getMachine();
        assertEquals(InterruptMode.INTX, find(m, "0000:00:19.0").getInterruptMode());
        assertTrue(find(m, "0000:00:19.0").isMsiCapable());
        assertEquals(InterruptMode.MSI, find(m, "0000:00:1b.0").getInterruptMode());
        assertNull(find(m, "0000:00:1b.0").getLine(), "an MSI function's IRQ is not a GSI");
        assertEquals(InterruptMode.MSI, find(m, "0000:02:00.0").getInterruptMode());
        assertNull(find(m, "0000:00:00.0").getLine(), "IRQ 0 means not routed");
        assertEquals(1, m.getIoApics().size());
        assertEquals(0xFEC00000L, m.getIoApics().get(0).getMmioBase());
    }

    @Test
    void msiXAndUnreadableCapabilitiesDecidedByProcInterrupts() throws Exception {
        BoardImport server = BoardImporter.importBoard(
                LspciParser.parse("s.txt", Fixtures.bytes("lspci/server-domains-D.txt")), Optional.empty());
        Machine sm = server.topology().getMachine();
        assertEquals(InterruptMode.MSIX, find(sm, "0000:01:00.0").getInterruptMode());
        assertEquals(16, find(sm, "0000:01:00.0").getLine().getGsi(), "MSI-X keeps its INTx routing: pin A routed to IRQ 16");
        assertTrue(find(sm, "0001:01:00.0").isMsixCapable());
        assertEquals(InterruptMode.INTX, find(sm, "0001:01:00.0").getInterruptMode());
        assertEquals(6, server.functionCount(), "the VMD function on segment 10000 is imported like any other");
        assertEquals("10000:e0:17.0", find(sm, "10000:e0:17.0").getBdf());
        assertTrue(server.warnings().stream().noneMatch(w -> w.contains("10000:e0:17.0")), server.warnings().toString());

        ProcInterrupts irqs = ProcInterruptsParser.parse("i.txt", Fixtures.bytes("lspci/no-driver-interrupts.txt"));
        BoardImport vm = BoardImporter.importBoard(
                LspciParser.parse("v.txt", Fixtures.bytes("lspci/no-driver-nonroot.txt")), Optional.of(irqs));
        Machine vmm = vm.topology().getMachine();
        assertEquals(InterruptMode.INTX, find(vmm, "0000:00:03.0").getInterruptMode());
        assertEquals(11, find(vmm, "0000:00:03.0").getLine().getGsi());
        assertEquals(InterruptMode.MSI, find(vmm, "0000:00:04.0").getInterruptMode());
        assertNull(find(vmm, "0000:00:03.0").getDriver());
        assertEquals(2, vmm.getCpus().size());
    }

    @Test
    void aDebian5DumpTakesItsInterruptModesFromTheOldMsiSpelling() throws Exception {
        Machine m = BoardImporter.importBoard(LspciParser.parse("d5.txt", Fixtures.bytes("lspci/debian5-pciutils30-vvnn.txt")),
                Optional.empty()).topology().getMachine();
        assertEquals(InterruptMode.MSI, find(m, "0000:00:19.0").getInterruptMode());
        assertEquals(InterruptMode.INTX, find(m, "0000:00:1f.2").getInterruptMode());
        assertEquals(19, find(m, "0000:00:1f.2").getLine().getGsi());
        assertEquals(InterruptMode.MSIX, find(m, "0000:02:00.0").getInterruptMode());
        assertEquals(1, m.getInterruptLines().size(), "Xen Dom0 IRQ numbers of MSI functions (1277, 1276) are not GSIs");
        assertNull(find(m, "0000:02:00.0").getLine());
    }

    @Test
    void aBusClaimedByTwoBridgesStaysUnderTheFirst() throws Exception {
        String bridge = "%s PCI bridge [0604]: Intel Corporation Root Port [8086:3408]\n\tBus: primary=00, secondary=05, subordinate=05, sec-latency=0\n\n";
        String text = String.format(bridge, "00:01.0") + String.format(bridge, "00:02.0")
                + "05:00.0 Ethernet controller [0200]: Intel Corporation 82541GI Gigabit Ethernet Controller [8086:1076]\n"
                + "\tInterrupt: pin A routed to IRQ 17\n\n";
        BoardImport b = BoardImporter.importBoard(LspciParser.parse("two.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Optional.empty());
        Machine m = b.topology().getMachine();
        assertEquals(5, ((PciBridge) find(m, "0000:00:01.0")).getSecondaryBus().getBusNumber());
        assertNull(((PciBridge) find(m, "0000:00:02.0")).getSecondaryBus());
        assertEquals(3, TopologyReader.allFunctions(m).size());
        assertTrue(b.warnings().stream().anyMatch(w -> w.startsWith("two.txt:4: bus 05 is the secondary bus of two bridges")), b.warnings().toString());
    }

    @Test
    void importedBoardSavesAndLoadsWithTheModelPersistence(@TempDir Path dir) throws Exception {
        TopologyStore.registerStandalone();
        BoardImport b = dx58so();
        Path file = dir.resolve("board.natsume");
        TopologyStore.save(b.topology(), file);
        Topology back = TopologyStore.load(file);
        assertEquals(25, TopologyReader.allFunctions(back.getMachine()).size());
        assertEquals(6, back.getMachine().getInterruptLines().size());
        assertEquals(2, find(back.getMachine(), "0000:05:00.0").getLine().getSharers().size());
        assertTrue(Files.size(file) > 1000);
        // the snapshot reader accepts it too: every BDF is valid
        assertEquals(25, org.natsume.configio.export.Exporters.resolve(back).machine().functions().size());
    }
}
