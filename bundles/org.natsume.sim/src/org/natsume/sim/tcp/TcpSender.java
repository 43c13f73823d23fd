package org.natsume.sim.tcp;


/**
 * The sending half of a TCP connection with SACK, in segments (net/ipv4/tcp_input.c, tcp_output.c of 2.6.18 and
 * 2.6.26). It may have min(cwnd, peer window, send buffer) segments outstanding; what it counts in flight is
 * RFC 3517's pipe: outstanding minus SACKed minus marked lost and not yet retransmitted. Loss detection is FACK's
 * (the default, tcp_fack): once SACKed data reaches more than reordering = 3 segments above snd_una it enters
 * Recovery — ssthresh from the congestion module (BIC 819/1024, CUBIC 717/1024), rate halving toward it
 * (tcp_cwnd_down), the holes below the highest SACK minus reordering marked lost and retransmitted first — and it
 * leaves Recovery when snd_una passes the highest sequence sent at its start (cwnd = ssthresh). The retransmission
 * timer (RTO = srtt + max(4 rttvar, TCP_RTO_MIN), doubled on each expiry) sets cwnd to 1 and retransmits
 * everything not SACKed (the Loss state, slow start from there). RTT samples come from timestamps, never from a
 * retransmitted segment (Karn).
 */
public final class TcpSender {
    public static final long REORDERING = 3;
    public static final long RTO_INIT_NS = 3_000_000_000L;
    public static final long RTO_MAX_NS = 120_000_000_000L;

    public enum State { OPEN, CWR, RECOVERY, LOSS }

    /** What a sender reports (the owner turns it into trace events and metrics). */
    public interface Events {
        /** Entering Recovery: lost segments marked, the new cwnd and ssthresh. */
        void loss(long now, long lost, long cwnd, long ssthresh);

        void retransmit(long now, long first, long count);

        /** The retransmission timer expired; backoff is the new multiplier. */
        void rto(long now, long backoff, long ssthresh);

        /** Recovery (or Loss) is over; cwnd afterwards. */
        void recovered(long now, long cwnd);
    }

    private final CongestionControl cc;
    private final long sndbufSegs;
    private final long rtoMinNs;
    private final boolean tso;
    private final Events events;
    private TcpTimer rtoTimer;
    private final RangeSet sacked = new RangeSet();
    private final RangeSet toRetransmit = new RangeSet();
    private final RangeSet retransmitted = new RangeSet();
    private State state = State.OPEN;
    private long una;
    private long nxt;
    private long rightEdge;
    private long maxWindow;
    private long dataEnd = Long.MAX_VALUE;
    private boolean cwndLimitedAtSend;
    private long highSeq;
    private long srtt = -1;
    private long rttvar;
    private long minRtt = Long.MAX_VALUE;
    private long rto = RTO_INIT_NS;
    private int backoff = 1;
    private long retransmits;
    private long rtos;
    private long recoveries;
    // send times of new data: runs of (first segment, count, time)
    /** Send times of runs of segments: first, count, time (for RTT samples). */
    private final ColumnFifo sendTimes = new ColumnFifo(3, 32);

    public TcpSender(CongestionControl cc, long sndbufSegs, long initialWindowSegs, long rtoMinNs, boolean tso,
            Events events) {
        this.cc = cc;
        this.sndbufSegs = Math.max(1, sndbufSegs);
        this.rightEdge = initialWindowSegs;
        this.rtoMinNs = rtoMinNs;
        this.tso = tso;
        this.events = events;
    }

    /** The retransmission timer; its expiry must call {@link #rtoFired}. */
    public void timer(TcpTimer t) {
        this.rtoTimer = t;
    }

    public CongestionControl congestion() {
        return cc;
    }

    public State state() {
        return state;
    }

    public long una() {
        return una;
    }

    public long nxt() {
        return nxt;
    }

    public long cwnd() {
        return cc.cwnd();
    }

    public long ssthresh() {
        return cc.ssthresh();
    }

    public long rtoNs() {
        return Math.min(RTO_MAX_NS, rto * backoff);
    }

