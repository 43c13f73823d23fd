package org.natsume.sim.tcp;

/**
 * BIC-TCP as net/ipv4/tcp_bic.c of 2.6.18 computes it: binary search toward the window of the last loss
 * (last_max_cwnd) and max probing beyond it, at most max_increment = 16 segments per RTT, standard increase below
 * low_window = 14; ssthresh = cwnd × 819/1024 with fast convergence.
 */
public final class Bic extends CongestionControl {
    static final long MAX_INCREMENT = 16;
    static final long LOW_WINDOW = 14;
    static final long SMOOTH_PART = 20;
    static final long B = 4;
    private long lastMaxCwnd;
    private long lossCwnd;
    private long lastCwnd;
    private long lastTime = Long.MIN_VALUE;
    private long cnt = 1;

    @Override
    public CongestionAlgorithm algorithm() {
        return CongestionAlgorithm.BIC;
    }

    @Override
    protected long increaseCnt(long nowNs, long minRttNs) {
        // bictcp_update recomputes at most every HZ/32 (about 31 ms) for an unchanged window
        if (lastCwnd == cwnd && nowNs - lastTime <= 1_000_000_000L / 32) {
            return cnt;
        }
        lastCwnd = cwnd;
        lastTime = nowNs;
        long c;
        if (cwnd <= LOW_WINDOW) {
            c = cwnd;
        } else if (cwnd < lastMaxCwnd) {
            long dist = (lastMaxCwnd - cwnd) / B;
            if (dist > MAX_INCREMENT) {
                c = cwnd / MAX_INCREMENT;
            } else if (dist <= 1) {
                c = cwnd * SMOOTH_PART / B;
            } else {
                c = cwnd / dist;
            }
        } else if (cwnd < lastMaxCwnd + B) {
            c = cwnd * SMOOTH_PART / B;
        } else if (cwnd < lastMaxCwnd + MAX_INCREMENT * (B - 1)) {
            c = cwnd * (B - 1) / (cwnd - lastMaxCwnd);
        } else {
            c = cwnd / MAX_INCREMENT;
        }
        if (lossCwnd == 0 && c > 20) {
            c = 20; // slow start or very low utilisation: 5 % per RTT
        }
        c = (c << ACK_RATIO_SHIFT) / Math.max(1, delayedAck);
        cnt = Math.max(1, c);
        return cnt;
    }

    @Override
    protected long moduleSsthresh() {
        if (cwnd < lastMaxCwnd) {
            lastMaxCwnd = cwnd * (CongestionAlgorithm.BETA_SCALE + CongestionAlgorithm.BIC.beta)
                    / (2 * CongestionAlgorithm.BETA_SCALE);
        } else {
            lastMaxCwnd = cwnd;
        }
        lossCwnd = cwnd;
        lastTime = Long.MIN_VALUE;
        if (cwnd <= LOW_WINDOW) {
            return Math.max(cwnd >> 1, 2);
        }
        return Math.max(cwnd * CongestionAlgorithm.BIC.beta / CongestionAlgorithm.BETA_SCALE, 2);
    }

    public long lastMaxCwnd() {
        return lastMaxCwnd;
    }
}
