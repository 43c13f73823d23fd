package org.natsume.sim.tcp;

/**
 * CUBIC as net/ipv4/tcp_cubic.c (version 2.2, 2.6.26) computes it: W(t) = C (t − K)³ + W_max with C = 0.4
 * segments/s³ (bic_scale 41), K = ∛(W_max (1 − β) / C) from the window at the epoch start, t from the epoch start
 * plus the minimum RTT; TCP-friendly region (tcp_friendliness); ssthresh = cwnd × 717/1024 with fast convergence.
 * No HyStart (2.6.29).
 */
public final class Cubic extends CongestionControl {
    static final double C = 410.0 / 1024.0;
    /** 8 × (1024 + 717) / 3 / (1024 − 717): ACKs per segment of Reno growth, in eighths of cwnd. */
    static final long BETA_SCALE_FRIENDLY = 8L * (CongestionAlgorithm.BETA_SCALE + CongestionAlgorithm.CUBIC.beta) / 3
            / (CongestionAlgorithm.BETA_SCALE - CongestionAlgorithm.CUBIC.beta);
    private long lastMaxCwnd;
    private long lastCwnd;
    private long lastTime = Long.MIN_VALUE;
    private long epochStart = -1;
    private double k;
    private long originPoint;
    private long ackCnt;
    private long tcpCwnd;
    private long cnt = 1;

    @Override
    public CongestionAlgorithm algorithm() {
        return CongestionAlgorithm.CUBIC;
    }

    @Override
    protected long increaseCnt(long nowNs, long minRttNs) {
        ackCnt++;
        if (lastCwnd == cwnd && nowNs - lastTime <= 1_000_000_000L / 32) {
            return cnt;
        }
        lastCwnd = cwnd;
        lastTime = nowNs;
        if (epochStart < 0) {
            epochStart = nowNs;
            ackCnt = 1;
            tcpCwnd = cwnd;
            if (lastMaxCwnd <= cwnd) {
                k = 0;
                originPoint = cwnd;
            } else {
                k = Math.cbrt((lastMaxCwnd - cwnd) / C);
                originPoint = lastMaxCwnd;
            }
        }
        double t = (nowNs + Math.max(0, minRttNs) - epochStart) / 1e9;
        double delta = C * Math.pow(Math.abs(t - k), 3);
        long target = (long) (t < k ? originPoint - delta : originPoint + delta);
        long c = target > cwnd ? cwnd / (target - cwnd) : 100 * cwnd;
        // TCP friendliness: never slower than Reno with the same beta would be
        long d = cwnd * BETA_SCALE_FRIENDLY >> 3;
        while (d > 0 && ackCnt > d) {
            ackCnt -= d;
            tcpCwnd++;
        }
        if (tcpCwnd > cwnd) {
            long maxCnt = cwnd / (tcpCwnd - cwnd);
            c = Math.min(c, maxCnt);
        }
        c = (c << ACK_RATIO_SHIFT) / Math.max(1, delayedAck);
        cnt = Math.max(1, c);
        return cnt;
    }

    @Override
    protected long moduleSsthresh() {
        epochStart = -1;
        if (cwnd < lastMaxCwnd) {
            lastMaxCwnd = cwnd * (CongestionAlgorithm.BETA_SCALE + CongestionAlgorithm.CUBIC.beta)
                    / (2 * CongestionAlgorithm.BETA_SCALE);
        } else {
            lastMaxCwnd = cwnd;
        }
        lastTime = Long.MIN_VALUE;
        return Math.max(cwnd * CongestionAlgorithm.CUBIC.beta / CongestionAlgorithm.BETA_SCALE, 2);
    }

    @Override
    protected void restartEpoch() {
        epochStart = -1;
    }

    public long lastMaxCwnd() {
        return lastMaxCwnd;
    }
}