    public long retransmits() {
        return retransmits;
    }

    public long rtos() {
        return rtos;
    }

    public long recoveries() {
        return recoveries;
    }

    public RangeSet sacked() {
        return sacked;
    }

    /** RFC 3517 pipe: segments believed in the network. */
    public long pipe() {
        return (nxt - una) - sacked.size() - toRetransmit.size();
    }

    /** Segments that may be sent now: retransmissions first, then new data within the windows. */
    public long allowance() {
        long room = cc.cwnd() - pipe();
        if (room <= 0) {
            return 0;
        }
        long fresh = Math.max(0, dataLimit() - nxt);
        return Math.min(room, toRetransmit.size() + fresh);
    }

    /** Whether new data is held back by the peer's window or the send buffer rather than by cwnd. */
    public boolean windowLimited() {
        return nxt >= dataLimit();
    }

    private long dataLimit() {
        return Math.min(Math.min(rightEdge, una + sndbufSegs), dataEnd);
    }

    /** The application has written segments up to end (netperf: unlimited, the default). */
    public void dataEnd(long end) {
        this.dataEnd = end;
    }

    /**
     * Sends k segments (at most {@link #allowance()}): the lowest marked-lost ones first, then new data. Each run is
     * appended to the stream's log in sending order.
     */
    public long emit(long now, long k, SegmentLog log) {
        long sent = 0;
        while (k > 0 && !toRetransmit.isEmpty()) {
            long a = toRetransmit.first();
            long take = Math.min(k, toRetransmit.end(0) - a);
            toRetransmit.remove(a, a + take);
            retransmitted.add(a, a + take);
            log.append(a, take);
            retransmits += take;
            events.retransmit(now, a, take);
            k -= take;
            sent += take;
        }
        long fresh = Math.min(k, Math.max(0, dataLimit() - nxt));
        if (fresh > 0) {
            log.append(nxt, fresh);
            recordSend(nxt, fresh, now);
            nxt += fresh;
            sent += fresh;
        }
        // tcp_cwnd_validate: whether this send used the window (later ACKs of the flight may then grow it)
        cwndLimitedAtSend = cwndLimited(pipe());
        if (sent > 0 && rtoTimer != null && !rtoTimer.armed()) {
            rtoTimer.arm(now + rtoNs());
        }
        return sent;
    }

    /** One ACK: cumulative ACK, advertised window and SACK blocks (pairs in blocks, nBlocks of them). */
    public void ack(long now, long cum, long window, long[] blocks, int nBlocks) {
        long priorPipe = pipe();
        long acked = Math.max(0, Math.min(cum, nxt) - una);
        if (acked > 0) {
            long last = Math.min(cum, nxt) - 1;
            if (!retransmitted.contains(last)) {
                rttSample(now - sendTime(last));
            }
            una += acked;
            sacked.removeBelow(una);
            toRetransmit.removeBelow(una);
            retransmitted.removeBelow(una);
            backoff = 1;
        }
        rightEdge = Math.max(rightEdge, cum + window);
        maxWindow = Math.max(maxWindow, window);
        for (int b = 0; b < nBlocks; b++) {
            long s = Math.max(blocks[2 * b], una);
            long e = Math.min(blocks[2 * b + 1], nxt);
            if (e > s) {
                sacked.add(s, e);
                toRetransmit.remove(s, e);
            }
        }
        if (acked > 0 && rtoTimer != null) {
            if (una < nxt) {
                rtoTimer.arm(now + rtoNs());
            } else {
                rtoTimer.cancel();
            }
        }
        switch (state) {
            case OPEN -> {
                if (acked > 0) {
                    cc.acked(acked);
                    cc.onAck(now, cwndLimitedAtSend || cwndLimited(priorPipe), minRtt == Long.MAX_VALUE ? 0 : minRtt);
                }
                if (!sacked.isEmpty() && sacked.highest() - una > REORDERING) {
                    enterRecovery(now);
                }
            }
            case CWR, RECOVERY -> {
                if (state == State.CWR && !sacked.isEmpty() && sacked.highest() - una > REORDERING) {
                    enterRecovery(now);
                } else if (una >= highSeq) {
                    cc.completeRecovery();
                    boolean wasRecovery = state == State.RECOVERY;
                    state = State.OPEN;
                    if (wasRecovery) {
                        events.recovered(now, cc.cwnd());
                    }
                } else {
                    markLost();
                    cc.cwndDown(pipe());
                }
            }
            case LOSS -> {
                if (acked > 0) {
                    cc.onAck(now, true, minRtt == Long.MAX_VALUE ? 0 : minRtt); // slow start from one segment
                }
                if (una >= highSeq) {
                    state = State.OPEN;
                    events.recovered(now, cc.cwnd());
                }
            }
        }
    }

