package org.natsume.export.dom0less.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.export.dom0less.tests.Topologies.emulated;
import static org.natsume.export.dom0less.tests.Topologies.passthrough;
import static org.natsume.export.dom0less.tests.Topologies.vcpu;
import static org.natsume.export.dom0less.tests.Topologies.vif;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.configio.export.ExportRefusedException;
import org.natsume.configio.export.ExportResult;
import org.natsume.configio.export.ExportWriter;
import org.natsume.configio.export.GeneratedFile;
import org.natsume.export.dom0less.Dom0lessExporter;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.InterruptMode;

/** Small topologies built by hand: each refusal rule, and the accepted shapes compiled by dtc and read back. */
class HandBuiltTest {

    @TempDir
    Path dir;

    private static List<String> refusal(Topology t) {
        return assertThrows(ExportRefusedException.class, () -> new Dom0lessExporter().export(t)).reasons();
    }

    private static void assertRefused(Topology t, String expected) {
        List<String> reasons = refusal(t);
        assertTrue(reasons.stream().anyMatch(r -> r.contains(expected)), "expected '" + expected + "' in " + reasons);
    }

    @Test
    void aLineSharedWithDom0IsRefused() {
        Topology t = new Topologies().usb("0000:00:1a.0", 16, "dom0").nic("0000:05:00.0", 16, InterruptMode.INTX, "rt")
                .guest("rt", 1, "rt", DomainKind.RT_VM, 128, List.of(vcpu(0, 1)), List.of(passthrough("0000:05:00.0"))).build();
        assertEquals(List.of("GSI 16 is shared by 0000:05:00.0 (rt) and 0000:00:1a.0 (Domain-0); Xen on Arm routes an SPI to exactly one"
                + " domain, so domain 'rt' cannot take it (move the devices to one domain, use a slot on another line, or leave the device"
                + " to Dom0)"), refusal(t));
    }

    @Test
    void aLineSharedByTwoGuestsIsRefused() {
        Topology t = new Topologies().nic("0000:05:00.0", 17, InterruptMode.INTX, "a").nic("0000:06:00.0", 17, InterruptMode.INTX, "b")
                .guest("a", 1, "a", DomainKind.DOMU, 128, List.of(vcpu(0, 1)), List.of(passthrough("0000:05:00.0")))
                .guest("b", 2, "b", DomainKind.RT_VM, 128, List.of(vcpu(0, 2)), List.of(passthrough("0000:06:00.0"))).build();
        assertRefused(t, "GSI 17 is shared by 0000:05:00.0 (a) and 0000:06:00.0 (b)");
        assertRefused(t, "GSI 17 is shared by 0000:06:00.0 (b) and 0000:05:00.0 (a)");
    }

    @Test
    void aLineSharedWithinOneGuestIsAcceptedAndCompiles() throws Exception {
        Topology t = new Topologies().nic("0000:05:00.0", 17, InterruptMode.INTX, "rt").usb("0000:05:00.1", 17, "rt")
                .nic("0000:07:00.0", null, InterruptMode.INTX, "rt")
                .guest("rt", 1, "rt", DomainKind.RT_VM, 64, List.of(vcpu(0, 1), vcpu(1, 2)),
                        List.of(passthrough("0000:05:00.1"), passthrough("0000:05:00.0"), passthrough("0000:07:00.0"))).build();
        Path out = write(t);
        Path partial = Dtc.compile(out.resolve("rt-passthrough.dts"));
        // BDF order, one 64 KiB window each, both on SPI 17 (route_irq_to_guest accepts the same domain and vIRQ again)
        assertEquals("0 11 4", Dtc.get(partial, "/passthrough/ethernet@3a000000", "interrupts", "x"));
        assertEquals("0 11 4", Dtc.get(partial, "/passthrough/usb@3a010000", "interrupts", "x"));
        assertEquals("pci8086,3a37 pciclass,0c0300", Dtc.get(partial, "/passthrough/usb@3a010000", "compatible", "s"));
        assertFalse(Dtc.has(partial, "/passthrough/ethernet@3a020000", "interrupts"), "a function on no line has no interrupt");
        Path board = Dtc.compile(Dtc.boardWith(out));
        assertEquals("2", Dtc.get(board, "/chosen/rt", "cpus", "u"));
        assertEquals("0 10000", Dtc.get(board, "/chosen/rt", "memory", "x"), "64 MiB in KiB");
        String setup = Files.readString(out.resolve("dom0-setup.sh"));
        assertTrue(setup.contains("xl vcpu-pin 1 0 1 || status=1\nxl vcpu-pin 1 1 2 || status=1\n"), setup);
        assertFalse(setup.contains("init-dom0less"), "no guest has a vif, so none needs xenstore");
    }

    @Test
    void msiIsRefused() {
        Topology t = new Topologies().nic("0000:05:00.0", 16, InterruptMode.MSIX, "rt")
                .guest("rt", 1, "rt", DomainKind.RT_VM, 64, List.of(vcpu(0, 1)), List.of(passthrough("0000:05:00.0"))).build();
        assertRefused(t, "domain 'rt': 0000:05:00.0 uses MSIX; a dom0less guest has no virtual GICv3 ITS");
    }

