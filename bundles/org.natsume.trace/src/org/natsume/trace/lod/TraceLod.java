package org.natsume.trace.lod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;
import org.natsume.trace.VcpuStateArg;
import org.natsume.trace.line.SharedLineState;

/**
 * Level-of-detail summaries of a {@link TraceStore}, so a timeline draws any zoom level without touching every event
 * (docs/simulation.md: traces at scale; lanes and states from domain.md §3.2, §5.1, §6.3).
 *
 * <p>Each lane has a pyramid of power-of-two bucket widths: level 0 buckets are {@code 2^baseShift} ns wide, level
 * L+1 buckets merge two level-L buckets. A bucket holds the event count, the kinds present, min/max latency (the
 * {@code arg} of {@link TraceKind#GUEST_ISR}), the spurious notifications ({@link TraceKind#GUEST_NOTIFY} with arg 1)
 * and the time spent in each of the lane's state slots ({@link LaneKind}). A query picks the coarsest level that is
 * still at least as fine as the requested bucket width, so it touches about as many stored buckets as it returns.
 *
 * <p>Which lanes an event counts in: its CPU lane (cpu ≥ 0), its domain lane (domain ≥ 0, except
 * {@link TraceKind#IPI_SEND} whose domain field is the target PCPU, and {@link TraceKind#VCPU_STATE} which goes to the
 * VCPU lane), its GSI lane and its device lane.
 *
 * <p>States: a VCPU lane follows {@link TraceKind#VCPU_STATE}; a CPU lane is BUSY while some VCPU is RUNNING on it; a
 * GSI lane is ASSERTED from {@link TraceKind#PIN_ASSERT} until Xen takes the interrupt, IN_FLIGHT until
 * {@link TraceKind#LINE_EOI} (the line-blocked time of §6.3), MASKED from {@link TraceKind#LINE_MASK} until the EOI.
 * MSI assertions (arg 1) have no line state.
 *
 * <p>Incremental: {@link #update()} consumes the events appended since the last call, so the same object serves a
 * live run. All methods are synchronised on this object; queries never allocate per event.
 */
public final class TraceLod {

    private static final int KIND_PIN_ASSERT = TraceKind.PIN_ASSERT.ordinal();
    private static final int KIND_GUEST_NOTIFY = TraceKind.GUEST_NOTIFY.ordinal();
    private static final int KIND_GUEST_ISR = TraceKind.GUEST_ISR.ordinal();
    private static final int KIND_VCPU_STATE = TraceKind.VCPU_STATE.ordinal();

    /** Level-0 buckets aimed for over the trace's duration when the width is chosen automatically. */
    private static final int TARGET_BASE_BUCKETS = 1 << 15;
    /**
     * Most level-0 buckets per lane: a trace that outgrows them (its duration was unknown or wrong) is summarised
     * again with wider buckets, so memory stays bounded and bucket indices never overflow.
     */
    static final int MAX_BASE_BUCKETS = 1 << 17;

    private final TraceStore store;
    private int shift;
    private long originNs;
    private int consumed;
    /** Index of the event being added: state changes remember it instead of a time. */
    private int current;
    private long endNs;

    private LaneLod[] cpus = new LaneLod[0];
    private LaneLod[] domains = new LaneLod[0];
    private LaneLod[][] vcpus = new LaneLod[0][];
    private LaneLod[] gsis = new LaneLod[0];
    private LaneLod[] devices = new LaneLod[0];
    private final List<LaneLod> all = new ArrayList<>();

    /** Summaries with a level-0 width chosen from the metadata duration (or the current span) of the trace. */
    public TraceLod(TraceStore store) {
        this(store, autoShift(store));
    }

    /** Summaries with level-0 buckets of 2^baseShift ns. */
    public TraceLod(TraceStore store, int baseShift) {
        if (baseShift < 0 || baseShift > 40) {
            throw new IllegalArgumentException("baseShift " + baseShift + " is not in 0..40");
        }
        this.store = store;
        this.shift = baseShift;
        update();
    }

    static int autoShift(TraceStore store) {
        long span = store.metadata().durationNs();
        if (span <= 0) {
            span = store.endNs() - store.startNs();
        }
        if (span <= 0) {
            return 16;
        }
        int s = 64 - Long.numberOfLeadingZeros(Math.max(1, span / TARGET_BASE_BUCKETS));
        return Math.max(8, Math.min(40, s));
    }

    public TraceStore store() {
        return store;
    }

