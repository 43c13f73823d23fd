package org.natsume.export.dom0less;

/**
 * The addresses the exporter chooses. Two kinds: the guest addresses of passed-through MMIO, which are real choices
 * inside Xen's guest memory map, and placeholders for what only the board knows (where U-Boot loads each boot module,
 * the host address and size of each device's registers), marked FILL IN in the files.
 */
final class Layout {

    /**
     * Guest MMIO window for passed-through devices: from the end of GUEST_MAGIC (0x39000000 + 16 MiB) to
     * GUEST_RAM0_BASE (0x40000000), a hole of xen/include/public/arch-arm.h in Xen 4.19 (and still in 4.22) that no
     * virtual device of a dom0less guest uses.
     */
    static final long GUEST_MMIO_BASE = 0x3a000000L;
    static final long GUEST_MMIO_END = 0x40000000L;
    /** One 64 KiB page-aligned region per device; the model has no BARs, so the size is a placeholder. */
    static final long DEVICE_REGION = 0x10000L;
    static final int MAX_DEVICES_PER_DOMAIN = (int) ((GUEST_MMIO_END - GUEST_MMIO_BASE) / DEVICE_REGION);

    /** Placeholder load addresses of the boot modules in host RAM: one 32 MiB slot each, in file order. */
    static final long MODULE_BASE = 0x50000000L;
    static final long MODULE_SLOT = 0x02000000L;

    /** GUEST_PHANDLE_GIC (xen/include/public/arch-arm.h): the phandle of the GIC node Xen writes into a guest's tree. */
    static final int GUEST_PHANDLE_GIC = 65000;

    /** GUEST_VPL011_SPI is INTID 32, i.e. SPI 0: the interrupt of the virtual PL011 console. */
    static final int VPL011_SPI = 0;
    /** The GIC architecture's SPIs are INTIDs 32-1019, so SPI numbers 0-987. */
    static final int MAX_SPI = 1019 - 32;
    /** GUEST_MAX_VCPUS (xen/include/public/arch-arm.h, Xen 4.19). */
    static final int MAX_VCPUS = 128;

    private long nextModule = MODULE_BASE;

    private Layout() {
    }

    /** A fresh placement of boot modules, for one device tree. */
    static Layout forModules() {
        return new Layout();
    }

    /** The placeholder address of the next boot module. */
    long nextModule() {
        long a = nextModule;
        nextModule += MODULE_SLOT;
        return a;
    }

    /** The guest address of the {@code index}-th device passed through to one domain. */
    static long guestDeviceAddress(int index) {
        return GUEST_MMIO_BASE + index * DEVICE_REGION;
    }
}
