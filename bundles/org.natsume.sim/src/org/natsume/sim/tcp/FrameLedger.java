package org.natsume.sim.tcp;

import java.util.Arrays;

/**
 * Which frames of one stream were dropped on their way (docs/simulation.md: TCP loss). Every frame a sender hands
 * its path gets an ordinal in sending order; every stage of the path is FIFO, so the frames a stage sees are the
 * sent ones minus those dropped upstream, in order. A stage keeps a {@link Cursor} at its input: passing m frames
 * skips m surviving ordinals, dropping k frames marks the next k surviving ordinals dropped. Upstream drops are
 * always ahead of a downstream cursor, so the receiver's cursor meets exactly the frames that arrived. The queues
 * keep counting frames (rate processes); only the drop ranges are stored, a handful at a time.
 */
public final class FrameLedger {
    /** Receives a run of consecutive ordinals [first, first + count). */
    @FunctionalInterface
    public interface Runs {
        void run(long first, long count);
    }

    private long[] start = new long[8];
    private long[] end = new long[8];
    private int n;
    private long dropped;
    private long emitted;

    /** The sender hands k more frames to its path; returns the ordinal of the first. */
    public long emit(long k) {
        long first = emitted;
        emitted += k;
        return first;
    }

    public long emitted() {
        return emitted;
    }

    /** Frames dropped anywhere on the path so far. */
    public long dropped() {
        return dropped;
    }

    public Cursor cursor() {
        return new Cursor();
    }

    /** A stage's position in the stream: the ordinal of the next frame it will see. */
    public final class Cursor {
        private long next;
        private long passed;

        /** m frames go through this stage; runs (may be null) gets their ordinals. */
        public void pass(long m, Runs runs) {
            next = walk(next, m, runs, false);
            passed += m;
        }

        /** k frames are dropped here (tail drop: the next k this stage sees). */
        public void drop(long k) {
            next = walk(next, k, null, true);
        }

        public long next() {
            return next;
        }

        /** Frames that went through this stage. */
        public long passed() {
            return passed;
        }

        /** Forgets drop ranges behind this cursor (call from the last stage, the receiver). */
        public void prune() {
            int k = 0;
            while (k < n && end[k] <= next) {
                k++;
            }
            if (k > 0) {
                System.arraycopy(start, k, start, 0, n - k);
                System.arraycopy(end, k, end, 0, n - k);
                n -= k;
            }
        }
    }

    private long walk(long c, long m, Runs runs, boolean mark) {
        int i = 0;
        while (i < n && end[i] <= c) {
            i++;
        }
        while (m > 0) {
            if (i < n && start[i] <= c) {
                c = end[i];
                i++;
                continue;
            }
            long limit = i < n ? start[i] : Long.MAX_VALUE;
            long take = Math.min(m, limit - c);
            if (mark) {
                i = insert(i, c, c + take);
                dropped += take;
            } else if (runs != null) {
                runs.run(c, take);
            }
            c += take;
            m -= take;
        }
        return c;
    }

    /** Inserts [s, e) before range i (disjoint from all), merging neighbours; returns the range index to look at next. */
    private int insert(int i, long s, long e) {
        boolean left = i > 0 && end[i - 1] == s;
        boolean right = i < n && start[i] == e;
        if (left && right) {
            end[i - 1] = end[i];
            System.arraycopy(start, i + 1, start, i, n - i - 1);
            System.arraycopy(end, i + 1, end, i, n - i - 1);
            n--;
            return i - 1; // the merged range covers the cursor: the walk skips it
        }
        if (left) {
            end[i - 1] = e;
            return i;
        }
        if (right) {
            start[i] = s;
            return i;
        }
        if (n == start.length) {
            start = Arrays.copyOf(start, n * 2);
            end = Arrays.copyOf(end, n * 2);
        }
        System.arraycopy(start, i, start, i + 1, n - i);
        System.arraycopy(end, i, end, i + 1, n - i);
        start[i] = s;
        end[i] = e;
        n++;
        return i + 1;
    }
}
