package org.natsume.timeline.core.breakpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceSink;
import org.natsume.trace.TraceStore;

/**
 * Breakpoints over a stream of trace events (issue "Breakpoints for a live run"). As a {@link TraceSink} placed
 * between the simulation and the trace store it forwards every event and then evaluates the enabled conditions; when
 * one holds it records a {@link BreakpointHit}, sets {@link #pauseRequested()} for the simulation loop to honour, and
 * tells the listeners. {@link #scan} runs the same conditions over a recorded trace ("run to the next breakpoint").
 */
public final class Breakpoints implements TraceSink {

    private final TraceSink delegate;
    private final TraceStore store;
    private final List<BreakpointCondition> conditions = new CopyOnWriteArrayList<>();
    private final List<Consumer<BreakpointHit>> listeners = new CopyOnWriteArrayList<>();
    private volatile BreakpointHit lastHit;
    private volatile boolean pause;

    /** Breakpoints in front of a sink; event indices are known when the sink is a {@link TraceStore}. */
    public Breakpoints(TraceSink delegate) {
        this.delegate = delegate;
        this.store = delegate instanceof TraceStore s ? s : null;
    }

    public void add(BreakpointCondition c) {
        conditions.add(c);
    }

    public void remove(BreakpointCondition c) {
        conditions.remove(c);
    }

    public List<BreakpointCondition> conditions() {
        return List.copyOf(conditions);
    }

    public void addListener(Consumer<BreakpointHit> l) {
        listeners.add(l);
    }

    @Override
    public void event(long timeNs, TraceKind kind, int journey, int cpu, int domain, int gsi, int device, long arg) {
        delegate.event(timeNs, kind, journey, cpu, domain, gsi, device, arg);
        for (int k = 0; k < conditions.size(); k++) {
            BreakpointCondition c = conditions.get(k);
            if (c.test(timeNs, kind, journey, cpu, domain, gsi, device, arg)) {
                BreakpointHit hit = new BreakpointHit(k, c.describe(), store != null ? store.size() - 1 : -1, timeNs, journey);
                lastHit = hit;
                pause = true;
                for (Consumer<BreakpointHit> l : listeners) {
                    l.accept(hit);
                }
            }
        }
    }

    /** True after a hit until {@link #resume()}: the simulation loop checks this between events. */
    public boolean pauseRequested() {
        return pause;
    }

    public BreakpointHit lastHit() {
        return lastHit;
    }

    public void resume() {
        pause = false;
    }

    /**
     * Evaluates conditions over a recorded trace from its start (they keep state) and returns the hits at event
     * indices ≥ fromIndex, at most maxHits of them, in order.
     */
    public static List<BreakpointHit> scan(TraceStore store, List<BreakpointCondition> conditions, int fromIndex, int maxHits) {
        for (BreakpointCondition c : conditions) {
            c.reset();
        }
        List<BreakpointHit> hits = new ArrayList<>();
        int n = store.size();
        for (int i = 0; i < n && hits.size() < maxHits; i++) {
            long t = store.timeNs(i);
            TraceKind kind = store.kind(i);
            int j = store.journey(i);
            int cpu = store.cpu(i);
            int dom = store.domain(i);
            int gsi = store.gsi(i);
            int dev = store.device(i);
            long arg = store.arg(i);
            for (int k = 0; k < conditions.size(); k++) {
                BreakpointCondition c = conditions.get(k);
                if (c.test(t, kind, j, cpu, dom, gsi, dev, arg) && i >= fromIndex && hits.size() < maxHits) {
                    hits.add(new BreakpointHit(k, c.describe(), i, t, j));
                }
            }
        }
        return hits;
    }
}
