package org.natsume.sim.tcp;

/**
 * What each frame of a data stream carries: the sender appends, in sending order, runs of consecutive segments
 * (new data or a retransmission); frame ordinal k (see {@link FrameLedger}) maps to a segment number. The receiver
 * reads the runs behind its cursor; runs it has passed are forgotten.
 */
public final class SegmentLog {
    private static final int ORD = 0;
    private static final int SEQ = 1;
    private static final int LEN = 2;
    private final ColumnFifo runs = new ColumnFifo(3, 32);
    private long nextOrd;

    /** Frames ordinals [nextOrd, nextOrd + count) carry segments [firstSeq, firstSeq + count). */
    public void append(long firstSeq, long count) {
        if (count <= 0) {
            return;
        }
        int last = runs.tail() - 1;
        if (!runs.isEmpty() && runs.get(SEQ, last) + runs.get(LEN, last) == firstSeq) {
            runs.add(LEN, last, count);
        } else {
            runs.push(nextOrd, firstSeq, count);
        }
        nextOrd += count;
    }

    /** The segments carried by frames [first, first + count), as runs of consecutive segment numbers. */
    public void map(long first, long count, FrameLedger.Runs out) {
        while (!runs.isEmpty() && runs.get(ORD, runs.head()) + runs.get(LEN, runs.head()) <= first) {
            runs.pop(); // behind the receiver: never asked for again
        }
        int i = runs.head();
        while (count > 0 && i < runs.tail()) {
            long off = first - runs.get(ORD, i);
            long take = Math.min(count, runs.get(LEN, i) - off);
            if (take <= 0) {
                i++;
                continue;
            }
            out.run(runs.get(SEQ, i) + off, take);
            first += take;
            count -= take;
            i++;
        }
    }
}
