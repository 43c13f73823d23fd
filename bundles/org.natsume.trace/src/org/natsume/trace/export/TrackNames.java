package org.natsume.trace.export;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;

/** Resolves an event's numeric fields to names for exporters, including the IPI_SEND quirk (its domain is a PCPU). */
final class TrackNames {

    private TrackNames() {
    }

    /** Name of the event's domain field; for {@link TraceKind#IPI_SEND} it names the target PCPU. */
    static String domainFieldName(TraceMetadata m, TraceKind kind, int domain) {
        if (domain < 0) {
            return "";
        }
        return kind == TraceKind.IPI_SEND ? m.cpuName(domain) : m.domainName(domain);
    }

    /** Time in µs with ns precision, as Chrome trace JSON wants, without floating-point rounding. */
    static void appendMicros(StringBuilder sb, long ns) {
        long us = Math.floorDiv(ns, 1000);
        int frac = Math.floorMod(ns, 1000);
        sb.append(us).append('.');
        if (frac < 100) {
            sb.append('0');
        }
        if (frac < 10) {
            sb.append('0');
        }
        sb.append(frac);
    }
}
