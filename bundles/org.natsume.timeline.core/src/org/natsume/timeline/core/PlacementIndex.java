package org.natsume.timeline.core;

import java.util.ArrayList;
import java.util.List;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;
import org.natsume.trace.VcpuStateArg;
import org.natsume.trace.flight.KeptWindow;

/**
 * Where each VCPU runs and when a line waits for an absent binder (issue 11: the Timeline shows the VCPU-on-PCPU
 * state and the time a line is held by a binder whose notified VCPU is not running), as interval tracks built from
 * the trace:
 * <ul>
 * <li>per VCPU, the intervals it is RUNNING, each with the PCPU it runs on: from {@link TraceKind#VCPU_STATE}
 * (its cpu is the PCPU) and {@link TraceKind#VCPU_MIGRATE} (a move while running ends the interval on the old
 * PCPU);</li>
 * <li>per GSI and binding domain, the intervals between {@link TraceKind#LINE_HELD_ABSENT} with arg 1 (the wait
 * begins) and arg 0 (it ends), each with the domain.</li>
 * </ul>
 * Incremental like the LOD: {@link #update()} reads the events appended since the last call. In a flight-recorder
 * trace, which keeps only windows of the run, every interval still open at the end of a window is closed there: the
 * trace does not know what happened in the gap.
 */
public final class PlacementIndex {

    private static final int VCPU_STATE = TraceKind.VCPU_STATE.ordinal();
    private static final int VCPU_MIGRATE = TraceKind.VCPU_MIGRATE.ordinal();
    private static final int LINE_HELD_ABSENT = TraceKind.LINE_HELD_ABSENT.ordinal();

    private final TraceStore store;
    private int consumed;
    /** [domain][vcpu]. */
    private final List<List<IntervalTrack>> running = new ArrayList<>();
    /** [gsi][domain]. */
    private final List<List<IntervalTrack>> held = new ArrayList<>();
    /** Kept spans of a flight-recorder trace, merged and in time order ({fromNs, toNs}); empty for a whole run. */
    private final List<long[]> windows;
    private int window;

    public PlacementIndex(TraceStore store) {
        this.store = store;
        this.windows = mergedWindows(store);
        update();
    }

    private static List<long[]> mergedWindows(TraceStore store) {
        List<long[]> spans = new ArrayList<>();
        for (KeptWindow w : KeptWindow.of(store.metadata())) {
            spans.add(new long[] {w.fromNs(), w.toNs()});
        }
        spans.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] s : spans) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], s[1]);
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** Closes what is open when t lies past the current kept window: the gap between windows shows nothing. */
    private void crossGaps(long t) {
        while (window < windows.size() && t > windows.get(window)[1]) {
            long end = windows.get(window)[1];
            for (List<List<IntervalTrack>> family : List.of(running, held)) {
                for (List<IntervalTrack> row : family) {
                    for (IntervalTrack track : row) {
                        track.close(end);
                    }
                }
            }
            window++;
        }
    }

    public void update() {
        int n = store.size();
        for (int i = consumed; i < n; i++) {
            if (!windows.isEmpty()) {
                crossGaps(store.timeNs(i));
            }
            int kind = store.kindOrdinal(i);
            if (kind == VCPU_STATE) {
                vcpuState(i);
            } else if (kind == VCPU_MIGRATE) {
                migrate(i);
            } else if (kind == LINE_HELD_ABSENT) {
                heldAbsent(i);
            }
        }
        consumed = n;
    }

    private void vcpuState(int i) {
        int dom = store.domain(i);
        long arg = store.arg(i);
        if (dom < 0) {
            return;
        }
        IntervalTrack t = track(running, dom, VcpuStateArg.vcpuId(arg), true);
        if (VcpuStateArg.runState(arg) == VcpuStateArg.RUNNING && store.cpu(i) >= 0) {
            if (t.openValue() != store.cpu(i)) {
                t.open(store.timeNs(i), store.cpu(i));
            }
        } else {
            t.close(store.timeNs(i));
        }
    }

    private void migrate(int i) {
        int dom = store.domain(i);
        if (dom < 0) {
            return;
        }
        IntervalTrack t = track(running, dom, (int) (store.arg(i) >>> 8), true);
        if (t.isOpen() && store.cpu(i) >= 0 && t.openValue() != store.cpu(i)) {
            t.open(store.timeNs(i), store.cpu(i));
        }
    }

    private void heldAbsent(int i) {
        int gsi = store.gsi(i);
        int dom = store.domain(i);
        if (gsi < 0 || dom < 0) {
            return;
        }
        IntervalTrack t = track(held, gsi, dom, true);
        if (store.arg(i) == 1) {
            if (!t.isOpen()) {
                t.open(store.timeNs(i), dom);
            }
        } else {
            t.close(store.timeNs(i));
        }
    }

    private static IntervalTrack track(List<List<IntervalTrack>> all, int a, int b, boolean create) {
        if (a >= all.size()) {
            if (!create) {
                return null;
            }
            while (all.size() <= a) {
                all.add(new ArrayList<>());
            }
        }
        List<IntervalTrack> row = all.get(a);
        if (b >= row.size()) {
            if (!create) {
                return null;
            }
            while (row.size() <= b) {
                row.add(new IntervalTrack());
            }
        }
        return row.get(b);
    }

    /** The RUNNING-on-PCPU intervals of a VCPU (value = PCPU), or null when the trace has none for it. */
    public IntervalTrack running(int domain, int vcpu) {
        return domain < 0 || vcpu < 0 ? null : track(running, domain, vcpu, false);
    }

    /** The held-by-an-absent-binder intervals of a GSI, one track per binding domain (value = domain). */
    public List<IntervalTrack> held(int gsi) {
        return gsi < 0 || gsi >= held.size() ? List.of() : held.get(gsi);
    }
}
