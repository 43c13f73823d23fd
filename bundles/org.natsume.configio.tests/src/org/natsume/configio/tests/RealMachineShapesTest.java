package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.natsume.topology.emf.TopologyReader;
import org.natsume.configio.lspci.BoardImport;
import org.natsume.configio.lspci.BoardImporter;
import org.natsume.configio.lspci.LspciDump;
import org.natsume.configio.lspci.LspciFormatException;
import org.natsume.configio.lspci.LspciFunction;
import org.natsume.configio.lspci.LspciParser;
import org.natsume.configio.lspci.ProcInterrupts;
import org.natsume.configio.lspci.ProcInterruptsParser;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.InterruptMode;
import org.natsume.model.Machine;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;

/**
 * Shapes met in real {@code lspci -vvnn} dumps and {@code /proc/interrupts} files of many machines (laptops run
 * without root, CardBus bridges the firmware never configured, MSI-X functions on modern kernels, several PCI segments,
 * AMD root complexes, Xen Dom0), each in a small fixture composed in the same format.
 */
class RealMachineShapesTest {

    private static BoardImport load(String lspci, String interrupts) throws Exception {
        Optional<ProcInterrupts> irqs = interrupts == null ? Optional.empty()
                : Optional.of(ProcInterruptsParser.parse(interrupts, Fixtures.bytes("lspci/" + interrupts)));
        return BoardImporter.importBoard(LspciParser.parse(lspci, Fixtures.bytes("lspci/" + lspci)), irqs);
    }

    private static PciFunction find(Machine m, String bdf) {
        return TopologyReader.allFunctions(m).stream().filter(f -> f.getBdf().equals(bdf)).findFirst()
                .orElseThrow(() -> new AssertionError(bdf + " not imported"));
    }

    private static List<String> gsis(Machine m) {
        return m.getInterruptLines().stream().map(l -> l.getGsi() + ":" + l.getSharers().stream().map(PciFunction::getBdf).sorted().toList())
                .toList();
    }

    @Test
    void aLaptopDumpTakenWithoutRootUsesDisIntxToTellMsiFromIntx() throws Exception {
        BoardImport b = load("nonroot-laptop-disintx.txt", null);
        Machine m = b.topology().getMachine();
        assertEquals(10, b.functionCount());
        assertEquals(10, TopologyReader.allFunctions(m).size());
        // DisINTx+ functions (HDA, root port, sky2 NIC) are MSI: their IRQs 24-28 are not IO-APIC pins
        assertEquals(InterruptMode.MSI, find(m, "0000:00:1b.0").getInterruptMode());
        assertEquals(InterruptMode.MSI, find(m, "0000:00:1c.0").getInterruptMode());
        assertEquals(InterruptMode.MSI, find(m, "0000:01:00.0").getInterruptMode());
        assertNull(find(m, "0000:01:00.0").getLine());
        assertEquals(List.of("21:[0000:00:1d.0, 0000:00:1d.7]"), gsis(m), "IRQ 0 and 255 are not routed; only the UHCI/EHCI line");
        assertEquals(1, m.getIoApics().size(), "no GSI above 23 is left, so one IO-APIC");
        assertEquals(List.of("GSI 21: 0000:00:1d.0, 0000:00:1d.7"), b.sharedGsis());
        assertEquals(0, b.skippedLines(), "[virtual] ROM, '!!! Invalid class' and CardBus windows are known lines");
        assertTrue(b.warnings().get(0).startsWith("nonroot-laptop-disintx.txt:1: lspci diagnostic"), b.warnings().toString());
    }

    @Test
    void anUnconfiguredCardBusBridgeDoesNotSwallowBusZero() throws Exception {
        BoardImport b = load("nonroot-laptop-disintx.txt", null);
        Machine m = b.topology().getMachine();
        assertEquals(List.of("bus-0000-00"), m.getPciRoots().stream().map(PciBus::getId).toList());
        PciBridge cardbus = assertInstanceOf(PciBridge.class, find(m, "0000:03:09.0"));
        assertNull(cardbus.getSecondaryBus(), "secondary=00 means the firmware gave it no bus");
        assertEquals("bus-0000-03", ((PciBus) cardbus.eContainer()).getId());
        PciBridge pciBridge = assertInstanceOf(PciBridge.class, find(m, "0000:00:1e.0"));
        assertEquals(3, pciBridge.getSecondaryBus().getBusNumber());
        assertTrue(b.warnings().stream().anyMatch(w -> w.startsWith("nonroot-laptop-disintx.txt:51: bridge 0000:03:09.0 has secondary bus 00")),
                b.warnings().toString());
        assertEquals(10, org.natsume.configio.export.Exporters.resolve(b.topology()).machine().functions().size(), "the snapshot reader sees every function");
    }

