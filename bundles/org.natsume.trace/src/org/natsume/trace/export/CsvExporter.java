package org.natsume.trace.export;

import java.io.IOException;
import java.io.Writer;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;

/**
 * One CSV row per trace event in a time range (domain.md §6.3 raw data for spreadsheets and scripts): the numeric
 * fields, and beside each the name from the trace metadata. Streams row by row; RFC 4180 quoting.
 */
public final class CsvExporter implements TraceExporter {

    public static final String HEADER = "time_ns,kind,journey,cpu,cpu_name,domain,domain_name,gsi,gsi_name,device,device_name,device_bdf,arg";

    /** Writes the header and one row per event; returns the number of rows. */
    @Override
    public long export(TraceStore store, long fromNs, long toNs, Writer out) throws IOException {
        TraceMetadata m = store.metadata();
        out.write(HEADER);
        out.write('\n');
        int from = store.firstAtOrAfter(fromNs);
        int to = store.firstAtOrAfter(toNs);
        StringBuilder sb = new StringBuilder(256);
        for (int i = from; i < to; i++) {
            sb.setLength(0);
            TraceKind kind = store.kind(i);
            int cpu = store.cpu(i);
            int dom = store.domain(i);
            int gsi = store.gsi(i);
            int dev = store.device(i);
            sb.append(store.timeNs(i)).append(',').append(kind.name()).append(',').append(store.journey(i)).append(',');
            sb.append(cpu).append(',');
            field(sb, cpu < 0 ? "" : m.cpuName(cpu));
            sb.append(',').append(dom).append(',');
            field(sb, TrackNames.domainFieldName(m, kind, dom));
            sb.append(',').append(gsi).append(',');
            field(sb, gsi < 0 ? "" : m.gsiName(gsi));
            sb.append(',').append(dev).append(',');
            field(sb, dev < 0 ? "" : m.deviceName(dev));
            sb.append(',');
            field(sb, dev < 0 ? "" : m.deviceBdf(dev));
            sb.append(',').append(store.arg(i)).append('\n');
            out.append(sb);
        }
        out.flush();
        return to - from;
    }

    static void field(StringBuilder sb, String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
