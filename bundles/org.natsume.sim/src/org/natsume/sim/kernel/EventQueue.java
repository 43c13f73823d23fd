package org.natsume.sim.kernel;

import java.util.Arrays;

/**
 * Pending-event set of the DES kernel (domain.md §6.5; simulation-notes "The kernel"): a 4-ary min-heap over
 * primitive arrays. Order is (time, sequence number), so events at the same nanosecond run in the order they were
 * scheduled and a run is reproducible. The heap moves only (time, slot) pairs; an event's payload stays in its
 * slot until it is polled, so sifting touches two arrays. No allocation once the arrays have grown.
 */
public final class EventQueue {
    private long[] heapTime;
    private int[] heapSlot;
    private int size;

    private long[] seq;
    private int[] target;
    private int[] kind;
    private long[] arg;
    private int[] freeSlots;
    private int freeTop;
    private long nextSeq;

    // the entry removed by the last poll()
    private long polledTime;
    private int polledTarget;
    private int polledKind;
    private long polledArg;

    public EventQueue(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        heapTime = new long[c];
        heapSlot = new int[c];
        seq = new long[c];
        target = new int[c];
        kind = new int[c];
        arg = new long[c];
        freeSlots = new int[c];
        for (int i = 0; i < c; i++) {
            freeSlots[i] = c - 1 - i;
        }
        freeTop = c;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long peekTime() {
        return size == 0 ? Long.MAX_VALUE : heapTime[0];
    }

    public void add(long t, int tgt, int k, long a) {
        if (size == heapTime.length) {
            grow();
        }
        int slot = freeSlots[--freeTop];
        long s = nextSeq++;
        seq[slot] = s;
        target[slot] = tgt;
        kind[slot] = k;
        arg[slot] = a;
        int i = size++;
        long[] ht = heapTime;
        int[] hs = heapSlot;
        while (i > 0) {
            int p = (i - 1) >>> 2;
            long pt = ht[p];
            if (pt < t || (pt == t && seq[hs[p]] < s)) {
                break;
            }
            ht[i] = pt;
            hs[i] = hs[p];
            i = p;
        }
        ht[i] = t;
        hs[i] = slot;
    }

    /** Removes the earliest event; read it with {@link #polledTime()} etc. Returns false when empty. */
    public boolean poll() {
        if (size == 0) {
            return false;
        }
        long[] ht = heapTime;
        int[] hs = heapSlot;
        int top = hs[0];
        polledTime = ht[0];
        polledTarget = target[top];
        polledKind = kind[top];
        polledArg = arg[top];
        freeSlots[freeTop++] = top;
        int last = --size;
        if (last == 0) {
            return true;
        }
        long t = ht[last];
        int slot = hs[last];
        int i = 0;
        while (true) {
            int c = (i << 2) + 1;
            if (c >= last) {
                break;
            }
            int end = Math.min(c + 4, last);
            int m = c;
            long mt = ht[c];
            for (int j = c + 1; j < end; j++) {
                long jt = ht[j];
                if (jt < mt || (jt == mt && seq[hs[j]] < seq[hs[m]])) {
                    m = j;
                    mt = jt;
                }
            }
            if (t < mt || (t == mt && seq[slot] < seq[hs[m]])) {
                break;
            }
            ht[i] = mt;
            hs[i] = hs[m];
            i = m;
        }
        ht[i] = t;
        hs[i] = slot;
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
        int old = heapTime.length;
        int n = old * 2;
        heapTime = Arrays.copyOf(heapTime, n);
        heapSlot = Arrays.copyOf(heapSlot, n);
        seq = Arrays.copyOf(seq, n);
        target = Arrays.copyOf(target, n);
        kind = Arrays.copyOf(kind, n);
        arg = Arrays.copyOf(arg, n);
        freeSlots = Arrays.copyOf(freeSlots, n);
        // all old slots are in use when the heap is full
        for (int i = n - 1; i >= old; i--) {
            freeSlots[freeTop++] = i;
        }
    }
}
