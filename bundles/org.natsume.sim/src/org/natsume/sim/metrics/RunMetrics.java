package org.natsume.sim.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything measured in one run (domain.md §6.3), counted from the end of the warm-up. Arrays are indexed by
 * domain index, GSI, PCPU or device index as assigned when the machine is built.
 */
public final class RunMetrics {
    public enum IpiKind { KICK, EOI, TICKLE }

    /** Where a finite queue dropped frames (docs/simulation.md: finite queues). */
    public enum DropPlace {
        /** A NIC's RX descriptor ring was full (e1000 RxDescriptors). */
        NIC_RX_RING,
        /** netback's per-vif queue (posted guest buffers + tx_queue_len) was full. */
        NETBACK_QUEUE,
        /** A transmit qdisc (pfifo_fast, txqueuelen packets) was full. */
        QDISC
    }

    public final String[] domainNames;
    public final String[] deviceNames;
    public final long[] interruptsOwn;
    public final long[] interruptsSpurious;
    public final long[] domainBusyNs;
    /** Credit scheduler priority residency per domain, VCPU-ns: [domain][0 BOOST, 1 UNDER, 2 OVER]. */
    public final long[][] priorityNs;
    public final long[] physIrqs;
    public final long[] lineBlockedNs;
    /** Per GSI: time the line stayed blocked after the measured domain had EOI'd, waiting for other domains. */
    public final long[] lineWaitOthersNs;
    public final long[] pcpuBusyNs;
    public final long[] pcpuXenNs;
    public final long[] ipis = new long[IpiKind.values().length];
    /** IPIs by kind and target PCPU, and by kind and sending PCPU. */
    public final long[][] ipisTo;
    public final long[][] ipisFrom;
    /**
     * IPIs by kind and the domain they were sent for (a kick to its VCPU, a tickle for its wake, a remote EOI its
     * EOI released), so that an IPI to or from guest B's PCPU for an unpinned Dom0 VCPU that ran there is not counted
     * on guest B's path.
     */
    public final long[][] ipisFor;
    /** Interrupts whose ISR found the device asserting (own-device deliveries), per device. */
    public final long[] deviceInterrupts;
    public long eoiTimerFirings;
    /** VCPUs that changed PCPU (work stolen by an idle PCPU, or moved by csched_cpu_pick at a tick). */
    public long vcpuMigrations;
    /** Per GSI: time the line waited for a binder whose notified VCPU was not running (descheduled or runnable). */
    public final long[] lineHeldAbsentNs;
    /** Per GSI: how many times such a wait began. */
    public final long[] lineHeldAbsentCount;
    /** Per domain: time events waited while softirqs ran inside the upcall (UpcallSoftirq), and how often. */
    public final long[] upcallHeldOffNs;
    public final long[] upcallHeldOffCount;
    /** Per domain: __do_softirq passes inside the upcall that gave up after MAX_SOFTIRQ_RESTART (ksoftirqd woken). */
    public final long[] ksoftirqdWakes;
    public final LatencyStats[] deviceLatency;
    /** Response times of the periodic real-time task, if the config has one. */
    public LatencyStats rtResponse = new LatencyStats();
    public final long[] deviceDrops;
    /** Frames dropped, per {@link DropPlace}. */
    public final long[] drops = new long[DropPlace.values().length];
    /** TCP senders (guest and peer): Recovery entries, segments retransmitted, retransmission timeouts. */
    public long tcpRecoveries;
    public long tcpRetransmits;
    public long tcpRtos;
    public final List<String> workloadNames = new ArrayList<>();
    public final long[] workloadBytes;
    public long measureStartNs;
    public long measureEndNs;

    public RunMetrics(String[] domainNames, String[] deviceNames, int gsis, int pcpus, int workloads) {
        this.domainNames = domainNames;
        this.deviceNames = deviceNames;
        interruptsOwn = new long[domainNames.length];
        interruptsSpurious = new long[domainNames.length];
        domainBusyNs = new long[domainNames.length];
        upcallHeldOffNs = new long[domainNames.length];
        upcallHeldOffCount = new long[domainNames.length];
        ksoftirqdWakes = new long[domainNames.length];
        priorityNs = new long[domainNames.length][3];
        physIrqs = new long[gsis];
        lineBlockedNs = new long[gsis];
        lineWaitOthersNs = new long[gsis];
        lineHeldAbsentNs = new long[gsis];
        lineHeldAbsentCount = new long[gsis];
        pcpuBusyNs = new long[pcpus];
        pcpuXenNs = new long[pcpus];
        deviceLatency = new LatencyStats[deviceNames.length];
        for (int i = 0; i < deviceLatency.length; i++) {
            deviceLatency[i] = new LatencyStats();
        }
        deviceDrops = new long[deviceNames.length];
        deviceInterrupts = new long[deviceNames.length];
        ipisTo = new long[IpiKind.values().length][pcpus];
        ipisFrom = new long[IpiKind.values().length][pcpus];
        ipisFor = new long[IpiKind.values().length][domainNames.length];
        workloadBytes = new long[workloads];
    }

    public void drop(DropPlace place, int device, long n) {
        drops[place.ordinal()] += n;
        if (device >= 0) {
            deviceDrops[device] += n;
        }
    }

    /** @param forDomain the domain the IPI is for, -1 when none */
    public void ipi(IpiKind k, int from, int to, int forDomain) {
        ipis[k.ordinal()]++;
        ipisTo[k.ordinal()][to]++;
        ipisFrom[k.ordinal()][from]++;
        if (forDomain >= 0) {
            ipisFor[k.ordinal()][forDomain]++;
        }
    }

    public double seconds() {
        return (measureEndNs - measureStartNs) / 1e9;
    }

    public double throughputMbps(int workload) {
        double s = seconds();
        return s <= 0 ? 0 : workloadBytes[workload] * 8 / s / 1e6;
    }

    public int domainIndex(String name) {
        for (int i = 0; i < domainNames.length; i++) {
            if (domainNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public int deviceIndex(String name) {
        for (int i = 0; i < deviceNames.length; i++) {
            if (deviceNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Ends the warm-up: zero every counter so the numbers cover [t, end]. */
    public void reset(long t) {
        for (long[] a : new long[][] {interruptsOwn, interruptsSpurious, domainBusyNs, physIrqs, lineBlockedNs,
                lineWaitOthersNs, pcpuBusyNs, pcpuXenNs, ipis, deviceDrops, workloadBytes, deviceInterrupts,
                ipisTo[0], ipisTo[1], ipisTo[2], ipisFrom[0], ipisFrom[1], ipisFrom[2], lineHeldAbsentNs, lineHeldAbsentCount,
                drops, upcallHeldOffNs, upcallHeldOffCount, ksoftirqdWakes}) {
            java.util.Arrays.fill(a, 0);
        }
        for (long[] a : priorityNs) {
            java.util.Arrays.fill(a, 0);
        }
        eoiTimerFirings = 0;
        vcpuMigrations = 0;
        tcpRecoveries = 0;
        tcpRetransmits = 0;
        tcpRtos = 0;
        for (int i = 0; i < deviceLatency.length; i++) {
            deviceLatency[i] = new LatencyStats();
        }
        rtResponse = new LatencyStats();
        measureStartNs = t;
    }
}