    /** Width of level-0 buckets in ns. */
    public synchronized long baseWidthNs() {
        return 1L << shift;
    }

    /** Time of the last event summarised. */
    public synchronized long endNs() {
        return endNs;
    }

    /** Consumes events appended to the store since the last call. */
    public synchronized void update() {
        int n = store.size();
        if (consumed == 0 && n > 0) {
            originNs = Math.floorDiv(store.timeNs(0), 1L << shift) << shift;
        }
        if (n > 0 && ((store.timeNs(n - 1) - originNs) >>> shift) >= MAX_BASE_BUCKETS) {
            rebuildWider(store.timeNs(n - 1) - originNs);
        }
        for (int i = consumed; i < n; i++) {
            add(i);
        }
        if (n > consumed) {
            endNs = store.timeNs(n - 1);
        }
        consumed = n;
        for (LaneLod l : all) {
            l.propagate();
        }
    }

    /** Forgets everything and starts again with a base width that fits span in MAX_BASE_BUCKETS / 8 buckets. */
    private void rebuildWider(long span) {
        while (shift < 62 && (span >>> shift) >= MAX_BASE_BUCKETS / 8) {
            shift++;
        }
        consumed = 0;
        cpus = new LaneLod[0];
        domains = new LaneLod[0];
        vcpus = new LaneLod[0][];
        gsis = new LaneLod[0];
        devices = new LaneLod[0];
        all.clear();
        originNs = Math.floorDiv(store.timeNs(0), 1L << shift) << shift;
    }

    private void add(int i) {
        current = i;
        long t = store.timeNs(i);
        int kind = store.kindOrdinal(i);
        int cpu = store.cpu(i);
        int dom = store.domain(i);
        int gsi = store.gsi(i);
        int dev = store.device(i);
        long arg = store.arg(i);
        int k = (int) ((t - originNs) >> shift);
        long bit = 1L << kind;
        long latency = kind == KIND_GUEST_ISR ? arg : LodSummary.NO_LATENCY;
        boolean spurious = kind == KIND_GUEST_NOTIFY && arg == 1;
        if (cpu >= 0) {
            cpus = grow(cpus, cpu);
            count(lane(cpus, cpu, LaneKind.CPU, cpu), k, bit, latency, spurious);
        }
        if (kind == KIND_VCPU_STATE) {
            if (dom >= 0) {
                vcpuState(t, k, bit, cpu, dom, arg);
            }
        } else if (dom >= 0 && Lane.inDomainLane(kind)) {
            domains = grow(domains, dom);
            count(lane(domains, dom, LaneKind.DOMAIN, dom), k, bit, latency, spurious);
        }
        if (gsi >= 0) {
            gsis = grow(gsis, gsi);
            LaneLod g = lane(gsis, gsi, LaneKind.GSI, gsi);
            count(g, k, bit, latency, spurious);
            lineState(g, kind, t, arg);
        }
        if (dev >= 0) {
            devices = grow(devices, dev);
            count(lane(devices, dev, LaneKind.DEVICE, dev), k, bit, latency, spurious);
        }
    }

    private void vcpuState(long t, int k, long bit, int cpu, int dom, long arg) {
        int v = VcpuStateArg.vcpuId(arg) & 0xFF;
        if (dom >= vcpus.length) {
            vcpus = Arrays.copyOf(vcpus, dom + 1);
        }
        LaneLod[] row = vcpus[dom] == null ? new LaneLod[0] : vcpus[dom];
        row = grow(row, v);
        vcpus[dom] = row;
        LaneLod lane = lane(row, v, LaneKind.VCPU, dom << 8 | v);
        count(lane, k, bit, LodSummary.NO_LATENCY, false);
        int run = VcpuStateArg.runState(arg);
        lane.changeState(run | VcpuStateArg.priorityClass(arg) << 4, t, current, originNs, shift);
        // CPU occupancy: the PCPU a VCPU leaves becomes idle unless another VCPU has started there since.
        int key = dom << 8 | v;
        int previousCpu = lane.runningKey;
        if (previousCpu >= 0 && (run != VcpuStateArg.RUNNING || previousCpu != cpu)) {
            LaneLod pc = cpus[previousCpu];
            if (pc.runningKey == key) {
                pc.runningKey = -1;
                pc.changeState(-1, t, current, originNs, shift);
            }
            lane.runningKey = -1;
        }
        if (run == VcpuStateArg.RUNNING && cpu >= 0) {
            LaneLod c = cpus[cpu];
            c.runningKey = key;
            c.changeState(0, t, current, originNs, shift);
            lane.runningKey = cpu;
        }
    }

