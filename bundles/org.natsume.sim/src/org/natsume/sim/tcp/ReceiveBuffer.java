package org.natsume.sim.tcp;

/**
 * The receive buffer and the window it advertises, with tcp_moderate_rcvbuf (tcp_rcv_space_adjust, 2.6.18 and
 * 2.6.26 alike): it starts at tcp_rmem[1] = 87,380 B (the advertised window is 3/4 of the buffer,
 * tcp_adv_win_scale 2: 65,535 B); once per receiver RTT — at least a jiffy, since the RTT comes from timestamps in
 * jiffies — space = 2 × the bytes the application read in that time, and if that is more than before the buffer
 * grows to space / advmss × rcvmem (bytes of memory per segment of data), at most tcp_rmem[2], and the window
 * clamp follows space.
 */
public final class ReceiveBuffer {
    public static final long RMEM_DEFAULT = 87380;
    private final long rmemMax;
    private final long mss;
    private final long periodNs;
    private final long rcvmem;
    private long rcvbuf = RMEM_DEFAULT;
    private long clamp;
    private long space;
    private long copiedSegs;
    private long periodStart = -1;

    public ReceiveBuffer(long rmemMax, long mss, long periodNs) {
        this.rmemMax = Math.max(RMEM_DEFAULT, rmemMax);
        this.mss = mss;
        this.periodNs = periodNs;
        this.rcvmem = rcvmem(mss);
        this.clamp = winFromSpace(rcvbuf);
        this.space = clamp;
    }

    /**
     * Memory per segment: advmss + MAX_TCP_HEADER (160 on i386) + 16 + sizeof(struct sk_buff) (about 170 B on
     * 32-bit), grown by 128 until 3/4 of it holds an MSS: 2,050 B for a 1448-B MSS.
     */
    static long rcvmem(long mss) {
        long m = mss + 160 + 16 + 170;
        while (winFromSpace(m) < mss) {
            m += 128;
        }
        return m;
    }

    static long winFromSpace(long bytes) {
        return bytes - (bytes >> 2);
    }

    /** The application read segs segments at now. */
    public void copied(long now, long segs) {
        if (periodStart < 0) {
            periodStart = now;
        }
        copiedSegs += segs;
        if (now - periodStart < periodNs) {
            return;
        }
        long s = 2 * copiedSegs * mss;
        if (s > space) {
            space = s;
            long buf = Math.min(Math.max(1, s / mss) * rcvmem, rmemMax);
            if (buf > rcvbuf) {
                rcvbuf = buf;
                clamp = s;
            }
        }
        copiedSegs = 0;
        periodStart = now;
    }

    /** Advertised window in bytes. */
    public long windowBytes() {
        return Math.min(clamp, winFromSpace(rcvbuf));
    }

    public long windowSegments() {
        return Math.max(1, windowBytes() / mss);
    }

    public long rcvbuf() {
        return rcvbuf;
    }
}
