package org.natsume.sim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.metrics.ScenarioResult;
import org.natsume.sim.metrics.Stat;
import org.natsume.trace.export.JsonStrings;

/** The JSON result document described in docs/simulation.md, written by hand and atomically (temp + rename). */
public final class JsonReport {
    private JsonReport() {
    }

    public static String toJson(Collection<ScenarioResult> results) {
        StringBuilder b = new StringBuilder();
        b.append("{\"scenarios\":[");
        boolean first = true;
        for (ScenarioResult r : results) {
            if (!first) {
                b.append(',');
            }
            first = false;
            scenario(b, r);
        }
        b.append("]}\n");
        return b.toString();
    }

    private static void scenario(StringBuilder b, ScenarioResult r) {
        b.append("\n{\"id\":").append(JsonStrings.quote(r.id())).append(",\"runs\":").append(r.runs().size());
        b.append(",\"throughputMbps\":").append(stat(r.throughput()));
        b.append(",\"floodMbps\":").append(num(r.mean(RunSummary::floodMbps)));
        b.append(",\"measuredGuest\":{\"interruptsOwn\":").append(num(r.mean(RunSummary::measuredOwn)))
                .append(",\"interruptsSpurious\":").append(num(r.mean(RunSummary::measuredSpurious))).append('}');
        b.append(",\"latencyNs\":{\"min\":").append(num(r.mean(s -> s.latency().min())))
                .append(",\"mean\":").append(num(r.mean(s -> s.latency().mean())))
                .append(",\"p50\":").append(num(r.mean(s -> s.latency().p50())))
                .append(",\"p99\":").append(num(r.mean(s -> s.latency().p99())))
                .append(",\"max\":").append(num(r.mean(s -> s.latency().max())))
                .append(",\"std\":").append(num(r.mean(s -> s.latency().std()))).append('}');
        b.append(",\"ipis\":{\"kick\":").append(num(r.mean(RunSummary::ipiKick)))
                .append(",\"eoi\":").append(num(r.mean(RunSummary::ipiEoi)))
                .append(",\"tickle\":").append(num(r.mean(RunSummary::ipiTickle))).append('}');
        b.append(",\"measuredPathIpis\":{\"kick\":").append(num(r.mean(RunSummary::measuredPathKick)))
                .append(",\"eoi\":").append(num(r.mean(RunSummary::measuredPathEoi))).append('}');
        b.append(",\"lineBlockedNs\":").append(num(r.mean(RunSummary::lineBlockedNs)));
        b.append(",\"lineWaitOthersNs\":").append(num(r.mean(RunSummary::lineWaitOthersNs)));
        if (r.mean(s -> s.rtResponse().count()) > 0) {
            b.append(",\"rtResponseNs\":{\"count\":").append(num(r.mean(s -> s.rtResponse().count())))
                    .append(",\"mean\":").append(num(r.mean(s -> s.rtResponse().mean())))
                    .append(",\"p99\":").append(num(r.mean(s -> s.rtResponse().p99())))
                    .append(",\"max\":").append(num(r.mean(s -> s.rtResponse().max()))).append('}');
        }
        b.append(",\"eoiTimerFirings\":").append(num(r.mean(RunSummary::eoiTimerFirings)));
        b.append(",\"frameDrops\":{\"nicRxRing\":")
                .append(num(r.mean(s -> s.frameDrops(org.natsume.sim.metrics.RunMetrics.DropPlace.NIC_RX_RING))))
                .append(",\"netbackQueue\":")
                .append(num(r.mean(s -> s.frameDrops(org.natsume.sim.metrics.RunMetrics.DropPlace.NETBACK_QUEUE))))
                .append(",\"qdisc\":")
                .append(num(r.mean(s -> s.frameDrops(org.natsume.sim.metrics.RunMetrics.DropPlace.QDISC)))).append('}');
        b.append(",\"tcp\":{\"retransmits\":").append(num(r.mean(RunSummary::tcpRetransmits)))
                .append(",\"rtos\":").append(num(r.mean(RunSummary::tcpRtos)))
                .append(",\"recoveries\":").append(num(r.mean(RunSummary::tcpRecoveries))).append('}');
        b.append(",\"physIrqsPerGsi\":{");
        java.util.TreeMap<Integer, Double> phys = new java.util.TreeMap<>();
        for (RunSummary s : r.runs()) {
            s.physIrqs().forEach((g, c) -> phys.merge(g, c / (double) r.runs().size(), Double::sum));
        }
        boolean firstGsi = true;
        for (Map.Entry<Integer, Double> e : phys.entrySet()) {
            b.append(firstGsi ? "" : ",").append('"').append(e.getKey()).append("\":").append(num(e.getValue()));
            firstGsi = false;
        }
        b.append("},\"pcpuBusyNs\":[");
        int ncpu = r.runs().isEmpty() ? 0 : r.runs().get(0).pcpuBusyNs().length;
        for (int c = 0; c < ncpu; c++) {
            final int cpu = c;
            b.append(c == 0 ? "" : ",").append(num(r.mean(s -> s.pcpuBusyNs()[cpu])));
        }
        b.append(']');
        b.append(",\"domains\":{");
        boolean first = true;
        for (Map.Entry<String, double[]> e : r.domainMeans().entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            double[] d = e.getValue();
            b.append(JsonStrings.quote(e.getKey())).append(":{\"interruptsOwn\":").append(num(d[0]))
                    .append(",\"interruptsSpurious\":").append(num(d[1])).append(",\"cpuBusyNs\":").append(num(d[2]));
            if (d[3] + d[4] + d[5] > 0) {
                b.append(",\"creditPriorityNs\":{\"boost\":").append(num(d[3])).append(",\"under\":").append(num(d[4]))
                        .append(",\"over\":").append(num(d[5])).append('}');
            }
            b.append('}');
        }
        b.append("}}");
    }

    private static String stat(Stat s) {
        return "{\"mean\":" + num(s.mean()) + ",\"min\":" + num(s.min()) + ",\"max\":" + num(s.max()) + ",\"std\":"
                + num(s.std()) + ",\"cov\":" + num(s.cov()) + "}";
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** Writes atomically ({@link org.natsume.io.AtomicFile}: the file's mode is kept, a new one gets the umask's). */
    public static void write(Path out, Collection<ScenarioResult> results) throws IOException {
        byte[] json = toJson(results).getBytes(StandardCharsets.UTF_8);
        org.natsume.io.AtomicFile.write(out, json, false);
    }
}
