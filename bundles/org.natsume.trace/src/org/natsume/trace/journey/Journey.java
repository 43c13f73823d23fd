package org.natsume.trace.journey;

import java.util.Arrays;

/**
 * One interrupt's journey as a value (domain.md §3.2): the device and GSI that asserted, the PCPU that took it, when,
 * which domains Xen notified and which of those notifications were spurious (the domain does not own the device),
 * the latency from the assertion to the first instruction of the owner's ISR, when the line was EOI'd and how long
 * it had been blocked then (the LINE_EOI's arg: from Xen taking the line, {@link org.natsume.trace.line.SharedLineState}).
 * Unknown numbers are -1. Created on demand for one row; the table itself keeps no per-journey objects.
 */
public record Journey(int id, int device, int gsi, int cpu, long assertTimeNs, int[] notifiedDomains, int[] spuriousDomains,
        long latencyNs, long eoiTimeNs, long lineBlockedNs) {

    public Journey {
        notifiedDomains = notifiedDomains.clone();
        spuriousDomains = spuriousDomains.clone();
    }

    @Override
    public int[] notifiedDomains() {
        return notifiedDomains.clone();
    }

    @Override
    public int[] spuriousDomains() {
        return spuriousDomains.clone();
    }

    public boolean spurious() {
        return spuriousDomains.length > 0;
    }

    public boolean spuriousTo(int domain) {
        for (int d : spuriousDomains) {
            if (d == domain) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Journey j && id == j.id && device == j.device && gsi == j.gsi && cpu == j.cpu
                && assertTimeNs == j.assertTimeNs && Arrays.equals(notifiedDomains, j.notifiedDomains)
                && Arrays.equals(spuriousDomains, j.spuriousDomains) && latencyNs == j.latencyNs && eoiTimeNs == j.eoiTimeNs
                && lineBlockedNs == j.lineBlockedNs;
    }

    @Override
    public int hashCode() {
        return id * 31 + Long.hashCode(assertTimeNs);
    }

    @Override
    public String toString() {
        return "Journey[" + id + ", device " + device + ", gsi " + gsi + ", cpu " + cpu + ", assert " + assertTimeNs + " ns, notified "
                + Arrays.toString(notifiedDomains) + ", spurious " + Arrays.toString(spuriousDomains) + ", latency " + latencyNs
                + " ns, eoi " + eoiTimeNs + " ns, blocked " + lineBlockedNs + " ns]";
    }
}
