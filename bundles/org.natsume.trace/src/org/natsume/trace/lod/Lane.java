package org.natsume.trace.lod;

import org.natsume.trace.TraceMetadata;

/** One timeline row: a {@link LaneKind} and the number of the CPU, domain, VCPU, GSI or device it shows. */
public record Lane(LaneKind kind, int id) implements Comparable<Lane> {

    public static Lane cpu(int cpu) {
        return new Lane(LaneKind.CPU, cpu);
    }

    public static Lane domain(int domain) {
        return new Lane(LaneKind.DOMAIN, domain);
    }

    public static Lane vcpu(int domain, int vcpu) {
        return new Lane(LaneKind.VCPU, domain << 8 | vcpu);
    }

    public static Lane gsi(int gsi) {
        return new Lane(LaneKind.GSI, gsi);
    }

    public static Lane device(int device) {
        return new Lane(LaneKind.DEVICE, device);
    }

    private static final int IPI_SEND = org.natsume.trace.TraceKind.IPI_SEND.ordinal();
    private static final int VCPU_STATE = org.natsume.trace.TraceKind.VCPU_STATE.ordinal();

    /**
     * Whether an event of this kind with domain ≥ 0 counts in its DOMAIN lane: not {@code IPI_SEND}, whose domain field
     * is the target PCPU, and not {@code VCPU_STATE}, which belongs to the VCPU lane. The one rule shared by the LOD and
     * by viewers that draw raw events.
     */
    public static boolean inDomainLane(int kindOrdinal) {
        return kindOrdinal != IPI_SEND && kindOrdinal != VCPU_STATE;
    }

    /** For a VCPU lane, the domain. */
    public int vcpuDomain() {
        return id >>> 8;
    }

    /** For a VCPU lane, the VCPU number within its domain. */
    public int vcpuId() {
        return id & 0xFF;
    }

    /** A label such as "PCPU 1", "guestB vcpu0", "GSI 16", "NIC-B 0000:01:00.0". */
    public String label(TraceMetadata m) {
        return switch (kind) {
            case CPU -> m.cpuName(id);
            case DOMAIN -> m.domainName(id);
            case VCPU -> m.domainName(vcpuDomain()) + " vcpu" + vcpuId();
            case GSI -> m.gsiName(id);
            case DEVICE -> m.deviceBdf(id).isEmpty() ? m.deviceName(id) : m.deviceName(id) + " " + m.deviceBdf(id);
        };
    }

    @Override
    public int compareTo(Lane o) {
        int k = kind.compareTo(o.kind);
        return k != 0 ? k : Integer.compare(id, o.id);
    }
}
