package org.natsume.export.dom0less;

import java.util.Locale;
import java.util.OptionalInt;

import org.natsume.topology.Topology;
import org.natsume.topology.Topology.PciFunctionInfo;

/**
 * How one passed-through PCI function appears on Arm. Xen on Arm assigns device-tree (platform) devices to dom0less
 * guests, not PCI functions (SUPPORT.md 4.19: "ARM/Non-PCI device passthrough"), so the function becomes the platform
 * device node of the same device on an Arm board: named by its class, identified by the PCI binding's
 * {@code pciVVVV,DDDD} and {@code pciclass,CCSSPP} compatibles, one MMIO region at a guest address of {@link Layout},
 * and its interrupt line as an SPI of the same number (the GSI of the model), mapped 1:1 into the guest as
 * passthrough.txt requires (VIRQ == IRQ). The host path is a placeholder that names the BDF.
 *
 * @param spi empty when the function is routed to no line.
 */
record PassthroughDevice(PciFunctionInfo function, String nodeName, long guestAddress, String hostPath, OptionalInt spi,
        int irqFlags) {

    /** GIC binding interrupt type flags: IRQ_TYPE_EDGE_RISING and IRQ_TYPE_LEVEL_HIGH. */
    static final int EDGE_RISING = 1;
    static final int LEVEL_HIGH = 4;

    static PassthroughDevice of(Topology t, PciFunctionInfo f, int index) {
        String generic = genericName(f.classCode());
        long guest = Layout.guestDeviceAddress(index);
        String bdf = f.bdf().toString().replace(':', '-');
        OptionalInt spi = f.gsi().isPresent() ? OptionalInt.of(f.gsi().get()) : OptionalInt.empty();
        int flags = f.gsi().flatMap(t.machine()::line).map(l -> l.trigger() == Topology.Trigger.EDGE ? EDGE_RISING : LEVEL_HIGH)
                .orElse(LEVEL_HIGH); // PCI INTx is level-triggered
        return new PassthroughDevice(f, generic + "@" + Dts.unit(guest), guest, "/fill-in/" + generic + "-" + bdf, spi, flags);
    }

    /** The generic node names of the Devicetree Specification (v0.4, 2.2.2) for the PCI classes that have one. */
    static String genericName(int classCode) {
        int baseSub = classCode >>> 8;
        return switch (baseSub) {
            case 0x0200 -> "ethernet";
            case 0x0280 -> "wifi";
            case 0x0106 -> "sata";
            case 0x0108 -> "nvme";
            case 0x0c03 -> "usb";
            case 0x0c05 -> "i2c";
            case 0x0700 -> "serial";
            case 0x0403 -> "sound";
            default -> switch (baseSub >>> 8) {
                case 0x03 -> "display";
                case 0x02 -> "network";
                default -> "device";
            };
        };
    }

    /** The PCI bus binding's compatible strings: vendor/device, then the class. */
    String compatible() {
        PciFunctionInfo f = function;
        return String.format(Locale.ROOT, "\"pci%x,%x\", \"pciclass,%06x\"", f.vendorId(), f.deviceId(), f.classCode() & 0xffffff);
    }
}