    /** Steps a GSI lane's line state by the one shared rule ({@link SharedLineState}). */
    private void lineState(LaneLod g, int kind, long t, long arg) {
        if (kind == KIND_PIN_ASSERT) {
            g.msi = SharedLineState.isMsiAssert(kind, arg);
        }
        if (!g.msi) {
            g.changeState(SharedLineState.next(g.openCode, kind), t, current, originNs, shift);
        }
    }

    private static void count(LaneLod lane, int k, long bit, long latency, boolean spurious) {
        lane.touch(k);
        LaneLod.Level l = lane.level0();
        l.count[k]++;
        l.kinds[k] |= bit;
        if (latency != LodSummary.NO_LATENCY) {
            l.addLatency(k, latency);
        }
        if (spurious) {
            l.spurious[k]++;
        }
    }

    private static LaneLod[] grow(LaneLod[] a, int id) {
        return id < a.length ? a : Arrays.copyOf(a, Math.max(id + 1, a.length * 2));
    }

    private LaneLod lane(LaneLod[] a, int index, LaneKind kind, int id) {
        LaneLod l = a[index];
        if (l == null) {
            l = new LaneLod(new Lane(kind, id));
            a[index] = l;
            all.add(l);
        }
        return l;
    }

    private LaneLod find(Lane lane) {
        int id = lane.id();
        LaneLod[] a = switch (lane.kind()) {
            case CPU -> cpus;
            case DOMAIN -> domains;
            case GSI -> gsis;
            case DEVICE -> devices;
            case VCPU -> lane.vcpuDomain() < vcpus.length && vcpus[lane.vcpuDomain()] != null ? vcpus[lane.vcpuDomain()] : null;
        };
        if (lane.kind() == LaneKind.VCPU) {
            id = lane.vcpuId();
        }
        return a != null && id >= 0 && id < a.length ? a[id] : null;
    }

    /** Every lane that has at least one event, sorted by kind then number. */
    public synchronized List<Lane> lanes() {
        List<Lane> out = new ArrayList<>(all.size());
        for (LaneLod l : all) {
            out.add(l.lane);
        }
        Collections.sort(out);
        return out;
    }

    /** Number of pyramid levels of a lane (0 when the lane has no events). */
    public synchronized int levels(Lane lane) {
        LaneLod l = find(lane);
        return l == null ? 0 : l.levels.size();
    }

    public LodSummary summarize(Lane lane, long fromNs, long toNs, int buckets) {
        return summarize(lane, fromNs, toNs, buckets, new LodSummary());
    }

    /**
     * Summarises lane over [fromNs, toNs) in the given number of equal buckets, into {@code into} (returned). Each
     * stored bucket is counted in the output bucket holding its start, so bucket edges are accurate to one stored
     * bucket width ({@link LodSummary#sourceWidthNs()}); residency of a state that is still open at the end of the
     * trace is added exactly.
     */
    public synchronized LodSummary summarize(Lane lane, long fromNs, long toNs, int buckets, LodSummary into) {
        if (buckets <= 0 || toNs <= fromNs) {
            throw new IllegalArgumentException("summary needs buckets > 0 and fromNs < toNs, got " + buckets + " buckets over ["
                    + fromNs + ", " + toNs + ")");
        }
        into.reset(fromNs, toNs, buckets, lane.kind().slotCount());
        LaneLod l = find(lane);
        if (l == null) {
            into.sourceWidthNs = 1L << shift;
            return into;
        }
        double outWidth = (double) (toNs - fromNs) / buckets;
        int level = 0;
        while (level + 1 < l.levels.size() && shift + level + 1 < 63 && (double) (1L << (shift + level + 1)) <= outWidth) {
            level++;
        }
        int ls = shift + level;
        long width = 1L << ls;
        into.sourceWidthNs = width;
        LaneLod.Level lv = l.levels.get(level);
        long kFirst = Math.max(0, Math.floorDiv(fromNs - originNs, width));
        long kLast = Math.min(lv.size - 1L, Math.floorDiv(toNs - 1 - originNs, width));
        for (long kk = kFirst; kk <= kLast; kk++) {
            int k = (int) kk;
            long start = Math.max(fromNs, originNs + kk * width);
            int b = (int) Math.min(buckets - 1, (long) ((start - fromNs) / outWidth));
            into.count[b] += lv.count[k];
            into.kinds[b] |= lv.kinds[k];
            into.spurious[b] += lv.spurious[k];
            into.minLatencyNs[b] = LaneLod.minLatency(into.minLatencyNs[b], lv.minLat[k]);
            into.maxLatencyNs[b] = Math.max(into.maxLatencyNs[b], lv.maxLat[k]);
            for (int s = 0; s < l.slots; s++) {
                into.residencyNs[s][b] += lv.res[s][k];
            }
        }
        if (l.openCode >= 0 && endNs > l.openSinceNs) {
            addOpen(into, l, Math.max(fromNs, l.openSinceNs), Math.min(toNs, endNs), outWidth);
        }
        return into;
    }

