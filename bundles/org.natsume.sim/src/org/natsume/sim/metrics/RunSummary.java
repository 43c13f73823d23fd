package org.natsume.sim.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers of one run that the reports need (domain.md §6.3), detached from the simulation state.
 * "Measured" is the TCP workload's guest (guest B, or the native OS in case 1) and its device. IPIs on the
 * measured path: kicks and tickles sent to the measured domain's PCPU, remote-EOI IPIs sent from it.
 */
public record RunSummary(long seed, double throughputMbps, double floodMbps, long measuredOwn, long measuredSpurious,
        LatencyStats.Summary latency, long[] latencyHistogram, long ipiKick, long ipiEoi, long ipiTickle,
        long measuredPathKick, long measuredPathEoi, long lineBlockedNs, long lineWaitOthersNs,
        Map<String, DomainFigures> domains, Map<Integer, Long> physIrqs, long[] pcpuBusyNs, long eoiTimerFirings, long events,
        long raised, long delivered, long coalesced, long dropped, long pending, LatencyStats.Summary rtResponse,
        long[] frameDrops, long tcpRetransmits, long tcpRtos, long tcpRecoveries) {

    /** Frames dropped at a {@link RunMetrics.DropPlace} in this run. */
    public long frameDrops(RunMetrics.DropPlace p) {
        return frameDrops[p.ordinal()];
    }

    /** One domain's figures; boost/under/over are the credit priority residency in VCPU-ns (0 without Xen). */
    public record DomainFigures(long interruptsOwn, long interruptsSpurious, long cpuBusyNs, long boostNs, long underNs,
            long overNs) {
    }

    /**
     * @param measuredDomain index of the measured domain, measuredDevice its device, measuredCpu its PCPU,
     *        measuredGsi the GSI of its physical NIC (-1 for MSI)
     */
    public static RunSummary of(long seed, RunMetrics m, Accounting acc, long events, int measuredDomain,
            int measuredDevice, int measuredCpu, int measuredGsi) {
        Map<String, DomainFigures> doms = new LinkedHashMap<>();
        for (int i = 0; i < m.domainNames.length; i++) {
            doms.put(m.domainNames[i], new DomainFigures(m.interruptsOwn[i], m.interruptsSpurious[i], m.domainBusyNs[i],
                    m.priorityNs[i][0], m.priorityNs[i][1], m.priorityNs[i][2]));
        }
        Map<Integer, Long> phys = new LinkedHashMap<>();
        for (int g = 0; g < m.physIrqs.length; g++) {
            if (m.physIrqs[g] > 0) {
                phys.put(g, m.physIrqs[g]);
            }
        }
        LatencyStats lat = measuredDevice >= 0 ? m.deviceLatency[measuredDevice] : new LatencyStats();
        int k = RunMetrics.IpiKind.KICK.ordinal();
        int e = RunMetrics.IpiKind.EOI.ordinal();
        int t = RunMetrics.IpiKind.TICKLE.ordinal();
        int tcp = -1;
        int flood = -1;
        for (int i = m.workloadNames.size() - 1; i >= 0; i--) {
            if (m.workloadNames.get(i).startsWith("tcp-")) {
                tcp = i;
            } else if (m.workloadNames.get(i).startsWith("udp-flood")) {
                flood = i;
            }
        }
        return new RunSummary(seed, tcp < 0 ? 0 : m.throughputMbps(tcp), flood < 0 ? 0 : m.throughputMbps(flood),
                measuredDevice >= 0 ? m.deviceInterrupts[measuredDevice] : 0,
                measuredDomain >= 0 ? m.interruptsSpurious[measuredDomain] : 0, lat.summary(), lat.histogram(),
                m.ipis[k], m.ipis[e], m.ipis[t], measuredDomain >= 0 ? m.ipisFor[k][measuredDomain] + m.ipisFor[t][measuredDomain] : 0,
                measuredDomain >= 0 ? m.ipisFor[e][measuredDomain] : 0,
                measuredGsi >= 0 ? m.lineBlockedNs[measuredGsi] : 0,
                measuredGsi >= 0 ? m.lineWaitOthersNs[measuredGsi] : 0, doms, phys, m.pcpuBusyNs.clone(),
                m.eoiTimerFirings, events,
                acc.raised + acc.reDelivered, acc.delivered, acc.coalesced(), acc.dropped(), acc.pending(),
                m.rtResponse.summary(), m.drops.clone(), m.tcpRetransmits, m.tcpRtos, m.tcpRecoveries);
    }
}
