package org.natsume.timeline.ui;

import org.natsume.timeline.core.TimeFormat;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.journey.JourneyTable;

/**
 * The cells of one Interrupt Trace row (domain.md §6.3): time, device with BDF, GSI, CPU, notified domains, spurious
 * yes/no, latency, line-blocked time. Reads the journey table's columns directly; nothing per row is kept.
 */
public final class JourneyRowText {

    public static final String[] COLUMNS = {"Time", "Device", "BDF", "GSI", "CPU", "Notified domains", "Spurious", "Latency",
        "Line blocked"};
    public static final int[] WIDTHS = {100, 90, 110, 60, 70, 230, 70, 80, 90};

    private JourneyRowText() {
    }

    public static String[] cells(JourneyTable t, TraceMetadata m, int row) {
        int dev = t.device(row);
        long notified = t.notifiedMask(row);
        long spurious = t.spuriousMask(row);
        StringBuilder doms = new StringBuilder();
        for (long b = notified; b != 0; b &= b - 1) {
            int d = Long.numberOfTrailingZeros(b);
            if (doms.length() > 0) {
                doms.append(", ");
            }
            doms.append(m.domainName(d));
            if ((spurious & (1L << d)) != 0) {
                doms.append(" (spurious)");
            }
        }
        long assertNs = t.assertTimeNs(row);
        long eoi = t.eoiTimeNs(row);
        long lat = t.latencyNs(row);
        return new String[] {
            TimeFormat.format(assertNs >= 0 ? assertNs : t.firstTimeNs(row), 1),
            dev >= 0 ? m.deviceName(dev) : "",
            dev >= 0 ? m.deviceBdf(dev) : "",
            t.gsi(row) >= 0 ? Integer.toString(t.gsi(row)) : "",
            t.cpu(row) >= 0 ? m.cpuName(t.cpu(row)) : "",
            doms.toString(),
            spurious != 0 ? "yes" : "no",
            lat >= 0 ? TimeFormat.duration(lat) : "",
            eoi >= 0 && assertNs >= 0 ? TimeFormat.duration(eoi - assertNs) : ""};
    }
}