    @Test
    void procInterruptsRowsThatNameTheFunctionDecideMsiAndMsiX() throws Exception {
        BoardImport b = load("nonroot-msix-segments-D.txt", "nonroot-msix-interrupts.txt");
        Machine m = b.topology().getMachine();
        assertEquals(4, m.getCpus().size());
        // IR-PCI-MSIX-0000:02:00.0 rows: MSI-X, although lspci shows the legacy IRQ 16 (an IO-APIC row)
        assertEquals(InterruptMode.MSIX, find(m, "0000:02:00.0").getInterruptMode());
        // IR-PCI-MSI-0000:00:01.0 (6.2+ naming) and PCI-MSI hwirqs 376832 = 00:17.0, 134742016 = 0001:01:00.0
        assertEquals(InterruptMode.MSI, find(m, "0000:00:01.0").getInterruptMode());
        assertEquals(InterruptMode.MSI, find(m, "0000:00:17.0").getInterruptMode());
        assertEquals(InterruptMode.MSI, find(m, "0001:01:00.0").getInterruptMode());
        // the MSI-X NVMe keeps its INTx routing to GSI 16 (docs/model.md) but does not use it: the line is shared by two
        assertEquals(List.of("16:[0000:00:14.0, 0000:00:1f.6, 0000:02:00.0]"), gsis(m));
        assertEquals(16, find(m, "0000:02:00.0").getLine().getGsi());
        assertEquals(List.of("GSI 16: 0000:00:14.0, 0000:00:1f.6 (xhci_hcd, e1000e)"), b.sharedGsis());
        assertEquals(List.of("bus-0000-00", "bus-0001-01"), m.getPciRoots().stream().map(PciBus::getId).toList());
        assertTrue(b.warnings().stream().noneMatch(w -> w.contains("assumed")
                && !w.startsWith("APIC ids") && !w.contains("IO-APIC(s)")), b.warnings().toString());
    }

    @Test
    void procInterruptsDecodesTheFunctionOfEachMsiRow() throws Exception {
        ProcInterrupts p = ProcInterruptsParser.parse("i.txt", Fixtures.bytes("lspci/nonroot-msix-interrupts.txt"));
        assertEquals(Optional.of(Bdf.parse("0000:02:00.0")), p.irq(124).orElseThrow().msiFunction());
        assertTrue(p.irq(124).get().msix());
        assertEquals("IR-PCI-MSI 376832-edge", p.irq(125).orElseThrow().type());
        assertEquals(Optional.of(Bdf.parse("0000:00:17.0")), p.irq(125).get().msiFunction());
        assertFalse(p.irq(125).get().msix(), "the hwirq form does not say MSI-X");
        assertEquals(Optional.of(Bdf.parse("0001:01:00.0")), p.irq(126).orElseThrow().msiFunction());
        assertEquals(Optional.empty(), p.irq(16).orElseThrow().msiFunction());
        assertEquals(ProcInterrupts.Kind.IO_APIC, p.irq(9).orElseThrow().kind());
        assertEquals("IR-IO-APIC 9-fasteoi", p.irq(9).get().type());
        assertEquals(Optional.of(ProcInterrupts.Kind.MSIX), p.messageRowsOf(Bdf.parse("0000:02:00.0")));
        assertEquals(Optional.of(ProcInterrupts.Kind.MSI), p.messageRowsOf(Bdf.parse("0000:00:01.0")));
        assertEquals(Optional.empty(), p.messageRowsOf(Bdf.parse("0000:00:14.0")));
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
    }

