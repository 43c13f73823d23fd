package org.natsume.sim.kernel;

import java.util.Arrays;

/**
 * Pending-event set of the DES kernel (domain.md §6.5; simulation-notes "The kernel"): a 4-ary min-heap over
 * primitive arrays. Order is (time, sequence number), so events at the same nanosecond run in the order they were
 * scheduled and a run is reproducible. No allocation once the arrays have grown to the working size.
 */
public final class EventQueue {
    private long[] time;
    private long[] seq;
    private int[] target;
    private int[] kind;
    private long[] arg;
    private int size;
    private long nextSeq;

    // the entry removed by the last poll()
    private long polledTime;
    private int polledTarget;
    private int polledKind;
    private long polledArg;

    public EventQueue(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        time = new long[c];
        seq = new long[c];
        target = new int[c];
        kind = new int[c];
        arg = new long[c];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long peekTime() {
        return size == 0 ? Long.MAX_VALUE : time[0];
    }

    public void add(long t, int tgt, int k, long a) {
        if (size == time.length) {
            grow();
        }
        long s = nextSeq++;
        int i = size++;
        // sift up
        while (i > 0) {
            int p = (i - 1) >>> 2;
            long pt = time[p];
            if (pt < t || (pt == t && seq[p] < s)) {
                break;
            }
            time[i] = pt;
            seq[i] = seq[p];
            target[i] = target[p];
            kind[i] = kind[p];
            arg[i] = arg[p];
            i = p;
        }
        time[i] = t;
        seq[i] = s;
        target[i] = tgt;
        kind[i] = k;
        arg[i] = a;
    }

    /** Removes the earliest event; read it with {@link #polledTime()} etc. Returns false when empty. */
    public boolean poll() {
        if (size == 0) {
            return false;
        }
        polledTime = time[0];
        polledTarget = target[0];
        polledKind = kind[0];
        polledArg = arg[0];
        int last = --size;
        if (last == 0) {
            return true;
        }
        long t = time[last];
        long s = seq[last];
        int tg = target[last];
        int k = kind[last];
        long a = arg[last];
        int i = 0;
        while (true) {
            int c = (i << 2) + 1;
            if (c >= last) {
                break;
            }
            int end = Math.min(c + 4, last);
            int m = c;
            long mt = time[c];
            long ms = seq[c];
            for (int j = c + 1; j < end; j++) {
                long jt = time[j];
                if (jt < mt || (jt == mt && seq[j] < ms)) {
                    m = j;
                    mt = jt;
                    ms = seq[j];
                }
            }
            if (t < mt || (t == mt && s < ms)) {
                break;
            }
            time[i] = mt;
            seq[i] = ms;
            target[i] = target[m];
            kind[i] = kind[m];
            arg[i] = arg[m];
            i = m;
        }
        time[i] = t;
        seq[i] = s;
        target[i] = tg;
        kind[i] = k;
        arg[i] = a;
        return true;
    }

    public long polledTime() {
        return polledTime;
    }

    public int polledTarget() {
        return polledTarget;
    }

    public int polledKind() {
        return polledKind;
    }

    public long polledArg() {
        return polledArg;
    }

    private void grow() {
        int n = time.length * 2;
        time = Arrays.copyOf(time, n);
        seq = Arrays.copyOf(seq, n);
        target = Arrays.copyOf(target, n);
        kind = Arrays.copyOf(kind, n);
        arg = Arrays.copyOf(arg, n);
    }
}
