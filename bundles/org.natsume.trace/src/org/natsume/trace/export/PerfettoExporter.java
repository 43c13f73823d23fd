package org.natsume.trace.export;

import java.io.IOException;
import java.io.Writer;
import java.util.BitSet;
import java.util.List;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;
import org.natsume.trace.VcpuStateArg;
import org.natsume.trace.lod.Lane;
import org.natsume.trace.lod.LaneKind;
import org.natsume.trace.lod.TraceLod;

/**
 * Chrome/Perfetto trace-event JSON ({@code {"traceEvents":[...]}}) for a time range, to open a run in the Perfetto UI
 * (domain.md §3.2: the journey device → IO-APIC → CPU → Xen → each notified guest → EOI).
 *
 * <p>Processes and threads: pid 1 "Xen PCPUs" with one thread per PCPU; pid 2 "Interrupt lines" with one thread per
 * GSI (events) and one per GSI for line state, plus one per device for device-only events; pid 100 + domid per domain
 * with an "interrupts" thread and one thread per VCPU. Each journey step is a 1 ns "X" slice and the steps are linked by
 * flow events ("s", "t", "f", flow id = journey id). Events outside journeys are "i" instants. VCPU run states, PCPU
 * busy time and line states (ASSERTED / IN_FLIGHT / MASKED) are "X" slices taken from {@link TraceLod} intervals.
 * Timestamps are µs with ns precision; {@code displayTimeUnit} is "ns". Streams event by event.
 */
public final class PerfettoExporter implements TraceExporter {

    static final int PID_CPUS = 1;
    static final int PID_LINES = 2;
    static final int PID_DOMAIN_BASE = 100;
    static final int TID_DOMAIN_EVENTS = 1;
    static final int TID_VCPU_BASE = 2;
    static final int TID_GSI_STATE_BASE = 5000;
    static final int TID_DEVICE_BASE = 10000;

    private static final String[] LINE_STATES = {"ASSERTED", "IN_FLIGHT", "MASKED"};

    /** Writes the JSON document; returns the number of trace events written. */
    @Override
    public long export(TraceStore store, long fromNs, long toNs, Writer out) throws IOException {
        return new Run(store, fromNs, toNs, out).write();
    }

    private static final class Run {
        final TraceStore store;
        final TraceMetadata m;
        final long fromNs;
        final long toNs;
        final Writer out;
        final StringBuilder sb = new StringBuilder(512);
        final java.util.Set<Long> namedThreads = new java.util.HashSet<>();
        final BitSet namedProcesses = new BitSet();
        final BitSet journeyStarted = new BitSet();
        long written;

        Run(TraceStore store, long fromNs, long toNs, Writer out) {
            this.store = store;
            this.m = store.metadata();
            this.fromNs = fromNs;
            this.toNs = toNs;
            this.out = out;
        }

        long write() throws IOException {
            out.write("{\"displayTimeUnit\":\"ns\",\"otherData\":{\"scenario\":");
            sb.setLength(0);
            JsonStrings.append(sb, m.scenarioId());
            sb.append(",\"seed\":\"").append(m.seed()).append("\",\"fromNs\":\"").append(fromNs).append("\",\"toNs\":\"")
                    .append(toNs).append("\"},\"traceEvents\":[\n");
            out.append(sb);
            process(PID_CPUS, "Xen PCPUs", 0);
            process(PID_LINES, "Interrupt lines", 1);
            for (int c = 0; c < m.cpuNames().size(); c++) {
                thread(PID_CPUS, 1 + c, m.cpuName(c), c);
            }
            for (int d = 0; d < m.domainNames().size(); d++) {
                domainProcess(d);
            }
            int from = store.firstAtOrAfter(fromNs);
            int to = store.firstAtOrAfter(toNs);
            for (int i = from; i < to; i++) {
                event(i, to);
            }
            states();
            out.write("\n]}\n");
            out.flush();
            return written;
        }

