package org.natsume.export.dom0less;

import org.natsume.topology.Topology;
import org.natsume.topology.Topology.PciFunctionInfo;

/**
 * The partial device tree of one guest (Xen docs/misc/arm/passthrough.txt, "Dom0-less Device Passthrough"): a
 * {@code /gic} placeholder node, which Xen replaces by the guest's GIC and whose phandle the device nodes reference,
 * and a {@code /passthrough} simple-bus with one node per device carrying {@code xen,reg} (host address, size, guest
 * address) and {@code xen,path} (the node in the host tree). Xen copies {@code /passthrough} into the guest's tree.
 */
final class PartialTree {

    private PartialTree() {
    }

    static String render(Topology t, GuestNode g) {
        StringBuilder s = new StringBuilder("/dts-v1/;\n\n/*\n");
        s.append(Sources.header(" * ", t, "Xen dom0less partial device tree (Xen 4.19 docs/misc/arm/passthrough.txt)"));
        s.append(" * Devices passed through to ").append(Dts.comment(g.domain().name())).append(" (").append(g.domain().kind())
                .append("), created by Xen as domain ").append(g.createdAs()).append(".\n");
        s.append(" * Compile: dtc -I dts -O dtb -o ").append(g.nodeName()).append("-passthrough.dtb ").append(g.partialTreeFile()).append('\n');
        s.append(" * The model is a PCI machine and has no register windows: FILL IN each device's host address and size\n");
        s.append(" * (the first two numbers of xen,reg) and its xen,path from the board's device tree. The guest address\n");
        s.append(" * (reg, and the last number of xen,reg) is free in Xen's guest memory map. Interrupts are the model's\n");
        s.append(" * lines, as SPIs of the same number; Xen maps them 1:1 (VIRQ == IRQ), so they must match the board.\n");
        s.append(" * Add xen,force-assign-without-iommu; to a device only if no SMMU covers it (unsafe for DMA, see passthrough.txt).\n");
        s.append(" */\n\n");
        s.append("/ {\n\t#address-cells = <2>;\n\t#size-cells = <2>;\n\n");
        s.append("\t/* replaced by Xen with the guest's GIC node; the phandle is GUEST_PHANDLE_GIC */\n");
        s.append("\tgic: gic {\n\t\t#interrupt-cells = <3>;\n\t\t#address-cells = <0>;\n\t\tinterrupt-controller;\n\t\tphandle = <").append(Dts.hex(Layout.GUEST_PHANDLE_GIC))
                .append(">;\n\t};\n\n");
        s.append("\tpassthrough {\n\t\tcompatible = \"simple-bus\";\n\t\tranges;\n\t\t#address-cells = <2>;\n\t\t#size-cells = <2>;\n");
        for (PassthroughDevice d : g.devices()) device(s, d);
        s.append("\t};\n};\n");
        return s.toString();
    }

    private static void device(StringBuilder s, PassthroughDevice d) {
        PciFunctionInfo f = d.function();
        s.append("\n\t\t/* ").append(f.bdf()).append(' ').append(Dts.comment(f.description()));
        s.append(d.spi().isPresent() ? ", INTx on GSI " + d.spi().getAsInt() : ", no interrupt line").append(" */\n");
        s.append("\t\t").append(d.nodeName()).append(" {\n");
        s.append("\t\t\tcompatible = ").append(d.compatible()).append(";\n");
        s.append("\t\t\treg = <").append(Dts.cells64(d.guestAddress())).append(' ').append(Dts.cells64(Layout.DEVICE_REGION)).append(">;\n");
        if (d.spi().isPresent()) {
            s.append("\t\t\tinterrupt-parent = <&gic>;\n");
            s.append("\t\t\tinterrupts = <0 ").append(d.spi().getAsInt()).append(' ').append(d.irqFlags()).append(">; /* GIC_SPI ")
                    .append(d.spi().getAsInt()).append(d.irqFlags() == PassthroughDevice.LEVEL_HIGH ? " IRQ_TYPE_LEVEL_HIGH" : " IRQ_TYPE_EDGE_RISING")
                    .append(" */\n");
        }
        s.append("\t\t\txen,path = \"").append(d.hostPath()).append("\"; /* FILL IN: this device's node in the host tree */\n");
        s.append("\t\t\txen,reg = <").append(Dts.cells64(0)).append(' ').append(Dts.cells64(Layout.DEVICE_REGION)).append(' ')
                .append(Dts.cells64(d.guestAddress())).append(">; /* FILL IN: host address and size */\n");
        s.append("\t\t};\n");
    }
}
