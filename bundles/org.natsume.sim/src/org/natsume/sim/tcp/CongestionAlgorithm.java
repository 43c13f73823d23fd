package org.natsume.sim.tcp;

/** The congestion-control modules the paper's kernels default to (tcp_cong.c's default per kernel). */
public enum CongestionAlgorithm {
    /** tcp_bic.c, the 2.6.18 default: beta 819/1024. */
    BIC(819),
    /** tcp_cubic.c 2.2, the 2.6.26 default: beta 717/1024. */
    CUBIC(717);

    public static final int BETA_SCALE = 1024;
    public final int beta;

    CongestionAlgorithm(int beta) {
        this.beta = beta;
    }

    public CongestionControl create() {
        return this == BIC ? new Bic() : new Cubic();
    }
}
