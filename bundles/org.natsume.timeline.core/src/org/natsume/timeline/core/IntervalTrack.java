package org.natsume.timeline.core;

import java.util.Arrays;

/**
 * Time intervals of one lane that do not overlap, in time order, each with an int value (a PCPU, a domain). The last
 * one may still be open (a live run, or a state the trace ends in). Queries cost about one binary search per pixel
 * column drawn, not one step per interval, so a zoomed-out frame of a long trace stays cheap.
 */
public final class IntervalTrack {

    /** Receives the intervals of a query; endNs is clamped to the query's end for an open interval. */
    public interface Visitor {
        void interval(long startNs, long endNs, int value);
    }

    private long[] start = new long[16];
    private long[] end = new long[16];
    private int[] value = new int[16];
    private int size;
    private boolean open;

    /** Opens an interval at t (closing an open one there first). */
    void open(long t, int v) {
        close(t);
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            value = Arrays.copyOf(value, size * 2);
        }
        start[size] = t;
        end[size] = Long.MAX_VALUE;
        value[size] = v;
        size++;
        open = true;
    }

    /** Closes the open interval at t; nothing when none is open. An interval of no length is dropped. */
    void close(long t) {
        if (!open) {
            return;
        }
        open = false;
        if (t <= start[size - 1]) {
            size--;
        } else {
            end[size - 1] = t;
        }
    }

    public boolean isOpen() {
        return open;
    }

    /** The value of the open interval, or -1. */
    public int openValue() {
        return open ? value[size - 1] : -1;
    }

    public int size() {
        return size;
    }

    public long startNs(int k) {
        return start[k];
    }

    /** End of interval k; {@link Long#MAX_VALUE} while it is open. */
    public long endNs(int k) {
        return end[k];
    }

    public int value(int k) {
        return value[k];
    }

    /**
     * Visits the intervals overlapping [fromNs, toNs). With nsPerPixel > 0, an interval that starts and ends inside a
     * pixel column already covered by the interval visited before it is skipped (it would not show).
     */
    public void visit(long fromNs, long toNs, double nsPerPixel, Visitor v) {
        int k = firstEndingAfter(fromNs);
        while (k < size && start[k] < toNs) {
            long e = Math.min(end[k], toNs);
            v.interval(Math.max(start[k], fromNs), e, value[k]);
            int next = k + 1;
            if (nsPerPixel > 1 && next < size && end[next] <= e + (long) nsPerPixel) {
                // the following intervals end inside the next pixel column: jump to the first that reaches past it
                next = Math.max(next, firstEndingAfter(e + (long) nsPerPixel));
            }
            k = next;
        }
    }

    /** The first interval whose end is after t (ends are ordered because intervals do not overlap). */
    private int firstEndingAfter(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
