package org.natsume.timeline.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import org.natsume.timeline.core.breakpoint.BreakpointHit;
import org.natsume.timeline.core.breakpoint.Breakpoints;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceSink;
import org.natsume.trace.TraceStore;

/**
 * The control of one live simulation run (issue "Live": pause/resume/cancel, stop at breakpoints, run until time t).
 * The simulation runs to its end in one call and cannot be stopped between events from outside, so this sink sits
 * in front of the {@link Breakpoints} and the {@link TraceStore} and holds the simulation thread <em>inside</em> the
 * sink call when the run must pause: after a breakpoint hit, on {@link #pause()}, or when simulated time reaches
 * {@link #runUntil(long)}. {@link #cancel()} unwinds the run with {@link RunCancelledException}. Every event costs one
 * forwarded call and two field reads; progress and the external cancel check run every {@value #CHECK_EVERY} events.
 *
 * <p>What the sim could offer instead (see the report): {@code Simulation.start()} and {@code advanceTo(long t)}.
 */
public final class LiveRun implements TraceSink {

    /** What the run is doing. */
    public enum State { RUNNING, PAUSED, FINISHED, CANCELLED, FAILED }

    /** Told about state changes; called on the simulation thread (or the caller of pause/resume/cancel). */
    @FunctionalInterface
    public interface Listener {
        void stateChanged(LiveRun run, State state);
    }

    static final int CHECK_EVERY = 4096;

    private final TraceStore store;
    private final Breakpoints breakpoints;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private volatile boolean gate;
    private volatile boolean pauseRequested;
    private volatile boolean cancelled;
    private volatile long untilNs = Long.MAX_VALUE;
    private volatile State state = State.RUNNING;
    private volatile long simTimeNs;
    private volatile BreakpointHit pausedAt;
    private volatile String failure;
    private LongConsumer progress = t -> {
    };
    private BooleanSupplier externalCancel = () -> false;
    private int sinceCheck;
    /** The trace may hold at most this many bytes; a live run keeps every event in memory. */
    private volatile long memoryBudgetBytes = (long) (Runtime.getRuntime().maxMemory() * 0.6);

    public LiveRun(TraceStore store) {
        this.store = store;
        this.breakpoints = new Breakpoints(store);
        breakpoints.addListener(hit -> gate = true);
    }

    public TraceStore store() {
        return store;
    }

    public Breakpoints breakpoints() {
        return breakpoints;
    }

    /** Called on the simulation thread with the simulated time every few thousand events. */
    public void onProgress(LongConsumer p) {
        this.progress = p;
    }

    /** Polled on the simulation thread every few thousand events; true cancels the run (a Job's progress monitor). */
    public void cancelWhen(BooleanSupplier s) {
        this.externalCancel = s;
    }

    /** Caps the trace's memory (default 60 % of the heap); past it the run stops with a message saying so. */
    public void setMemoryBudget(long bytes) {
        memoryBudgetBytes = bytes;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    public State state() {
        return state;
    }

    /** Simulated time of the latest event recorded. */
    public long simTimeNs() {
        return simTimeNs;
    }

    /** The breakpoint hit the run is paused at, or null (paused by the user, or running). */
    public BreakpointHit pausedAt() {
        return pausedAt;
    }

    public String failure() {
        return failure;
    }

    public boolean isLive() {
        State s = state;
        return s == State.RUNNING || s == State.PAUSED;
    }

    /** Asks the run to pause at its next event. */
    public void pause() {
        pauseRequested = true;
        gate = true;
    }

    /** Pauses when simulated time reaches timeNs (chunked running); Long.MAX_VALUE runs to the end. */
    public void runUntil(long timeNs) {
        untilNs = timeNs;
        gate = true;
    }

    /** Continues a paused run (past the breakpoint it stopped at). */
    public void resume() {
        synchronized (lock) {
            pauseRequested = false;
            pausedAt = null;
            breakpoints.resume();
            if (untilNs <= simTimeNs) {
                untilNs = Long.MAX_VALUE;
            }
            gate = untilNs != Long.MAX_VALUE;
            lock.notifyAll();
        }
    }

    public void cancel() {
        synchronized (lock) {
            cancelled = true;
            gate = true;
            lock.notifyAll();
        }
    }

    @Override
    public void metadata(TraceMetadata metadata) {
        store.setMetadata(metadata);
    }

    @Override
    public void event(long timeNs, TraceKind kind, int journey, int cpu, int domain, int gsi, int device, long arg) {
        breakpoints.event(timeNs, kind, journey, cpu, domain, gsi, device, arg);
        simTimeNs = timeNs;
        if (++sinceCheck >= CHECK_EVERY) {
            sinceCheck = 0;
            progress.accept(timeNs);
            long bytes = store.retainedBytes();
            if (bytes > memoryBudgetBytes) {
                throw new IllegalStateException(String.format(
                        "the trace holds %,d events (%d MB) at %s, the most this run may keep in memory (%d MB, 60%% of the "
                                + "Java heap); the events up to here stay in the views. Simulate a shorter time, or start "
                                + "Natsume with a larger -Xmx",
                        store.size(), bytes >> 20, org.natsume.timeline.core.TimeFormat.duration(timeNs), memoryBudgetBytes >> 20));
            }
            if (externalCancel.getAsBoolean()) {
                cancelled = true;
                gate = true;
            }
        }
        if (gate) {
            checkGate(timeNs);
        }
    }

    private void checkGate(long timeNs) {
        synchronized (lock) {
            while (true) {
                if (cancelled) {
                    throw new RunCancelledException();
                }
                boolean hit = breakpoints.pauseRequested();
                boolean atLimit = timeNs >= untilNs;
                if (!hit && !pauseRequested && !atLimit) {
                    gate = untilNs != Long.MAX_VALUE;
                    if (state == State.PAUSED) {
                        setState(State.RUNNING);
                    }
                    return;
                }
                if (state != State.PAUSED) {
                    pausedAt = hit ? breakpoints.lastHit() : null;
                    setState(State.PAUSED);
                }
                try {
                    lock.wait(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                }
                if (externalCancel.getAsBoolean()) {
                    cancelled = true;
                }
            }
        }
    }

    /** The simulation returned normally. */
    public void finished() {
        setState(State.FINISHED);
    }

    public void cancelledNow() {
        setState(State.CANCELLED);
    }

    public void failed(String message) {
        failure = message;
        setState(State.FAILED);
    }

    private void setState(State s) {
        state = s;
        for (Listener l : listeners) {
            l.stateChanged(this, s);
        }
    }
}
