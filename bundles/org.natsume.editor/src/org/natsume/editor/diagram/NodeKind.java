package org.natsume.editor.diagram;

import org.natsume.model.DomainKind;

/** The things the palette creates (domain.md §2.1, §2.2, §2.4). */
public enum NodeKind {
    CPU("CPU", "A logical CPU (PCPU)"),
    IO_APIC("IO-APIC", "An IO-APIC with 24 pins; its GSIs follow the last one"),
    PCI_BUS("PCI bus", "A root PCI bus (host bridge)"),
    PCI_BRIDGE("PCI bridge", "A PCI-to-PCI bridge with its secondary bus; drop it on a bus"),
    NIC("NIC", "An Ethernet controller (e1000e); drop it on a bus"),
    USB("USB controller", "A USB host controller (uhci_hcd); drop it on a bus"),
    STORAGE("Storage", "A SATA/AHCI controller; drop it on a bus"),
    DEVICE("Device", "A generic PCI function; drop it on a bus"),
    INTERRUPT_LINE("Interrupt line", "A GSI that INTx pins are routed to"),
    DOM0("Dom0", "The driver domain"),
    DOMU("DomU", "An ordinary guest"),
    RT_VM("RT-VM", "The real-time guest"),
    VCPU("VCPU", "A virtual CPU; drop it on a domain"),
    EXTERNAL_HOST("External host", "A machine outside the box: netperf peer or flooder");

    private final String label;
    private final String description;

    NodeKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** For devices: which kind of function; otherwise {@code null}. */
    public DeviceKind deviceKind() {
        return switch (this) {
        case NIC -> DeviceKind.NIC;
        case USB -> DeviceKind.USB;
        case STORAGE -> DeviceKind.STORAGE;
        case DEVICE -> DeviceKind.GENERIC;
        case PCI_BRIDGE -> DeviceKind.BRIDGE;
        default -> null;
        };
    }

    /** For domains: which kind; otherwise {@code null}. */
    public DomainKind domainKind() {
        return switch (this) {
        case DOM0 -> DomainKind.DOM0;
        case DOMU -> DomainKind.DOMU;
        case RT_VM -> DomainKind.RT_VM;
        default -> null;
        };
    }
}
