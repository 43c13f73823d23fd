package org.natsume.trace.flight;

import java.util.Arrays;

import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceSink;

/**
 * A growable run of events as primitive columns, each with its sequence number in the whole run, so windows cut from
 * one run can be merged again without duplicates. {@link #dropBefore} removes a prefix in amortised O(1), which makes
 * it the flight recorder's look-back ring as well as a kept window's buffer.
 */
final class EventColumns {

    private static final TraceKind[] KINDS = TraceKind.values();

    private long[] seq = new long[64];
    private long[] time = new long[64];
    private byte[] kind = new byte[64];
    private int[] journey = new int[64];
    private short[] cpu = new short[64];
    private short[] domain = new short[64];
    private short[] gsi = new short[64];
    private short[] device = new short[64];
    private long[] arg = new long[64];
    private int head;
    private int end;

    int size() {
        return end - head;
    }

    long seq(int i) {
        return seq[head + i];
    }

    long time(int i) {
        return time[head + i];
    }

    long firstTime() {
        return time[head];
    }

    void add(long s, long t, int k, int j, int c, int d, int g, int dev, long a) {
        if (end == seq.length) {
            grow();
        }
        seq[end] = s;
        time[end] = t;
        kind[end] = (byte) k;
        journey[end] = j;
        cpu[end] = (short) c;
        domain[end] = (short) d;
        gsi[end] = (short) g;
        device[end] = (short) dev;
        arg[end] = a;
        end++;
    }

    /** Appends events of from (in order) with time ≥ fromNs and seq &lt; beforeSeq. */
    void addSlice(EventColumns from, long fromNs, long beforeSeq) {
        int i = from.firstAtOrAfter(fromNs);
        for (; i < from.size() && from.seq(i) < beforeSeq; i++) {
            int p = from.head + i;
            add(from.seq[p], from.time[p], from.kind[p], from.journey[p], from.cpu[p], from.domain[p], from.gsi[p],
                    from.device[p], from.arg[p]);
        }
    }

    void addAll(EventColumns other) {
        addSlice(other, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Index of the first event with time ≥ t (times are in order). */
    int firstAtOrAfter(long t) {
        int lo = head;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - head;
    }

    void dropBefore(long t) {
        head += firstAtOrAfter(t);
        if (head > 4096 && head > (end >> 1)) {
            int n = end - head;
            System.arraycopy(seq, head, seq, 0, n);
            System.arraycopy(time, head, time, 0, n);
            System.arraycopy(kind, head, kind, 0, n);
            System.arraycopy(journey, head, journey, 0, n);
            System.arraycopy(cpu, head, cpu, 0, n);
            System.arraycopy(domain, head, domain, 0, n);
            System.arraycopy(gsi, head, gsi, 0, n);
            System.arraycopy(device, head, device, 0, n);
            System.arraycopy(arg, head, arg, 0, n);
            head = 0;
            end = n;
        }
    }

    void emit(int i, TraceSink sink) {
        int p = head + i;
        sink.event(time[p], KINDS[kind[p] & 0xFF], journey[p], cpu[p], domain[p], gsi[p], device[p], arg[p]);
    }

    long retainedBytes() {
        return (long) seq.length * (8 + 8 + 1 + 4 + 2 * 4 + 8);
    }

    private void grow() {
        int n = seq.length * 2;
        seq = Arrays.copyOf(seq, n);
        time = Arrays.copyOf(time, n);
        kind = Arrays.copyOf(kind, n);
        journey = Arrays.copyOf(journey, n);
        cpu = Arrays.copyOf(cpu, n);
        domain = Arrays.copyOf(domain, n);
        gsi = Arrays.copyOf(gsi, n);
        device = Arrays.copyOf(device, n);
        arg = Arrays.copyOf(arg, n);
    }
}
