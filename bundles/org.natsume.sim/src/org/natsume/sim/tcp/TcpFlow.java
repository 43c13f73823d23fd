package org.natsume.sim.tcp;

/**
 * One TCP connection's two streams as they cross the simulated paths: the data frames (ordinals in
 * {@link #data}, contents in {@link #segments}) and the ACK frames ({@link #acks}, contents in {@link #ackLog}).
 * Every queue on a path that can drop keeps a cursor of the stream it carries ({@link FrameLedger#cursor()}); the
 * endpoints read what arrived through {@link DataIn} and {@link AcksIn}.
 */
public final class TcpFlow {
    public final FrameLedger data = new FrameLedger();
    public final SegmentLog segments = new SegmentLog();
    public final FrameLedger acks = new FrameLedger();
    public final AckLog ackLog = new AckLog();

    public DataIn dataIn(TcpReceiver receiver) {
        return new DataIn(receiver);
    }

    public AcksIn acksIn(TcpSender sender) {
        return new AcksIn(sender);
    }

    /** The receiver's end of the data stream. */
    public final class DataIn implements FrameLedger.Runs {
        private final FrameLedger.Cursor cursor = data.cursor();
        private final TcpReceiver receiver;
        private final FrameLedger.Runs toReceiver = this::segmentsRun;
        private long now;
        private long acks;

        DataIn(TcpReceiver receiver) {
            this.receiver = receiver;
        }

        /** m data frames reached the receiver's stack at now; returns the ACK frames it sends. */
        public long deliver(long t, long m) {
            now = t;
            acks = 0;
            cursor.pass(m, this);
            cursor.prune();
            return acks;
        }

        @Override
        public void run(long first, long count) {
            segments.map(first, count, toReceiver);
        }

        private void segmentsRun(long firstSeq, long count) {
            acks += receiver.segments(now, firstSeq, count);
        }

        public long delivered() {
            return cursor.passed();
        }
    }

    /** The sender's end of the ACK stream. */
    public final class AcksIn implements FrameLedger.Runs {
        private final FrameLedger.Cursor cursor = acks.cursor();
        private final TcpSender sender;
        private final long[] blocks = new long[2 * AckLog.MAX_BLOCKS];
        private long now;

        AcksIn(TcpSender sender) {
            this.sender = sender;
        }

        /** m ACK frames reached the sender's stack at now. */
        public void deliver(long t, long m) {
            now = t;
            cursor.pass(m, this);
            cursor.prune();
            ackLog.forgetBefore(cursor.next());
        }

        @Override
        public void run(long first, long count) {
            for (long k = first; k < first + count; k++) {
                int nb = ackLog.blocks(k);
                for (int b = 0; b < nb; b++) {
                    blocks[2 * b] = ackLog.blockStart(k, b);
                    blocks[2 * b + 1] = ackLog.blockEnd(k, b);
                }
                sender.ack(now, ackLog.cum(k), ackLog.window(k), blocks, nb);
            }
        }

        public long delivered() {
            return cursor.passed();
        }
    }
}
