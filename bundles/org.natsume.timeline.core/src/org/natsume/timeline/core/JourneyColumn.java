package org.natsume.timeline.core;

import org.natsume.trace.TraceMetadata;
import org.natsume.trace.journey.JourneyTable;

/**
 * The columns of the Interrupt Trace view (issue: "a table of journeys (time, device/BDF, GSI, CPU, notified domains,
 * spurious yes/no, latency)"; domain.md §6.3) and the text of a cell, computed from the columnar {@link JourneyTable}
 * for one visible row at a time, as a virtual table asks for it.
 */
public enum JourneyColumn {
    TIME("Time"), DEVICE("Device"), GSI("GSI"), CPU("PCPU"), NOTIFIED("Notified domains"), SPURIOUS("Spurious"),
    LATENCY("Latency"), LINE_BLOCKED("Line blocked");

    private final String title;

    JourneyColumn(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The cell of this column for a journey table row; "" when the journey has no such value. */
    public String text(JourneyTable t, int row) {
        TraceMetadata m = t.store().metadata();
        return switch (this) {
            case TIME -> TimeFormat.instant(t.firstTimeNs(row));
            case DEVICE -> t.device(row) < 0 ? "" : m.deviceLabel(t.device(row));
            case GSI -> t.gsi(row) >= 0 ? Integer.toString(t.gsi(row)) : m.deviceKind(t.device(row)).equals("vif") ? "evtchn" : "";
            case CPU -> t.cpu(row) < 0 ? "" : m.cpuName(t.cpu(row));
            case NOTIFIED -> domains(m, t.notifiedMask(row));
            case SPURIOUS -> t.spuriousMask(row) == 0 ? "no" : "yes: " + domains(m, t.spuriousMask(row));
            case LATENCY -> t.latencyNs(row) < 0 ? "" : TimeFormat.duration(t.latencyNs(row));
            case LINE_BLOCKED -> t.lineBlockedNs(row) < 0 ? "" : TimeFormat.duration(t.lineBlockedNs(row));
        };
    }

    private static String domains(TraceMetadata m, long mask) {
        StringBuilder b = new StringBuilder();
        for (long bits = mask; bits != 0; bits &= bits - 1) {
            b.append(b.isEmpty() ? "" : ", ").append(m.domainName(Long.numberOfTrailingZeros(bits)));
        }
        return b.toString();
    }
}
