package org.natsume.sim.hw;

/**
 * The e1000/e1000e dynamic interrupt throttle (domain.md §3.5; Linux e1000_update_itr / e1000_set_itr): after each
 * interrupt's work the driver sorts the traffic of that interrupt into lowest / low / bulk latency classes and
 * programs the NIC. Conservative mode (3) never uses the lowest class; increases are applied in quarter steps.
 */
public final class ItrController {
    private static final int LOWEST = 0;
    private static final int LOW = 1;
    private static final int BULK = 2;

    private final int mode;
    private final long bulkRate;
    private final long lowRate;
    private final long lowestRate;
    // e1000_adapter rx_itr / tx_itr: kzalloc'd, so both start at lowest_latency (0)
    private int rxClass = LOWEST;
    private int txClass = LOWEST;
    private long rate;

    public ItrController(int mode, long bulkRate, long lowRate, long lowestRate) {
        this.mode = mode;
        this.bulkRate = bulkRate;
        this.lowRate = lowRate;
        this.lowestRate = lowestRate;
        if (mode == 0) {
            rate = 0;
        } else if (mode >= 100) {
            rate = mode;
        } else {
            rate = mode == 3 ? lowRate : lowestRate;
        }
    }

    /** Interrupts per second currently programmed; 0 = no throttling. */
    public long rate() {
        return rate;
    }

    /** Minimum ns between two interrupts (ITR register in 256 ns units). */
    public long intervalNs() {
        if (rate <= 0) {
            return 0;
        }
        long units = Math.max(1, Math.round(1e9 / (rate * 256.0)));
        return units * 256;
    }

    /** e1000_set_itr after one interrupt's work of received packets/bytes only (no transmit completions). */
    public void update(long packets, long bytes) {
        update(packets, bytes, 0, 0);
    }

    /**
     * e1000_set_itr at the end of one interrupt's NAPI work: the transmit and the receive traffic are classified
     * separately (e1000_update_itr on total_tx_* and total_rx_*), the stricter class wins (max), and a rate
     * increase is applied in quarter steps. Transmit completions count every segment of a TSO skb
     * (e1000_clean_tx_irq: total_tx_packets += gso_segs), reported when the skb's last frame has left.
     */
    public void update(long rxPackets, long rxBytes, long txPackets, long txBytes) {
        if (mode != 1 && mode != 3) {
            return;
        }
        txClass = conservative(classify(txClass, txPackets, txBytes));
        rxClass = conservative(classify(rxClass, rxPackets, rxBytes));
        int c = Math.max(rxClass, txClass);
        long target = c == LOWEST ? lowestRate : c == LOW ? lowRate : bulkRate;
        if (target != rate) {
            rate = target > rate ? Math.min(rate + (target >> 2), target) : target;
        }
    }

    /** The class e1000_update_itr computes for the traffic since the last update (domain.md §3.5). */
    public String currentClass() {
        int c = Math.max(conservative(rxClass), conservative(txClass));
        return c == LOWEST ? "lowest" : c == LOW ? "low" : "bulk";
    }

    private int conservative(int c) {
        // conservative mode (itr 3) eliminates the lowest_latency setting
        return mode == 3 && c == LOWEST ? LOW : c;
    }

    private static int classify(int itrClass, long packets, long bytes) {
        if (packets == 0) {
            return itrClass;
        }
        int c = itrClass;
        switch (itrClass) {
            case LOWEST -> {
                if (bytes / packets > 8000) {
                    c = BULK;
                } else if (packets < 5 && bytes > 512) {
                    c = LOW;
                }
            }
            case LOW -> {
                if (bytes > 10000) {
                    if (bytes / packets > 8000) {
                        c = BULK;
                    } else if (packets < 10 || bytes / packets > 1200) {
                        c = BULK;
                    } else if (packets > 35) {
                        c = LOWEST;
                    }
                } else if (bytes / packets > 2000) {
                    c = BULK;
                } else if (packets <= 2 && bytes < 512) {
                    c = LOWEST;
                }
            }
            default -> {
                if (bytes > 25000) {
                    if (packets > 35) {
                        c = LOW;
                    }
                } else if (bytes < 6000) {
                    c = LOW;
                }
            }
        }
        return c;
    }
}
