package org.natsume.sim.tcp;

import java.util.Arrays;

/**
 * What each frame of a data stream carries: the sender appends, in sending order, runs of consecutive segments
 * (new data or a retransmission); frame ordinal k (see {@link FrameLedger}) maps to a segment number. The receiver
 * reads the runs behind its cursor; runs it has passed are forgotten.
 */
public final class SegmentLog {
    private long[] ord = new long[32];
    private long[] seq = new long[32];
    private long[] len = new long[32];
    private int head;
    private int tail;
    private long nextOrd;

    /** Frames ordinals [nextOrd, nextOrd + count) carry segments [firstSeq, firstSeq + count). */
    public void append(long firstSeq, long count) {
        if (count <= 0) {
            return;
        }
        if (tail > head && seq[tail - 1] + len[tail - 1] == firstSeq) {
            len[tail - 1] += count;
        } else {
            if (tail == ord.length) {
                compact();
            }
            ord[tail] = nextOrd;
            seq[tail] = firstSeq;
            len[tail] = count;
            tail++;
        }
        nextOrd += count;
    }

    /** The segments carried by frames [first, first + count), as runs of consecutive segment numbers. */
    public void map(long first, long count, FrameLedger.Runs out) {
        while (head < tail && ord[head] + len[head] <= first) {
            head++; // behind the receiver: never asked for again
        }
        int i = head;
        while (count > 0 && i < tail) {
            long off = first - ord[i];
            long take = Math.min(count, len[i] - off);
            if (take <= 0) {
                i++;
                continue;
            }
            out.run(seq[i] + off, take);
            first += take;
            count -= take;
            i++;
        }
    }

    private void compact() {
        int live = tail - head;
        if (head > 0 && live < ord.length / 2) {
            System.arraycopy(ord, head, ord, 0, live);
            System.arraycopy(seq, head, seq, 0, live);
            System.arraycopy(len, head, len, 0, live);
        } else {
            ord = Arrays.copyOf(ord, ord.length * 2);
            seq = Arrays.copyOf(seq, seq.length * 2);
            len = Arrays.copyOf(len, len.length * 2);
            if (head > 0) {
                System.arraycopy(ord, head, ord, 0, live);
                System.arraycopy(seq, head, seq, 0, live);
                System.arraycopy(len, head, len, 0, live);
            }
        }
        head = 0;
        tail = live;
    }
}