    @Test
    void cpusTheMachineLacksOrHasDisabledAreRefused() {
        Topology t = new Topologies().guest("rt", 1, "rt", DomainKind.RT_VM, 64, List.of(vcpu(0, 7), vcpu(1, 3)), List.of()).build();
        assertRefused(t, "domain 'rt': VCPU 0 is pinned to PCPU 7, which the machine does not have");
        assertRefused(t, "domain 'rt': VCPU 1 is pinned to PCPU 3, which is disabled");
    }

    @Test
    void whatTheBindingCannotExpressIsRefused() {
        Topology t = new Topologies().scheduler(Topology.Scheduler.SEDF).nic("0000:05:00.0", 0, InterruptMode.INTX, "a")
                .nic("0000:06:00.0", 1000, InterruptMode.INTX, "a")
                .guest("a", 1, "a", DomainKind.DOMU, 0, List.of(), List.of(passthrough("0000:05:00.0"), passthrough("0000:06:00.0"),
                        emulated("0000:06:00.0"), passthrough("0000:09:00.0"), vif("00:16:3e:zz:00:01", "br,0")))
                .guest("b", 2, "a", DomainKind.DOMU, 64, List.of(vcpu(0, 1)), List.of(passthrough("0000:05:00.0"))).build();
        List<String> reasons = refusal(t);
        for (String expected : List.of("the SEDF scheduler was removed", "domains [1, 2] are all named 'a'",
                "memory must be at least 1 MiB", "has no VCPU", "GSI 0, which becomes SPI 0, the SPI of the guest's virtual PL011",
                "GSI 1000, beyond the GIC's last SPI (987", "no device model (EMULATED attachment of 0000:06:00.0)",
                "passes through 0000:09:00.0, which the machine does not have", "0000:05:00.0 is passed through to both 'a' and 'a'",
                "vif MAC '00:16:3e:zz:00:01' is not six hex octets", "vif bridge 'br,0' is not a Linux interface name")) {
            assertTrue(reasons.stream().anyMatch(r -> r.contains(expected)), "expected '" + expected + "' in " + reasons);
        }
    }

    @Test
    void aNativeTopologyOrOneWithoutGuestsIsRefused() {
        Topology t = new Topologies().build();
        assertEquals(List.of("the model has no guest domain for Xen to create from the device tree"), refusal(t));
        Topology nativeHost = new Topology(t.name(), t.machine(), java.util.Optional.empty(), t.domains(), t.workloads(), t.timing());
        assertEquals(List.of("the model has no Xen hypervisor (native topology); a dom0less device tree boots Xen"), refusal(nativeHost));
    }

    /** Names and command lines that dtc would misread unless quoted; node names from any model name. */
    @Test
    void hostileNamesStayInsideTheirStringsAndComments() throws Exception {
        String extra = "console=ttyAMA0 init=\"/bin/sh\" \\ */ \ttab";
        Topology t = new Topologies().guestWithExtra("x", 1, "9 lives */ \"q\"", extra).guestWithExtra("y", 2, "9 lives */ 'q'", "a\u0001b")
                .build();
        Path out = write(t);
        String chosen = Files.readString(out.resolve("xen-chosen.dtsi"));
        assertTrue(chosen.contains("\t\tdomU-9-lives-----q- {\n") && chosen.contains("\t\tdomU-9-lives-----q--2 {\n"), chosen);
        Path board = Dtc.compile(Dtc.boardWith(out));
        String module = "/chosen/domU-9-lives-----q-/module@54000000";
        assertEquals(extra, Dtc.get(board, module, "bootargs", "s"), "the command line reaches Xen unchanged");
        assertTrue(refusal(new Topologies().guestWithExtra("z", 1, "z", "nul\u0000").build()).get(0).contains("NUL"));
    }

    @Test
    void theSameTopologyGivesTheSameBytes() throws Exception {
        Topology t = new Topologies().nic("0000:05:00.0", 20, InterruptMode.INTX, "rt")
                .guest("rt", 1, "rt", DomainKind.RT_VM, 64, List.of(vcpu(0, 1)), List.of(passthrough("0000:05:00.0"), vif("00:16:3e:00:00:01", "xenbr0")))
                .build();
        List<GeneratedFile> a = new Dom0lessExporter().export(t);
        List<GeneratedFile> b = new Dom0lessExporter().export(t);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i).bytes(), b.get(i).bytes(), a.get(i).relativePath());
        assertTrue(a.get(a.size() - 1).executable(), "dom0-setup.sh is a script");
    }

    private Path write(Topology t) throws Exception {
        ExportResult r = new ExportWriter(dir).run(t, List.of(new Dom0lessExporter())).get(0);
        assertFalse(r.refused(), () -> r.refusal().get().getMessage());
        for (Path f : r.written()) if (f.toString().endsWith(".sh")) Shell.checkSyntax(f);
        return dir.resolve("dom0less");
    }
}