    private static void addOpen(LodSummary into, LaneLod l, long from, long to, double outWidth) {
        int a = l.slotA(l.openCode);
        int b2 = l.slotB(l.openCode);
        for (long t = from; t < to;) {
            int b = (int) Math.min(into.buckets - 1, (long) ((t - into.fromNs) / outWidth));
            long bucketEnd = b == into.buckets - 1 ? into.toNs : into.bucketStartNs(b + 1);
            long end = Math.min(to, Math.max(bucketEnd, t + 1));
            if (a >= 0) {
                into.residencyNs[a][b] += end - t;
            }
            if (b2 >= 0) {
                into.residencyNs[b2][b] += end - t;
            }
            t = end;
        }
    }

    /** Receives one state interval of a lane: [startNs, endNs) in the given state code. */
    @FunctionalInterface
    public interface IntervalVisitor {
        void interval(long startNs, long endNs, int code);
    }

    /**
     * Visits the exact state intervals of lane that overlap [fromNs, toNs), in time order, for drawing when zoomed in.
     * Codes: VCPU lane {@code runState | priorityClass << 4} (see {@link VcpuStateArg}); CPU lane 0 = BUSY; GSI lane the
     * {@link LaneKind} GSI slot. Idle stretches are not visited. The last interval is open and ends at {@link #endNs()}.
     */
    public synchronized void intervals(Lane lane, long fromNs, long toNs, IntervalVisitor visitor) {
        LaneLod l = find(lane);
        if (l == null || l.changes == 0) {
            return;
        }
        int i = Math.max(0, lastChangeAtOrBefore(l, fromNs));
        for (; i < l.changes; i++) {
            long start = changeTime(l, i);
            if (start >= toNs) {
                break;
            }
            long end = i + 1 < l.changes ? changeTime(l, i + 1) : endNs;
            int code = codeAt(l, i);
            if (code >= 0 && end > fromNs && end > start) {
                visitor.interval(start, end, code);
            }
        }
    }

    /** The state code of lane at timeNs (as in {@link #intervals}), or -1 when idle or unknown. */
    public synchronized int stateAt(Lane lane, long timeNs) {
        LaneLod l = find(lane);
        if (l == null || l.changes == 0) {
            return -1;
        }
        int i = lastChangeAtOrBefore(l, timeNs);
        return i < 0 ? -1 : codeAt(l, i);
    }

    /** The state code after change k of a lane, derived from the event that caused it (as in {@link #add}). */
    private int codeAt(LaneLod l, int k) {
        int i = l.changeEvent[k];
        int kind = store.kindOrdinal(i);
        return switch (l.lane.kind()) {
            case VCPU -> VcpuStateArg.runState(store.arg(i)) | VcpuStateArg.priorityClass(store.arg(i)) << 4;
            case CPU -> kind == KIND_VCPU_STATE && VcpuStateArg.runState(store.arg(i)) == VcpuStateArg.RUNNING
                    && store.cpu(i) == l.lane.id() ? 0 : -1;
            case GSI -> SharedLineState.entered(kind);
            default -> -1;
        };
    }

    private long changeTime(LaneLod l, int k) {
        return store.timeNs(l.changeEvent[k]);
    }

    /** Index of the last change at or before timeNs (the latest of equal times), or -1. */
    private int lastChangeAtOrBefore(LaneLod l, long timeNs) {
        int lo = 0;
        int hi = l.changes;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (changeTime(l, mid) <= timeNs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Bytes held by all pyramids and state-change lists (array payloads only). */
    public synchronized long retainedBytes() {
        long b = 0;
        for (LaneLod l : all) {
            b += l.bytes();
        }
        return b;
    }
}
