package org.natsume.sim.tcp;

/**
 * The congestion window of one sender, in segments (net/ipv4/tcp_cong.c): slow start below ssthresh (one segment
 * per ACK, tcp_slow_start without ABC), above it the algorithm's increase (one segment per cnt ACKs,
 * snd_cwnd_cnt); on loss the algorithm's ssthresh. Subclasses compute cnt and ssthresh as their modules do.
 */
public abstract class CongestionControl {
    /** RFC 3390 initial window for a 1448-B MSS: min(4 MSS, max(2 MSS, 4380 B)) = 3 segments (tcp_init_cwnd). */
    public static final long INITIAL_CWND = 3;
    static final int ACK_RATIO_SHIFT = 4;

    protected long cwnd = INITIAL_CWND;
    protected long ssthresh = Integer.MAX_VALUE;
    protected long cwndCnt;
    /** Packets per ACK, << ACK_RATIO_SHIFT (bictcp_acked's delayed_ack, starts at 2). */
    protected long delayedAck = 2 << ACK_RATIO_SHIFT;

    /** Sets the window and threshold (hand-built scenarios start mid-connection). */
    public void window(long cwnd, long ssthresh) {
        this.cwnd = cwnd;
        this.ssthresh = ssthresh;
    }

    public long cwnd() {
        return cwnd;
    }

    public long ssthresh() {
        return ssthresh;
    }

    public abstract CongestionAlgorithm algorithm();

    /** One ACK that acknowledged acked segments in the Open state (bictcp_acked: the packets-per-ACK ratio). */
    public void acked(long acked) {
        long cnt = acked - (delayedAck >> ACK_RATIO_SHIFT);
        delayedAck += cnt;
        if (delayedAck < 1) {
            delayedAck = 1;
        }
    }

    /** tcp_cong_avoid for one ACK; nothing when the sender was not using its window (tcp_is_cwnd_limited). */
    public void onAck(long nowNs, boolean cwndLimited, long minRttNs) {
        if (!cwndLimited) {
            return;
        }
        if (cwnd <= ssthresh) {
            cwnd++; // tcp_slow_start
            return;
        }
        long cnt = Math.max(1, increaseCnt(nowNs, minRttNs));
        if (cwndCnt >= cnt) {
            cwnd++;
            cwndCnt = 0;
        } else {
            cwndCnt++;
        }
    }

    /** ACKs per one-segment increase in congestion avoidance. */
    protected abstract long increaseCnt(long nowNs, long minRttNs);

    /** Entering loss recovery or CWR: the new ssthresh (the module's ssthresh hook; it remembers W_max). */
    public long lossSsthresh() {
        ssthresh = moduleSsthresh();
        cwndCnt = 0;
        return ssthresh;
    }

    protected abstract long moduleSsthresh();

    /** tcp_complete_cwr / end of recovery: cwnd = min(cwnd, ssthresh). */
    public void completeRecovery() {
        cwnd = Math.min(cwnd, ssthresh);
        cwndCnt = 0;
    }

    /** tcp_enter_loss after an RTO: ssthresh from the module, one segment (plus the in-flight floor of 1). */
    public void rto() {
        lossSsthresh();
        cwnd = 1;
        restartEpoch();
    }

    /**
     * tcp_cwnd_down (rate halving during recovery): one segment less every second ACK while above ssthresh.
     * Linux also caps cwnd at in-flight + 1 after each ACK because it transmits after each ACK; the model sends
     * after a batch of ACKs, where that cap would starve the retransmissions, so it is left out.
     */
    public void cwndDown(long pipe) {
        long decr = cwndCnt + 1;
        cwndCnt = decr & 1;
        decr >>= 1;
        if (decr > 0 && cwnd > ssthresh) {
            cwnd -= decr;
        }
    }

    /** Caps cwnd to what is in flight plus a burst (tcp_moderate_cwnd, max_burst 3). */
    public void moderate(long pipe) {
        cwnd = Math.max(1, Math.min(cwnd, pipe + 3));
    }

    /** cwnd = min(cwnd, limit). */
    public void moderateTo(long limit) {
        cwnd = Math.max(1, Math.min(cwnd, limit));
    }

    protected void restartEpoch() {
    }
}
