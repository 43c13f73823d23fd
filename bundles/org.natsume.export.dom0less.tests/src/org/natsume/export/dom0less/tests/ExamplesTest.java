package org.natsume.export.dom0less.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.natsume.configio.export.ExportResult;
import org.natsume.configio.export.ExportWriter;
import org.natsume.configio.export.Exporters;
import org.natsume.export.dom0less.Dom0lessExporter;
import org.natsume.model.examples.Examples;

/**
 * Every built-in example through the dom0less target: the files are the golden ones byte for byte, every file of
 * an accepted example compiles with dtc without a warning, and the values Xen reads are read back from the
 * compiled trees with fdtget; the refused examples give the expected reasons.
 */
class ExamplesTest {

    /** Each example's expected verdict: null = accepted, else a piece of the first refusal reason. */
    private static final Map<String, String> VERDICT = new java.util.HashMap<>();

    static {
        VERDICT.put("paper-case1-native", "the model has no Xen hypervisor (native topology)");
        VERDICT.put("paper-case2-vif", null);
        VERDICT.put("paper-case3-passthrough-shared", "GSI 16 is shared by 0000:05:00.0 (guestB) and 0000:00:1a.0 (Domain-0); Xen on Arm routes an SPI to exactly one domain");
        VERDICT.put("paper-case3-passthrough-unshared", null);
        VERDICT.put("synthetic-500", "GSI 16 is shared by 0000:01:00.0 (guest0) and 0000:01:00.1 (Domain-0)");
        VERDICT.put("template-empty-machine", "the model has no guest domain");
        VERDICT.put("template-rt-vm-passthrough", null);
    }

    @TempDir
    Path dir;

    static List<String> examples() {
        return Examples.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void matchesTheGoldenFiles(String example) throws Exception {
        for (var e : Golden.of(example).entrySet()) {
            String expected = Golden.read(e.getKey());
            assertNotNull(expected, "no golden file " + e.getKey() + " (regenerate with Golden's main and review the diff)");
            assertEquals(expected, e.getValue(), e.getKey());
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void acceptsOrRefusesAsExpected(String example) throws Exception {
        assertTrue(VERDICT.containsKey(example), "a new example: add its expected dom0less verdict here");
        ExportResult r = export(example);
        String expected = VERDICT.get(example);
        if (expected == null) {
            assertFalse(r.refused(), () -> r.refusal().get().getMessage());
            for (Path f : r.written()) {
                if (f.toString().endsWith(".dts")) Dtc.compile(f);
            }
            Dtc.compile(Dtc.boardWith(dir.resolve(example).resolve("dom0less")));
        } else {
            assertTrue(r.refused(), example + " should be refused");
            String first = r.refusal().get().reasons().get(0);
            assertTrue(first.contains(expected), first);
        }
    }

    /** Paper case 3 with the NICs swapped: the RT-VM's NIC alone on GSI 20. */
    @Test
    void theRtVmOfCase3HasItsNicAsAPlatformDevice() throws Exception {
        ExportResult r = export("paper-case3-passthrough-unshared");
        Path out = dir.resolve("paper-case3-passthrough-unshared/dom0less");
        assertEquals(List.of(out.resolve("xen-chosen.dtsi"), out.resolve("guestB-passthrough.dts"), out.resolve("dom0-setup.sh")), r.written());
        Path partial = Dtc.compile(out.resolve("guestB-passthrough.dts"));
        String nic = "/passthrough/ethernet@3a000000";
        assertEquals("pci8086,10cc pciclass,020000", Dtc.get(partial, nic, "compatible", "s"));
        assertEquals("0 3a000000 0 10000", Dtc.get(partial, nic, "reg", "x"));
        assertEquals("0 14 4", Dtc.get(partial, nic, "interrupts", "x"), "GIC_SPI 20 (the model's GSI) level-high");
        assertEquals("fde8", Dtc.get(partial, nic, "interrupt-parent", "x"), "GUEST_PHANDLE_GIC");
        assertEquals("fde8", Dtc.get(partial, "/gic", "phandle", "x"));
        assertEquals("/fill-in/ethernet-0000-00-19.0", Dtc.get(partial, nic, "xen,path", "s"));
        assertEquals("0 0 0 10000 0 3a000000", Dtc.get(partial, nic, "xen,reg", "x"));
        assertFalse(Dtc.has(partial, nic, "xen,force-assign-without-iommu"), "assignment needs an IOMMU unless the user says otherwise");

        Path board = Dtc.compile(Dtc.boardWith(out));
        assertEquals("xen,domain", Dtc.get(board, "/chosen/guestB", "compatible", "s"));
        assertEquals("0 80000", Dtc.get(board, "/chosen/guestB", "memory", "x"), "512 MiB in KiB");
        assertEquals("1", Dtc.get(board, "/chosen/guestB", "cpus", "u"));
        assertTrue(Dtc.has(board, "/chosen/guestB", "vpl011"));
        assertFalse(Dtc.has(board, "/chosen/guestB", "xen,enhanced"), "guest B has no vif");
        assertEquals("enabled", Dtc.get(board, "/chosen/guestA", "xen,enhanced", "s"), "guest A's vif needs xenstore");
        assertEquals("multiboot,device-tree multiboot,module", Dtc.get(board, "/chosen/guestB/module@5c000000", "compatible", "s"));
        assertEquals("multiboot,kernel multiboot,module", Dtc.get(board, "/chosen/module@50000000", "compatible", "s"), "Dom0's kernel");
        assertTrue(Dtc.get(board, "/chosen", "xen,xen-bootargs", "s").contains("dom0_mem=1024M dom0_max_vcpus=8 sched=credit"));
        assertTrue(Dtc.has(board, "/fill-in/ethernet-0000-00-19.0", "xen,passthrough"), "Dom0 must not take the NIC");

        String setup = Files.readString(out.resolve("dom0-setup.sh"));
        assertTrue(setup.contains("xl vcpu-pin 2 0 2 || status=1\n"), "guest B, created second, on PCPU 2:\n" + setup);
        assertTrue(setup.contains("xl network-attach 1 'mac=00:16:3e:00:00:0a' 'bridge=xenbr0' || status=1\n"), setup);
        Shell.checkSyntax(out.resolve("dom0-setup.sh"));
    }

    private ExportResult export(String example) throws Exception {
        return new ExportWriter(dir.resolve(example)).run(Exporters.resolve(Examples.load(example)), List.of(new Dom0lessExporter())).get(0);
    }
}