    @Test
    void xenDom0InterruptsWithPerCpuEventChannels() throws Exception {
        ProcInterrupts p = ProcInterruptsParser.parse("x.txt", Fixtures.bytes("lspci/xen-dom0-interrupts.txt"));
        assertEquals(4, p.cpuCount());
        assertEquals(ProcInterrupts.Kind.IO_APIC, p.irq(1).orElseThrow().kind());
        assertEquals(List.of("ehci_hcd:usb1", "eth1"), p.irq(16).orElseThrow().handlers());
        assertEquals(ProcInterrupts.Kind.IO_APIC, p.irq(16).get().kind());
        assertEquals(ProcInterrupts.Kind.OTHER, p.irq(64).orElseThrow().kind());
        assertEquals(2844203322L, p.irq(64).get().total());
        assertEquals(ProcInterrupts.Kind.MSI, p.irq(277).orElseThrow().kind());
        assertEquals(Optional.empty(), p.irq(277).get().msiFunction(), "xen-pirq-msi does not name the function");
        assertEquals(9, p.irqs().size(), "numbered rows only");
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
    }

    @Test
    void anAmdRootComplexDumpWithASwitchAndAPassedThroughNic() throws Exception {
        BoardImport b = load("amd-root-vvnn.txt", null);
        Machine m = b.topology().getMachine();
        assertEquals(9, TopologyReader.allFunctions(m).size());
        assertEquals("Advanced Micro Devices, Inc. [AMD] Starship/Matisse Root Complex", m.getBoard());
        PciBridge gpp = assertInstanceOf(PciBridge.class, find(m, "0000:00:03.1"));
        PciBridge upstream = assertInstanceOf(PciBridge.class, gpp.getSecondaryBus().getFunctions().get(0));
        assertEquals("0000:21:00.0", upstream.getBdf());
        assertEquals(List.of("0000:22:00.0"), upstream.getSecondaryBus().getFunctions().stream().map(PciFunction::getBdf).toList());
        assertEquals(InterruptMode.MSIX, find(m, "0000:22:00.0").getInterruptMode());
        assertEquals(InterruptMode.MSI, find(m, "0000:00:00.2").getInterruptMode());
        assertEquals(InterruptMode.MSI, find(m, "0000:00:03.1").getInterruptMode());
        PciFunction vfio = find(m, "0000:23:00.0");
        assertEquals("vfio-pci", vfio.getDriver());
        assertTrue(vfio.isMsiCapable() && vfio.isMsixCapable());
        assertEquals(InterruptMode.INTX, vfio.getInterruptMode());
        // the MSI-X NVMe keeps its INTx routing (pin A, IRQ 36) without using it
        assertEquals(List.of("36:[0000:22:00.0]", "38:[0000:00:07.1, 0000:23:00.0, 0000:23:00.1]"), gsis(m));
        assertEquals(2, m.getIoApics().size(), "GSI 38 is on the second 24-pin IO-APIC");
        assertEquals(0, b.skippedLines());
    }

    @Test
    void msiFlagsAreReadInEveryPciutilsOrder() throws Exception {
        String text = "00:19.0 Ethernet controller [0200]: Intel Corporation 82566DM-2 Gigabit Network Connection [8086:10bd] (rev 02)\n"
                + "\tCapabilities: [d0] Message Signalled Interrupts: Mask- 64bit+ Count=1/1 Enable+\n\n"
                + "00:1b.0 Audio device [0403]: Intel Corporation 82801I HD Audio Controller [8086:293e] (rev 02)\n"
                + "\tCapabilities: [60] Message Signalled Interrupts: 64bit+ Queue=1/2 Enable+\n\n"
                + "00:1c.0 PCI bridge [0604]: Intel Corporation 82801I PCI Express Port 1 [8086:2940] (rev 02)\n"
                + "\tCapabilities: [80] MSI: Enable- Count=1/1 Maskable- 64bit-\n\n"
                + "02:00.0 Ethernet controller [0200]: Intel Corporation 82575EB Gigabit Network Connection [8086:10a7] (rev 02)\n"
                + "\tCapabilities: [60] MSI-X: Enable+ Mask- TabSize=10\n\n"
                + "02:00.1 Ethernet controller [0200]: Intel Corporation 82575EB Gigabit Network Connection [8086:10a7] (rev 02)\n"
                + "\tCapabilities: [60 v1] MSI-X: Enable- Count=10 Masked-\n\n";
        LspciDump d = LspciParser.parse("o.txt", text.getBytes(StandardCharsets.UTF_8));
        LspciFunction nic = d.functions().get(0);
        assertEquals(new LspciFunction.Msi(true, 1, 1, true), nic.msi().orElseThrow());
        assertEquals(new LspciFunction.Msi(true, 2, 4, true), d.functions().get(1).msi().orElseThrow(), "Queue= is log2");
        assertEquals(new LspciFunction.Msi(false, 1, 1, false), d.functions().get(2).msi().orElseThrow());
        assertEquals(new LspciFunction.MsiX(true, 10), d.functions().get(3).msix().orElseThrow());
        assertEquals(new LspciFunction.MsiX(false, 10), d.functions().get(4).msix().orElseThrow());
        assertEquals(0, d.skippedLines());
    }

