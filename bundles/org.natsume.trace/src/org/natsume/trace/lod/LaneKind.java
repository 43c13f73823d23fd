package org.natsume.trace.lod;

/**
 * The rows of a timeline (domain.md §6.3 outputs): physical CPUs, domains, each domain's VCPUs, GSI lines and devices.
 * Some lanes also carry state residency — which state the lane was in for how long — in named slots.
 */
public enum LaneKind {
    /** A PCPU. Slot: BUSY (some VCPU is RUNNING on it). */
    CPU("BUSY"),
    /** A domain's interrupt events (notify, upcall, ISR, EOI). No state slots. */
    DOMAIN,
    /** One VCPU of a domain (lane id = domain &lt;&lt; 8 | vcpu). Slots: run states, then credit priority classes (domain.md §5.1; see VcpuStateArg). */
    VCPU("RUNNING", "RUNNABLE", "BLOCKED", "BOOST", "UNDER", "OVER", "OTHER"),
    /** An IO-APIC line. Slots: ASSERTED (pin up, not yet taken by Xen), IN_FLIGHT (awaiting guest EOIs), MASKED. */
    GSI("ASSERTED", "IN_FLIGHT", "MASKED"),
    /** A device (by trace device number). No state slots. */
    DEVICE;

    /** Index of the first priority slot of a VCPU lane. */
    public static final int VCPU_PRIORITY_SLOT = 3;
    public static final int GSI_ASSERTED = 0;
    public static final int GSI_IN_FLIGHT = 1;
    public static final int GSI_MASKED = 2;

    private final String[] slots;

    LaneKind(String... slots) {
        this.slots = slots;
    }

    public int slotCount() {
        return slots.length;
    }

    public String slotName(int slot) {
        return slots[slot];
    }
}
