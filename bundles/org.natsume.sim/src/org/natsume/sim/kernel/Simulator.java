package org.natsume.sim.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The discrete-event kernel: integer nanosecond clock, one {@link EventQueue}, and dispatch on an int target and
 * an int kind so steady-state scheduling allocates nothing (docs/simulation.md: the kernel). Components register
 * once and get a target id; cancellation is done by the components themselves with generation counters.
 */
public final class Simulator {
    private final EventQueue queue = new EventQueue(1024);
    private final List<EventHandler> handlerList = new ArrayList<>();
    private EventHandler[] handlers = new EventHandler[0];
    private long now;
    private long eventsProcessed;
    private boolean stopped;

    public int register(EventHandler h) {
        handlerList.add(h);
        handlers = handlerList.toArray(new EventHandler[0]);
        return handlers.length - 1;
    }

    public long now() {
        return now;
    }

    public long eventsProcessed() {
        return eventsProcessed;
    }

    public int pending() {
        return queue.size();
    }

    public void at(long time, int target, int kind, long arg) {
        if (time < now) {
            throw new IllegalStateException("event scheduled in the past: " + time + " < " + now);
        }
        queue.add(time, target, kind, arg);
    }

    public void after(long delay, int target, int kind, long arg) {
        at(now + delay, target, kind, arg);
    }

    public void stop() {
        stopped = true;
    }

    /** Runs events with time &lt;= until; the clock ends at until. */
    public void runUntil(long until) {
        EventQueue q = queue;
        EventHandler[] hs = handlers;
        stopped = false;
        while (!stopped && q.peekTime() <= until) {
            q.poll();
            now = q.polledTime();
            eventsProcessed++;
            hs[q.polledTarget()].handle(q.polledKind(), q.polledArg());
            if (hs.length != handlerList.size()) {
                hs = handlers;
            }
        }
        if (!stopped && now < until) {
            now = until;
        }
    }
}