    @Test
    void stderrDiagnosticsBetweenFunctionsAreSkippedButOtherTextIsStillRejected() throws Exception {
        String text = "00:1f.6 Ethernet controller [0200]: Intel Corporation Ethernet Connection I219-V [8086:15bc] (rev 10)\n"
                + "\tKernel driver in use: e1000e\n"
                + "pcilib: sysfs_read_vpd: read failed: Input/output error\n\n"
                + "01:00.0 Non-Volatile memory controller [0108]: Natsume Storage NVMe SSD Controller N100 [1d99:2200]\n"
                + "\tKernel driver in use: nvme\n\n";
        LspciDump d = LspciParser.parse("e.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, d.functions().size());
        assertEquals(Optional.of("e1000e"), d.functions().get(0).driverInUse());
        assertEquals(List.of("e.txt:3: lspci diagnostic, not part of the dump: 'pcilib: sysfs_read_vpd: read failed: Input/output error'"),
                d.warnings());
        assertThrows(LspciFormatException.class,
                () -> LspciParser.parse("n.txt", "lspci: Unable to load libkmod resources: error -12\n".getBytes(StandardCharsets.UTF_8)),
                "a file with only diagnostics has no function");
    }

    @Test
    void aDumpWhoseTabsWereExpandedToSpacesImportsTheSame() throws Exception {
        String tabs = new String(Fixtures.bytes("lspci/amd-root-vvnn.txt"), StandardCharsets.UTF_8);
        for (String indent : List.of("        ", "    ")) {
            // as copied from a terminal (8 columns) or re-indented in a mail (4): the depth is relative, not absolute
            String spaces = tabs.replaceAll("(?m)^\t\t\t", indent.repeat(3)).replaceAll("(?m)^\t\t", indent.repeat(2))
                    .replaceAll("(?m)^\t", indent);
            LspciDump d = LspciParser.parse("s.txt", spaces.getBytes(StandardCharsets.UTF_8));
            LspciDump t = LspciParser.parse("s.txt", tabs.getBytes(StandardCharsets.UTF_8));
            assertEquals(t.functions().stream().map(RealMachineShapesTest::withoutLine).toList(),
                    d.functions().stream().map(RealMachineShapesTest::withoutLine).toList(), "indent '" + indent + "'");
            assertEquals(Optional.of("nvme"), d.functions().get(6).driverInUse());
            assertEquals(0, d.skippedLines());
        }
    }

    private static String withoutLine(LspciFunction f) {
        return f.toString().replaceFirst("line=\\d+, ", "");
    }

    @Test
    void twoRunsPastedIntoOneFileKeepEachFunctionOnce() throws Exception {
        byte[] once = Fixtures.bytes("lspci/amd-root-vvnn.txt");
        byte[] twice = (new String(once, StandardCharsets.UTF_8) + new String(once, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        BoardImport b = BoardImporter.importBoard(LspciParser.parse("twice.txt", twice), Optional.empty());
        Machine m = b.topology().getMachine();
        assertEquals(9, b.functionCount());
        assertEquals(9, org.natsume.configio.export.Exporters.resolve(b.topology()).machine().functions().size());
        assertEquals(List.of("36:[0000:22:00.0]", "38:[0000:00:07.1, 0000:23:00.0, 0000:23:00.1]"), gsis(m),
                "the second copies do not become sharers");
        assertTrue(b.warnings().contains("twice.txt:65: 0000:00:00.0 appears a second time in the dump; keeping the first"),
                b.warnings().toString());
    }

    @Test
    void configSpaceHexFromLspciXIsPartOfTheFunction() throws Exception {
        String text = "00:01.0 ISA bridge [0601]: Intel Corporation 82371AB/EB/MB PIIX4 ISA [8086:7110] (rev 02)\n"
                + "\tControl: I/O+ Mem+ BusMaster- SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B-\n"
                + "\tInterrupt: pin ? routed to IRQ 9\n"
                + "00: 86 80 10 71 03 00 80 02 02 00 80 06 00 00 00 00\n"
                + "10: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n"
                + "\n"
                + "00:03.0 Ethernet controller [0200]: Intel Corporation 82540EM Gigabit Ethernet Controller [8086:100e] (rev 03)\n"
                + "\tInterrupt: pin A routed to IRQ 11\n"
                + "00: 86 80 0e 10 07 00 00 02 03 00 00 02 00 00 00 00\n\n";
        LspciDump d = LspciParser.parse("x.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, d.functions().size());
        assertEquals(0, d.skippedLines());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        assertEquals(Optional.empty(), d.functions().get(0).intxPin(), "pin ? is no pin");
        assertEquals(Optional.of(9), d.functions().get(0).irq());
        assertEquals(Optional.of('A'), d.functions().get(1).intxPin());
    }

    @Test
    void aDumpSavedWithAByteOrderMarkAndCrLfReadsTheSame() throws Exception {
        String text = new String(Fixtures.bytes("lspci/amd-root-vvnn.txt"), StandardCharsets.UTF_8);
        byte[] windows = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        LspciDump d = LspciParser.parse("w.txt", windows);
        assertEquals(LspciParser.parse("u.txt", text.getBytes(StandardCharsets.UTF_8)).functions(), d.functions());
        assertEquals("0000:00:00.0", d.functions().get(0).address().toString());
    }

    @Test
    void numbersTooLargeForTheirFieldAreReportedLinesNotCrashes() throws Exception {
        String text = "00:19.0 Ethernet controller [0200]: Intel Corporation 82566DM-2 Gigabit Network Connection [8086:10bd] (rev 02)\n"
                + "\tInterrupt: pin A routed to IRQ 99999999999\n"
                + "\tCapabilities: [d0] MSI: Enable+ Count=99999999999/1 Maskable- 64bit+\n"
                + "\tCapabilities: [e0] Message Signalled Interrupts: 64bit+ Queue=40/40 Enable+\n"
                + "\tKernel driver in use: e1000e\n\n";
        LspciDump d = LspciParser.parse("big.txt", text.getBytes(StandardCharsets.UTF_8));
        LspciFunction f = d.functions().get(0);
        assertEquals(Optional.empty(), f.irq());
        assertEquals(Optional.empty(), f.msi());
        assertEquals(Optional.of("e1000e"), f.driverInUse());
        assertEquals(3, d.skippedLines());
        assertTrue(d.warnings().get(0).startsWith("big.txt:2: skipped unrecognised line 'Interrupt: pin A routed to IRQ 99999999999'"),
                d.warnings().toString());
        ProcInterrupts p = ProcInterruptsParser.parse("i.txt",
                "   CPU0\n99999999999:  1  IO-APIC  16-fasteoi  eth0\n 17:  123456789012345678901  IO-APIC  17-fasteoi  eth1\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertTrue(p.irqs().isEmpty());
        assertEquals(2, p.warnings().size(), p.warnings().toString());
    }

    @Test
    void rawVpdBytesAreReplacedAndWarnedAboutWithTheirLineInsteadOfRefusingTheDump() throws Exception {
        String text = new String(Fixtures.bytes("lspci/amd-root-vvnn.txt"), StandardCharsets.UTF_8);
        int cut = text.indexOf("\tCapabilities: [64] MSI:");
        // pciutils prints VPD keywords it does not know as the raw bytes; 0xb5 0x1e is not UTF-8
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        raw.writeBytes(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        raw.writeBytes("\tCapabilities: [48] Vital Product Data\n\t\tRead-only fields:\n\t\t\t[".getBytes(StandardCharsets.UTF_8));
        raw.writeBytes(new byte[] {(byte) 0xb5, 0x1e});
        raw.writeBytes("] Unknown: 30 31\n\t\tEnd\n".getBytes(StandardCharsets.UTF_8));
        raw.writeBytes(text.substring(cut).getBytes(StandardCharsets.UTF_8));
        LspciDump d = LspciParser.parse("vpd.txt", raw.toByteArray());
        LspciDump clean = LspciParser.parse("amd.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(clean.functions().size(), d.functions().size(), "every function is still imported");
        assertEquals(clean.functions().get(1).msi(), d.functions().get(1).msi(), "the lines after the bytes are read");
        long vpdLine = text.substring(0, cut).chars().filter(c -> c == '\n').count() + 3;
        assertTrue(d.warnings().contains("vpd.txt:" + vpdLine + ": bytes that are not UTF-8 (raw VPD or vendor data?) replaced by U+FFFD"),
                d.warnings().toString());
    }
}
