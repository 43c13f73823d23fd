package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.configio.lspci.LspciFormatException;
import org.natsume.configio.lspci.ProcInterrupts;
import org.natsume.configio.lspci.ProcInterruptsParser;

class ProcInterruptsParserTest {

    @Test
    void oldKernelFormat() throws Exception {
        ProcInterrupts p = ProcInterruptsParser.parse("i.txt", Fixtures.bytes("lspci/dx58so-proc-interrupts.txt"));
        assertEquals(8, p.cpuCount());
        ProcInterrupts.Irq twenty = p.irq(20).orElseThrow();
        assertEquals(ProcInterrupts.Kind.IO_APIC, twenty.kind());
        assertEquals("IO-APIC-fasteoi", twenty.type());
        assertEquals(List.of("eth0", "eth1"), twenty.handlers());
        assertEquals(913442, twenty.total());
        assertEquals(List.of("ehci_hcd:usb1", "uhci_hcd:usb8", "i801_smbus", "ata_piix"), p.irq(18).orElseThrow().handlers());
        assertEquals(ProcInterrupts.Kind.MSI, p.irq(32).orElseThrow().kind());
        assertEquals(List.of("HDA Intel"), p.irq(32).get().handlers());
        assertEquals(16, p.irqs().size(), "numbered rows only; NMI, LOC, ... are ignored");
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
    }

    @Test
    void modernKernelFormatWithHwirqColumn() throws Exception {
        ProcInterrupts p = ProcInterruptsParser.parse("i.txt", Fixtures.bytes("lspci/no-driver-interrupts.txt"));
        assertEquals(2, p.cpuCount());
        assertEquals("IO-APIC 11-fasteoi", p.irq(11).orElseThrow().type());
        assertEquals(List.of("ens3"), p.irq(11).get().handlers());
        assertEquals(ProcInterrupts.Kind.MSI, p.irq(24).orElseThrow().kind());
        assertEquals(List.of("ens4"), p.irq(24).get().handlers());
    }

    @Test
    void xenDom0Spellings() throws Exception {
        String text = "           CPU0\n 16:  99  Phys-fasteoi   uhci_hcd:usb3\n 20:  5  xen-pirq-ioapic-level  eth0, eth1\n"
                + "273:  7  xen-pirq-msi       eth2\n";
        ProcInterrupts p = ProcInterruptsParser.parse("x.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(ProcInterrupts.Kind.IO_APIC, p.irq(16).orElseThrow().kind());
        assertEquals(ProcInterrupts.Kind.IO_APIC, p.irq(20).orElseThrow().kind());
        assertEquals(List.of("eth0", "eth1"), p.irq(20).get().handlers());
        assertEquals(ProcInterrupts.Kind.MSI, p.irq(273).orElseThrow().kind());
    }

    @Test
    void notInterruptsEmptyAndTruncatedAreErrors() {
        LspciFormatException e = assertThrows(LspciFormatException.class,
                () -> ProcInterruptsParser.parse("lspci.txt", Fixtures.bytes("lspci/dx58so-lspci-vvnn.txt")));
        assertTrue(e.getMessage().startsWith("lspci.txt:1: not the contents of /proc/interrupts"), e.getMessage());
        assertThrows(LspciFormatException.class, () -> ProcInterruptsParser.parse("e.txt", new byte[0]));
        LspciFormatException cut = assertThrows(LspciFormatException.class,
                () -> ProcInterruptsParser.parse("c.txt", "   CPU0  CPU1\n 16:  3".getBytes(StandardCharsets.UTF_8)));
        assertTrue(cut.getMessage().startsWith("c.txt:2: "), cut.getMessage());
    }
}