    /**
     * The local queue (qdisc) refused a segment (NET_XMIT_DROP): tcp_enter_cwr — ssthresh from the module, cwnd
     * to what is in flight plus one, then reduced like Recovery but with nothing to retransmit.
     */
    public void localCongestion(long now) {
        if (state != State.OPEN) {
            return;
        }
        cc.lossSsthresh();
        cc.moderateTo(pipe() + 1);
        highSeq = nxt;
        state = State.CWR;
    }

    /** The largest window the peer advertised (tcp_bound_to_half_wnd sizes TSO packets from it). */
    public long maxWindowSegs() {
        return Math.max(maxWindow, rightEdge - una);
    }

    /** tcp_is_cwnd_limited with the TSO rule: in flight at cwnd, or (with TSO) less than a third of it left. */
    private boolean cwndLimited(long inFlight) {
        long cwnd = cc.cwnd();
        if (inFlight >= cwnd) {
            return true;
        }
        return tso && (cwnd - inFlight) * 3 < cwnd;
    }

    private void enterRecovery(long now) {
        recoveries++;
        highSeq = nxt;
        long ssthresh = cc.lossSsthresh();
        state = State.RECOVERY;
        long lost = markLost();
        cc.cwndDown(pipe());
        events.loss(now, lost, cc.cwnd(), ssthresh);
    }

    /** FACK: every segment below the highest SACK minus reordering that is not SACKed is lost. */
    private long markLost() {
        long limit = sacked.highest() - REORDERING;
        if (limit <= una) {
            return 0;
        }
        return toRetransmit.addExcept(una, limit, sacked, retransmitted);
    }

    /** The retransmission timer expired. */
    public void rtoFired(long now) {
        if (una >= nxt) {
            return;
        }
        rtos++;
        cc.rto();
        state = State.LOSS;
        highSeq = nxt;
        retransmitted.clear();
        toRetransmit.clear();
        toRetransmit.addExcept(una, nxt, sacked, retransmitted);
        backoff = Math.min(backoff * 2, 64);
        events.rto(now, backoff, cc.ssthresh());
        if (rtoTimer != null) {
            rtoTimer.arm(now + rtoNs());
        }
    }

    private void rttSample(long m) {
        if (m <= 0) {
            m = 1;
        }
        minRtt = Math.min(minRtt, m);
        if (srtt < 0) {
            srtt = m;
            rttvar = m / 2;
        } else {
            long err = m - srtt;
            srtt += err / 8;
            rttvar += (Math.abs(err) - rttvar) / 4;
        }
        rto = Math.min(RTO_MAX_NS, srtt + Math.max(4 * rttvar, rtoMinNs));
    }

    public long srttNs() {
        return srtt;
    }

    private void recordSend(long first, long count, long now) {
        sendTimes.push(first, count, now);
    }

    private long sendTime(long seq) {
        while (!sendTimes.isEmpty() && sendTimes.get(0, sendTimes.head()) + sendTimes.get(1, sendTimes.head()) <= seq) {
            sendTimes.pop();
        }
        int h = sendTimes.head();
        return !sendTimes.isEmpty() && sendTimes.get(0, h) <= seq ? sendTimes.get(2, h) : 0;
    }
}