        private void event(int i, int endIndex) throws IOException {
            TraceKind kind = store.kind(i);
            if (kind == TraceKind.VCPU_STATE) {
                return; // drawn as state slices from the LOD intervals
            }
            long t = store.timeNs(i);
            int cpu = store.cpu(i);
            int dom = store.domain(i);
            int gsi = store.gsi(i);
            int dev = store.device(i);
            int j = store.journey(i);
            int pid;
            int tid;
            boolean onCpu = switch (kind) {
                case APIC_DELIVER, XEN_IRQ_ENTER, VCPU_KICK, IPI_SEND, IPI_ARRIVE, STATUS_READ, INTX_DISABLE -> true;
                default -> false;
            };
            boolean onLine = switch (kind) {
                case PIN_ASSERT, LINE_MASK, LINE_EOI, EOI_TIMER, COALESCED, PACKET_DROP -> true;
                default -> false;
            };
            if (onCpu && cpu >= 0) {
                pid = PID_CPUS;
                tid = 1 + cpu;
                thread(pid, tid, m.cpuName(cpu), cpu);
            } else if (onLine && gsi >= 0) {
                pid = PID_LINES;
                tid = 1 + gsi;
                thread(pid, tid, m.gsiName(gsi), gsi);
            } else if (onLine && dev >= 0) {
                pid = PID_LINES;
                tid = TID_DEVICE_BASE + dev;
                thread(pid, tid, m.deviceName(dev), TID_DEVICE_BASE + dev);
            } else if (dom >= 0 && kind != TraceKind.IPI_SEND) {
                domainProcess(dom);
                pid = PID_DOMAIN_BASE + dom;
                tid = TID_DOMAIN_EVENTS;
            } else if (cpu >= 0) {
                pid = PID_CPUS;
                tid = 1 + cpu;
                thread(pid, tid, m.cpuName(cpu), cpu);
            } else if (gsi >= 0) {
                pid = PID_LINES;
                tid = 1 + gsi;
                thread(pid, tid, m.gsiName(gsi), gsi);
            } else {
                pid = PID_LINES;
                tid = TID_DEVICE_BASE + Math.max(0, dev);
                thread(pid, tid, dev >= 0 ? m.deviceName(dev) : "other", TID_DEVICE_BASE + Math.max(0, dev));
            }
            begin();
            sb.append("{\"name\":\"").append(kind.name()).append("\",\"cat\":\"").append(j >= 0 ? "journey" : "event")
                    .append("\",\"ph\":\"").append(j >= 0 ? 'X' : 'i').append("\",\"ts\":");
            TrackNames.appendMicros(sb, t);
            if (j >= 0) {
                sb.append(",\"dur\":0.001");
            } else {
                sb.append(",\"s\":\"t\"");
            }
            sb.append(",\"pid\":").append(pid).append(",\"tid\":").append(tid).append(",\"args\":{\"journey\":").append(j)
                    .append(",\"cpu\":").append(cpu).append(",\"domain\":").append(dom).append(",\"gsi\":").append(gsi)
                    .append(",\"device\":").append(dev).append(",\"arg\":").append(store.arg(i));
            if (dom >= 0) {
                sb.append(",\"domainName\":");
                JsonStrings.append(sb, TrackNames.domainFieldName(m, kind, dom));
            }
            if (dev >= 0) {
                sb.append(",\"deviceName\":");
                JsonStrings.append(sb, m.deviceName(dev));
            }
            sb.append("}}");
            end();
            if (j >= 0) {
                flow(i, j, t, pid, tid, endIndex);
            }
        }

        /** Links the steps of journey j in time order; a journey with one step in range has no flow. */
        private void flow(int i, int j, long t, int pid, int tid, int endIndex) throws IOException {
            int next = store.nextInJourney(i);
            boolean last = next < 0 || next >= endIndex;
            boolean first = !journeyStarted.get(j);
            if (first && last) {
                return;
            }
            journeyStarted.set(j);
            char ph = first ? 's' : last ? 'f' : 't';
            begin();
            sb.append("{\"name\":\"journey\",\"cat\":\"journey\",\"ph\":\"").append(ph).append("\",\"id\":").append(j)
                    .append(",\"ts\":");
            TrackNames.appendMicros(sb, t);
            sb.append(",\"pid\":").append(pid).append(",\"tid\":").append(tid);
            if (ph != 's') {
                sb.append(",\"bp\":\"e\"");
            }
            sb.append('}');
            end();
        }

