package org.natsume.sim.tcp;

/**
 * The receiving half of a TCP connection, in segments (tcp_data_queue, __tcp_ack_snd_check): in-order data
 * advances rcv_nxt and is ACKed every second full segment, a lone segment by the delayed-ACK timer
 * (TCP_DELACK_MIN); out-of-order data goes to the out-of-order queue and is ACKed at once with SACK blocks (the
 * block of the newest segment first), as is a segment that fills a hole and a duplicate. Each ACK goes into the
 * stream's {@link AckLog}; the owner puts as many ACK frames on its path.
 */
public final class TcpReceiver {
    private final AckLog log;
    private final ReceiveBuffer buffer;
    private final long delackNs;
    private final long ackEvery;
    private TcpTimer delack;
    private final RangeSet ooo = new RangeSet();
    private final long[] blocks = new long[2 * AckLog.MAX_BLOCKS];
    private long rcvNxt;
    private long pending;
    private long lastOooStart = -1;
    private long lastOooEnd = -1;
    private long delivered;
    private long acksOut;

    public TcpReceiver(AckLog log, ReceiveBuffer buffer, long delackNs) {
        this(log, buffer, delackNs, 2);
    }

    /** ackEvery: full segments per delayed ACK (2 in Linux: __tcp_ack_snd_check's "more than one full frame"). */
    public TcpReceiver(AckLog log, ReceiveBuffer buffer, long delackNs, long ackEvery) {
        this.ackEvery = Math.max(1, ackEvery);
        this.log = log;
        this.buffer = buffer;
        this.delackNs = delackNs;
    }

    /** The delayed-ACK timer; its expiry must call {@link #delackFired}. */
    public void timer(TcpTimer t) {
        this.delack = t;
    }

    public long rcvNxt() {
        return rcvNxt;
    }

    /** Segments delivered in order to the application. */
    public long delivered() {
        return delivered;
    }

    public long acksSent() {
        return acksOut;
    }

    public ReceiveBuffer buffer() {
        return buffer;
    }

    public RangeSet outOfOrder() {
        return ooo;
    }

    /** Segments the ACK policy would leave unACKed now (for the cost of a batch). */
    public long pendingSegments() {
        return pending;
    }

    /** Segments [first, first + count) arrived at now; returns the ACK frames to send. */
    public long segments(long now, long first, long count) {
        long before = acksOut;
        long end = first + count;
        if (first < rcvNxt) {
            long dup = Math.min(end, rcvNxt) - first;
            for (long i = 0; i < dup; i++) {
                ack(); // a duplicate: tcp_send_dupack
            }
            first = Math.min(end, rcvNxt);
        }
        if (first >= end) {
            return acksOut - before;
        }
        if (first > rcvNxt) {
            // out of order: queue each segment, ACK each at once with SACK
            for (long x = first; x < end; x++) {
                ooo.add(x, x + 1);
                lastOooStart = x;
                lastOooEnd = x + 1;
                ack();
            }
            pending = 0;
            cancelDelack();
            return acksOut - before;
        }
        boolean hadHole = !ooo.isEmpty();
        advance(now, end);
        if (hadHole) {
            // filling a hole: the queued data follows, and the ACK goes at once (more than one segment)
            while (!ooo.isEmpty() && ooo.first() <= rcvNxt) {
                long e2 = ooo.end(0);
                ooo.remove(ooo.first(), e2);
                if (e2 > rcvNxt) {
                    advance(now, e2);
                }
            }
            ack();
            pending = 0;
            cancelDelack();
            return acksOut - before;
        }
        // segment by segment, so the ACKs of a batch carry rising cumulative ACKs as they would one by one
        long p = pending;
        for (long i = 1; i <= count; i++) {
            if (++p >= ackEvery) {
                p = 0;
                ack(first + i);
            }
        }
        pending = p;
        if (pending > 0) {
            if (delack != null && !delack.armed()) {
                delack.arm(now + delackNs);
            }
        } else {
            cancelDelack();
        }
        return acksOut - before;
    }

    private void advance(long now, long end) {
        long n = end - rcvNxt;
        rcvNxt = end;
        delivered += n;
        buffer.copied(now, n);
    }

    /** The delayed-ACK timer expired: ACK what is pending; returns the ACK frames to send (0 or 1). */
    public long delackFired(long now) {
        if (pending == 0) {
            return 0;
        }
        pending = 0;
        ack();
        return 1;
    }

    private void cancelDelack() {
        if (delack != null && delack.armed()) {
            delack.cancel();
        }
    }

    private void ack() {
        ack(rcvNxt);
    }

    private void ack(long cum) {
        int nb = 0;
        if (!ooo.isEmpty()) {
            // the block holding the newest out-of-order segment first (RFC 2018), then the others from the top
            int newest = -1;
            for (int i = 0; i < ooo.ranges(); i++) {
                if (ooo.start(i) <= lastOooStart && lastOooEnd <= ooo.end(i)) {
                    newest = i;
                }
            }
            if (newest >= 0) {
                blocks[0] = ooo.start(newest);
                blocks[1] = ooo.end(newest);
                nb = 1;
            }
            for (int i = ooo.ranges() - 1; i >= 0 && nb < AckLog.MAX_BLOCKS; i--) {
                if (i != newest) {
                    blocks[2 * nb] = ooo.start(i);
                    blocks[2 * nb + 1] = ooo.end(i);
                    nb++;
                }
            }
        }
        log.append(cum, buffer.windowSegments(), blocks, nb);
        acksOut++;
    }
}
