package org.natsume.editor.diagram;

import org.natsume.model.Nic;
import org.natsume.model.PciBridge;
import org.natsume.model.PciFunction;

/** What kind of PCI function a figure shows, from its class and PCI class code (domain.md §2.1, §4.3). */
public enum DeviceKind {
    NIC("NIC", 0x020000), USB("USB controller", 0x0c0320), STORAGE("Storage controller", 0x010601),
    BRIDGE("PCI bridge", 0x060400), GENERIC("Device", 0x000000);

    private final String label;
    private final int classCode;

    DeviceKind(String label, int classCode) {
        this.label = label;
        this.classCode = classCode;
    }

    public String label() {
        return label;
    }

    /** The class code a new function of this kind gets. */
    public int classCode() {
        return classCode;
    }

    public static DeviceKind of(PciFunction f) {
        if (f instanceof PciBridge) {
            return BRIDGE;
        }
        if (f instanceof Nic) {
            return NIC;
        }
        int base = (f.getClassCode() >> 16) & 0xff;
        int sub = (f.getClassCode() >> 8) & 0xff;
        if (base == 0x02) {
            return NIC;
        }
        if (base == 0x0c && sub == 0x03) {
            return USB;
        }
        if (base == 0x01) {
            return STORAGE;
        }
        if (base == 0x06 && sub == 0x04) {
            return BRIDGE;
        }
        return GENERIC;
    }
}
