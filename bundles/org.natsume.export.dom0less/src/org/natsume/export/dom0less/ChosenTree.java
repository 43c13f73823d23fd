package org.natsume.export.dom0less;

import java.util.List;
import java.util.Optional;

import org.natsume.topology.Topology;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.HypervisorInfo;

/**
 * The {@code /chosen} part of the host device tree (Xen 4.19 docs/misc/arm/device-tree/booting.txt): Xen's and Dom0's
 * command lines, Dom0's kernel and ramdisk modules, and one {@code xen,domain} node per guest with its memory (in KiB),
 * VCPU count, virtual PL011 console and kernel, ramdisk and partial-device-tree modules; then {@code xen,passthrough}
 * on the host node of every passed-through device, so that Dom0 does not take it (device-tree/passthrough.txt). The
 * file is a .dtsi for the end of the board's .dts.
 */
final class ChosenTree {

    private ChosenTree() {
    }

    static String render(Topology t, List<GuestNode> guests) {
        HypervisorInfo h = t.hypervisor().orElseThrow();
        DomainInfo dom0 = t.dom0().orElseThrow();
        Layout modules = Layout.forModules();
        StringBuilder s = new StringBuilder("/*\n");
        s.append(Sources.header(" * ", t, "Xen dom0less /chosen nodes (Xen 4.19 docs/misc/arm/device-tree/booting.txt)"));
        s.append(" * Append to the board's device tree source:  /include/ \"xen-chosen.dtsi\"\n");
        s.append(" * FILL IN: the module addresses are placeholders, one 32 MiB slot each from ").append(Dts.hex(Layout.MODULE_BASE))
                .append(";\n");
        s.append(" * load each file there and set its reg to the file's size (U-Boot: fdt set <module> reg <0x0 ADDR 0x0 ${filesize}>).\n");
        s.append(" * The host paths of passed-through devices (at the end) must name the board's nodes.\n */\n\n");
        s.append("/ {\n\tchosen {\n\t\t#address-cells = <2>;\n\t\t#size-cells = <2>;\n");
        s.append("\t\txen,xen-bootargs = ").append(Dts.string(xenArgs(h, dom0)).orElseThrow()).append(";\n");
        s.append("\t\txen,dom0-bootargs = ").append(Dts.string(dom0.extra().orElse("console=hvc0 earlycon=xen")).orElseThrow()).append(";\n");
        module(s, "\t\t", modules, "multiboot,kernel", "Dom0 kernel: " + dom0.kernel().orElse("Image-dom0"), Optional.empty());
        module(s, "\t\t", modules, "multiboot,ramdisk", "Dom0 ramdisk: " + dom0.ramdisk().orElse("initrd-dom0"), Optional.empty());
        for (GuestNode g : guests) guest(s, modules, g);
        s.append("\t};\n};\n");
        for (GuestNode g : guests) {
            for (PassthroughDevice d : g.devices()) {
                s.append("\n/* ").append(d.function().bdf()).append(", passed through to ").append(Dts.comment(g.domain().name()))
                        .append("; FILL IN the path */\n");
                s.append("&{").append(d.hostPath()).append("} {\n\txen,passthrough;\n};\n");
            }
        }
        return s.toString();
    }

    /** Xen's command line: the console, and Dom0's size and scheduler as the boot target writes them (domain.md §7.1). */
    private static String xenArgs(HypervisorInfo h, DomainInfo dom0) {
        StringBuilder a = new StringBuilder("console=dtuart dtuart=serial0");
        if (dom0.memoryMiB() > 0) a.append(" dom0_mem=").append(dom0.memoryMiB()).append('M');
        if (!dom0.vcpus().isEmpty()) a.append(" dom0_max_vcpus=").append(dom0.vcpus().size());
        if (Dom0Setup.dom0IdentityPinned(dom0)) a.append(" dom0_vcpus_pin");
        a.append(" sched=").append(h.scheduler().name().toLowerCase(java.util.Locale.ROOT));
        return a.toString();
    }

    private static void guest(StringBuilder s, Layout modules, GuestNode g) {
        DomainInfo d = g.domain();
        s.append("\n\t\t/* ").append(Dts.comment(d.name())).append(" (").append(d.kind()).append("), created as domain ").append(g.createdAs());
        if (!d.pinnedCpus().isEmpty()) s.append("; its VCPU pinning is applied by dom0-setup.sh");
        s.append(" */\n");
        s.append("\t\t").append(g.nodeName()).append(" {\n");
        s.append("\t\t\tcompatible = \"xen,domain\";\n\t\t\t#address-cells = <2>;\n\t\t\t#size-cells = <2>;\n");
        s.append("\t\t\tmemory = <").append(Dts.cells64(d.memoryMiB() * 1024)).append(">; /* ").append(d.memoryMiB()).append(" MiB in KiB */\n");
        s.append("\t\t\tcpus = <").append(d.vcpus().size()).append(">;\n");
        s.append("\t\t\tvpl011;\n");
        if (!d.vifs().isEmpty()) s.append("\t\t\txen,enhanced = \"enabled\"; /* xenstore and grant tables for its vifs */\n");
        module(s, "\t\t\t", modules, "multiboot,kernel", "kernel: " + d.kernel().orElse("Image-" + g.nodeName()),
                Optional.of(d.extra().orElse("console=ttyAMA0")));
        module(s, "\t\t\t", modules, "multiboot,ramdisk", "ramdisk: " + d.ramdisk().orElse("initrd-" + g.nodeName()), Optional.empty());
        if (!g.devices().isEmpty()) {
            module(s, "\t\t\t", modules, "multiboot,device-tree", "partial device tree: " + g.nodeName() + "-passthrough.dtb", Optional.empty());
        }
        s.append("\t\t};\n");
    }

    private static void module(StringBuilder s, String indent, Layout modules, String kind, String what, Optional<String> bootargs) {
        long at = modules.nextModule();
        s.append(indent).append("/* ").append(Dts.comment(what)).append(" */\n");
        s.append(indent).append("module@").append(Dts.unit(at)).append(" {\n");
        s.append(indent).append("\tcompatible = \"").append(kind).append("\", \"multiboot,module\";\n");
        s.append(indent).append("\treg = <").append(Dts.cells64(at)).append(' ').append(Dts.cells64(Layout.MODULE_SLOT)).append(">;\n");
        if (bootargs.isPresent()) s.append(indent).append("\tbootargs = ").append(Dts.string(bootargs.get()).orElseThrow()).append(";\n");
        s.append(indent).append("};\n");
    }
}
