package org.natsume.sim.tcp;

/**
 * The Linux kernel a TCP endpoint runs, as far as TCP cares (domain.md §0.1, §0.6): its default congestion
 * control, how tcp_init sizes tcp_rmem[2] / tcp_wmem[2] from memory, and HZ (the delayed-ACK and receive-buffer
 * clocks). The one place that says which kernel an endpoint has by default is {@link #defaultFor}; the kernel
 * profile of a domain (when the model carries one) replaces it.
 */
public enum TcpKernel {
    /** 2.6.18.8-xen (Dom0 and the PV guests): BIC, HZ 100 (linux-defconfig_xen_x86_32). */
    LINUX_2_6_18(CongestionAlgorithm.BIC, 100),
    /** 2.6.26 (Debian 5.0 2.6.26-2-686, the native case and the netperf peer): CUBIC, HZ 250 (Debian's config). */
    LINUX_2_6_26(CongestionAlgorithm.CUBIC, 250);

    public static final int PAGE = 4096;
    /** 32-bit x86: memory above 896 MiB is highmem, which tcp_init does not count. */
    public static final long LOWMEM_MIB = 896;

    public final CongestionAlgorithm congestion;
    public final int hz;

    TcpKernel(CongestionAlgorithm congestion, int hz) {
        this.congestion = congestion;
        this.hz = hz;
    }

    /** The default: a Xen PV domain runs 2.6.18.8-xen, native Linux and the external peer 2.6.26 (domain.md §6.1). */
    public static TcpKernel defaultFor(boolean xenDomain) {
        return xenDomain ? LINUX_2_6_18 : LINUX_2_6_26;
    }

    public long jiffyNs() {
        return 1_000_000_000L / hz;
    }

    /** TCP_DELACK_MIN = HZ/25 (40 ms). */
    public long delackNs() {
        return Math.max(1, hz / 25) * jiffyNs();
    }

    /** TCP_RTO_MIN = HZ/5 (200 ms). */
    public long rtoMinNs() {
        return Math.max(1, hz / 5) * jiffyNs();
    }

    /** Low-memory pages free at tcp_init (an estimate: lowmem minus about 4 % for the kernel and early allocations). */
    static long freeLowPages(long memoryMiB) {
        long mib = Math.min(Math.max(memoryMiB, 16), LOWMEM_MIB);
        return mib * (1L << 20) / PAGE * 96 / 100;
    }

    /**
     * tcp_init's per-socket limit max_share (tcp_rmem[2] = max(87380, max_share), tcp_wmem[2] = max(64 KB,
     * max_share)) for a machine with memoryMiB of RAM.
     * <ul>
     * <li>2.6.18 (net/ipv4/tcp.c): order = log2 of the bind hash size in pages (alloc_large_system_hash: one entry
     * per 2 pages of kernel memory, rounded up to a power of two, halved for ehash, 8 B per bucket), lowered while
     * 1536 &lt;&lt; order &gt; nr_free_lowpages / 6; tcp_mem[1] = 1024 &lt;&lt; order pages; max_share =
     * min(4 MB, tcp_mem[1] pages &lt;&lt; (12 - 7)). 512 MiB gives order 3 and 256 KiB.</li>
     * <li>2.6.26: limit = min(pages, 256 MB) (in MB) × pages (in MB) &gt;&gt; 1 pages (up to half of memory at
     * 256 MB), tcp_mem[1] = that, max_share = min(4 MB, tcp_mem[1] &lt;&lt; 5). 512 MiB gives 2 MiB, 896 MiB of
     * lowmem about 3.4 MiB.</li>
     * </ul>
     */
    public long maxShare(long memoryMiB) {
        long pages = freeLowPages(memoryMiB);
        long tcpMem1;
        if (this == LINUX_2_6_18) {
            long entries = Long.highestOneBit(Math.max(1, pages / 2 - 1)) << 1; // roundup_pow_of_two(pages >> 1)
            long ehash = entries >> 1;
            long bhash = Math.min(ehash, 64 * 1024);
            long bytes = bhash * 8;
            int order = 0;
            while ((1L << order) * PAGE < bytes) {
                order++;
            }
            long goal = pages / 6;
            while (order >= 3 && (1536L << order) > goal) {
                order--;
            }
            long mem0 = 768L << order;
            long mem1 = 1024L << order;
            long mem2 = 1536L << order;
            if (mem2 - mem1 > 4096) {
                mem1 = mem2 - 4096;
            }
            if (mem1 - mem0 > 4096) {
                mem0 = mem1 - 4096;
            }
            tcpMem1 = mem1;
        } else {
            long mb = pages >> (20 - 12);
            long limit = (Math.min(pages, 1L << (28 - 12)) >> (20 - 12)) * mb >> (12 - 11);
            tcpMem1 = Math.max(limit, 128);
        }
        return Math.min(4L << 20, tcpMem1 << (12 - 7));
    }

    /** tcp_rmem[2]: the largest receive buffer autotuning may reach. */
    public long rmemMax(long memoryMiB) {
        return Math.max(87380, maxShare(memoryMiB));
    }

    /** tcp_wmem[2]: the largest send buffer. */
    public long wmemMax(long memoryMiB) {
        return Math.max(64 * 1024, maxShare(memoryMiB));
    }

    /**
     * Segments tcp_wmem[2] holds (sk_wmem_queued &lt;= sk_sndbuf): netperf's sends are copied into page fragments
     * (the paths are scatter-gather), so an skb's truesize is its payload plus about 64 B of headers per segment.
     */
    public long sndbufSegments(long memoryMiB, long mss) {
        return Math.max(2, wmemMax(memoryMiB) / (mss + 64));
    }
}
