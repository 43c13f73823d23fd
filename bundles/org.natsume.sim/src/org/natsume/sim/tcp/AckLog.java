package org.natsume.sim.tcp;

import java.util.Arrays;

/**
 * What each ACK frame of a stream carries, by ACK ordinal (see {@link FrameLedger}): the cumulative ACK, the
 * advertised window and up to three SACK blocks (RFC 2018; three fit beside the timestamp option), all in segments.
 */
public final class AckLog {
    public static final int MAX_BLOCKS = 3;
    private long base;
    private int size;
    private long[] cum = new long[64];
    private long[] wnd = new long[64];
    private int[] blocks = new int[64];
    private long[] sack = new long[64 * 2 * MAX_BLOCKS];

    /** Appends an ACK; returns its ordinal. sackRanges holds blocks as start, end pairs (count of them: nBlocks). */
    public long append(long cumAck, long window, long[] sackRanges, int nBlocks) {
        if (size == cum.length) {
            grow();
        }
        cum[size] = cumAck;
        wnd[size] = window;
        int b = Math.min(nBlocks, MAX_BLOCKS);
        blocks[size] = b;
        if (b > 0) {
            System.arraycopy(sackRanges, 0, sack, size * 2 * MAX_BLOCKS, 2 * b);
        }
        size++;
        return base + size - 1;
    }

    public long appended() {
        return base + size;
    }

    public long cum(long ordinal) {
        return cum[idx(ordinal)];
    }

    public long window(long ordinal) {
        return wnd[idx(ordinal)];
    }

    public int blocks(long ordinal) {
        return blocks[idx(ordinal)];
    }

    public long blockStart(long ordinal, int b) {
        return sack[idx(ordinal) * 2 * MAX_BLOCKS + 2 * b];
    }

    public long blockEnd(long ordinal, int b) {
        return sack[idx(ordinal) * 2 * MAX_BLOCKS + 2 * b + 1];
    }

    /** Forgets ACKs before ordinal (the reader has passed them). */
    public void forgetBefore(long ordinal) {
        int k = (int) Math.min(size, Math.max(0, ordinal - base));
        if (k == 0 || k < cum.length / 2) {
            return; // shift only in large steps
        }
        int live = size - k;
        System.arraycopy(cum, k, cum, 0, live);
        System.arraycopy(wnd, k, wnd, 0, live);
        System.arraycopy(blocks, k, blocks, 0, live);
        System.arraycopy(sack, k * 2 * MAX_BLOCKS, sack, 0, live * 2 * MAX_BLOCKS);
        base += k;
        size = live;
    }

    private int idx(long ordinal) {
        long i = ordinal - base;
        if (i < 0 || i >= size) {
            throw new IllegalStateException("ACK " + ordinal + " not in the log [" + base + ", " + (base + size) + ")");
        }
        return (int) i;
    }

    private void grow() {
        int c = cum.length * 2;
        cum = Arrays.copyOf(cum, c);
        wnd = Arrays.copyOf(wnd, c);
        blocks = Arrays.copyOf(blocks, c);
        sack = Arrays.copyOf(sack, c * 2 * MAX_BLOCKS);
    }
}
