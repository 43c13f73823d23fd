package org.natsume.sim.tests;

import java.util.ArrayList;
import java.util.List;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceSink;

/** Keeps every trace event (small runs only) and a running hash of all of them. */
final class RecordingSink implements TraceSink {
    record Ev(long t, TraceKind kind, int journey, int cpu, int domain, int gsi, int device, long arg) {
    }

    final List<Ev> events = new ArrayList<>();
    final boolean keep;
    long hash = 1125899906842597L;
    long count;
    final long[] perKind = new long[TraceKind.values().length];

    RecordingSink(boolean keep) {
        this.keep = keep;
    }

    @Override
    public void event(long t, TraceKind kind, int journey, int cpu, int domain, int gsi, int device, long arg) {
        count++;
        perKind[kind.ordinal()]++;
        hash = 31 * hash + t;
        hash = 31 * hash + kind.ordinal();
        hash = 31 * hash + journey;
        hash = 31 * hash + cpu;
        hash = 31 * hash + domain;
        hash = 31 * hash + gsi;
        hash = 31 * hash + device;
        hash = 31 * hash + arg;
        if (keep) {
            events.add(new Ev(t, kind, journey, cpu, domain, gsi, device, arg));
        }
    }
}
