package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.natsume.configio.lspci.BoardImporter;
import org.natsume.configio.lspci.LspciFormatException;
import org.natsume.configio.lspci.LspciParser;
import org.natsume.configio.lspci.ProcInterrupts;
import org.natsume.configio.lspci.ProcInterruptsParser;

/**
 * Dumps of boards nobody has seen are cut, pasted, doubled and garbled in ways no fixture foresees. The fixtures,
 * mutated with a fixed seed (insertions of real-looking fragments with oversized numbers, deletions, copied
 * blocks), must each give either an import or an {@link LspciFormatException} naming the file — never another
 * exception (domain.md §4.3).
 */
class MutatedDumpsTest {

    private static final List<String> SEEDS = List.of("amd-root-vvnn.txt", "nonroot-laptop-disintx.txt", "nonroot-msix-segments-D.txt",
            "nonroot-msix-interrupts.txt", "xen-dom0-interrupts.txt", "server-domains-D.txt", "debian5-pciutils30-vvnn.txt",
            "dx58so-lspci-vvnn.txt", "dx58so-lspci-vvn.txt", "dx58so-lspci-vv.txt", "dx58so-lspci-vnn.txt", "dx58so-proc-interrupts.txt");
    private static final String[] FRAGMENTS = { "Interrupt: pin A routed to IRQ 99999999999", "Bus: primary=07, secondary=03, subordinate=00",
            "\t", "\n", "\n\n", ":", "[", "]", "Capabilities: [50] MSI: Enable+ Count=99999999999/1 Maskable- 64bit+",
            "MSI-X: Enable+ Count=", "00:1f.7 X [0200]: Y [8086:1234]\n", "!!! Unknown header type 7f", "10000:00:00.0 A [0604]: B [1:2]",
            "Queue=40/40 Enable+", "99999999999: 1 2 IO-APIC 1-fasteoi x", " 16: 5 PCI-MSI 99999999999999999999-edge x", "CPU0 CPU1\n",
            "PCI-MSIX-0000:zz:00.0 0-edge", "PCI-MSI-1ffff:00:00.0 0-edge", "\uFEFF", "\r\n", "lspci: Unable to load libkmod resources\n",
            "00:1f.7 Ethernet controller: Intel (rev zz)\n", "00:3f.7 Host bridge: x\n", "05:00.0 0200: 8086:\n",
            "00:1c.0 Class 0c80: Something\n", "00:02.0 Frobnicator: Foo\n", "Flags: bus master, IRQ 99999999999", "Flags: IRQ 16" };

    @Test
    void everyMutationImportsOrIsAFormatError() {
        Random random = new Random(20091123);
        List<String> seeds = new ArrayList<>();
        for (String s : SEEDS) seeds.add(new String(Fixtures.bytes("lspci/" + s), StandardCharsets.UTF_8));
        List<String> crashes = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            try {
                BoardImporter.importBoard(LspciParser.parse("m.txt", bytes), Optional.empty());
            } catch (LspciFormatException e) {
                if (!e.getMessage().startsWith("m.txt")) crashes.add("lspci #" + i + ": message does not name the file: " + e.getMessage());
            } catch (RuntimeException e) {
                crashes.add("lspci #" + i + ": " + e);
            }
            try {
                ProcInterrupts p = ProcInterruptsParser.parse("i.txt", bytes);
                p.messageRowsOf(new org.natsume.model.bdf.Bdf(0, 0, 0x1f, 2));
            } catch (LspciFormatException e) {
                if (!e.getMessage().startsWith("i.txt")) crashes.add("interrupts #" + i + ": message does not name the file: " + e.getMessage());
            } catch (RuntimeException e) {
                crashes.add("interrupts #" + i + ": " + e);
            }
        }
        assertEquals(List.of(), crashes.subList(0, Math.min(5, crashes.size())));
    }

    private static String mutate(String s, Random r) {
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            int pos = r.nextInt(s.length() + 1);
            switch (r.nextInt(3)) {
                case 0 -> s = s.substring(0, pos) + FRAGMENTS[r.nextInt(FRAGMENTS.length)] + s.substring(pos);
                case 1 -> s = s.substring(0, pos) + s.substring(Math.min(s.length(), pos + r.nextInt(40)));
                default -> {
                    String block = s.substring(pos, Math.min(s.length(), pos + r.nextInt(200)));
                    int to = r.nextInt(s.length() + 1);
                    s = s.substring(0, to) + block + s.substring(to);
                }
            }
        }
        return s;
    }
}