        private void states() throws IOException {
            TraceLod lod = new TraceLod(store);
            List<Lane> lanes = lod.lanes();
            for (Lane lane : lanes) {
                if (lane.kind() == LaneKind.VCPU) {
                    int d = lane.vcpuDomain();
                    domainProcess(d);
                    int pid = PID_DOMAIN_BASE + d;
                    int tid = TID_VCPU_BASE + lane.vcpuId();
                    thread(pid, tid, "vcpu" + lane.vcpuId(), -1);
                    slices(lod, lane, pid, tid);
                } else if (lane.kind() == LaneKind.CPU) {
                    thread(PID_CPUS, 1 + lane.id(), m.cpuName(lane.id()), lane.id());
                } else if (lane.kind() == LaneKind.GSI) {
                    int tid = TID_GSI_STATE_BASE + lane.id();
                    thread(PID_LINES, tid, m.gsiName(lane.id()) + " state", tid);
                    slices(lod, lane, PID_LINES, tid);
                }
            }
        }

        private void slices(TraceLod lod, Lane lane, int pid, int tid) throws IOException {
            IOException[] failure = new IOException[1];
            lod.intervals(lane, fromNs, toNs, (start, end, code) -> {
                if (failure[0] != null) {
                    return;
                }
                long s = Math.max(start, fromNs);
                long e = Math.min(end, toNs);
                String name = lane.kind() == LaneKind.VCPU
                        ? VcpuStateArg.runStateName(code & 0xF) + " " + VcpuStateArg.priorityName(code >> 4 & 0xF)
                        : code < LINE_STATES.length ? LINE_STATES[code] : "state " + code;
                begin();
                sb.append("{\"name\":\"").append(name).append("\",\"cat\":\"state\",\"ph\":\"X\",\"ts\":");
                TrackNames.appendMicros(sb, s);
                sb.append(",\"dur\":");
                TrackNames.appendMicros(sb, e - s);
                sb.append(",\"pid\":").append(pid).append(",\"tid\":").append(tid).append('}');
                try {
                    end();
                } catch (IOException x) {
                    failure[0] = x;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }

        private void domainProcess(int d) throws IOException {
            int pid = PID_DOMAIN_BASE + d;
            if (!namedProcesses.get(pid)) {
                process(pid, m.domainName(d), 10 + d);
                thread(pid, TID_DOMAIN_EVENTS, "interrupts", -1);
            }
        }

        private void process(int pid, String name, int sortIndex) throws IOException {
            namedProcesses.set(pid);
            meta(pid, -1, "process_name", name);
            begin();
            sb.append("{\"name\":\"process_sort_index\",\"ph\":\"M\",\"pid\":").append(pid).append(",\"args\":{\"sort_index\":")
                    .append(sortIndex).append("}}");
            end();
        }

        private void thread(int pid, int tid, String name, int sortIndex) throws IOException {
            if (!namedThreads.add((long) pid << 32 | tid)) {
                return;
            }
            meta(pid, tid, "thread_name", name);
            if (sortIndex >= 0) {
                begin();
                sb.append("{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":").append(pid).append(",\"tid\":").append(tid)
                        .append(",\"args\":{\"sort_index\":").append(sortIndex).append("}}");
                end();
            }
        }

        private void meta(int pid, int tid, String what, String name) throws IOException {
            begin();
            sb.append("{\"name\":\"").append(what).append("\",\"ph\":\"M\",\"pid\":").append(pid);
            if (tid >= 0) {
                sb.append(",\"tid\":").append(tid);
            }
            sb.append(",\"args\":{\"name\":");
            JsonStrings.append(sb, name);
            sb.append("}}");
            end();
        }

        private void begin() {
            sb.setLength(0);
            if (written > 0) {
                sb.append(",\n");
            }
        }

        private void end() throws IOException {
            out.append(sb);
            written++;
        }
    }
}
