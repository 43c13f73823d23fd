package org.natsume.sim.config;

/**
 * Every timing and sizing parameter of the simulation, declared once: symbol, unit, default and source
 * (domain.md §5.4; S = sourced, C = computed, E = estimate / calibration knob). Parameters the spec does not name
 * are marked ADDED and documented in docs/simulation.md.
 */
public enum TimingParam {
    T_IOAPIC_MSG("t_ioapic_msg", "ns", 300, "E", "IO-APIC pin assertion to LAPIC IRR"),
    T_IRQ_ENTRY("t_irq_entry", "ns", 200, "E", "vector taken to first handler instruction"),
    T_XEN_DOIRQ("t_xen_doirq", "ns", 500, "E", "Xen do_IRQ + __do_IRQ_guest fixed cost"),
    T_XEN_PER_GUEST("t_xen_per_guest", "ns", 100, "E", "per bound guest loop cost"),
    T_IPI("t_ipi", "ns", 1000, "E", "IPI send to target handler entry"),
    T_UPCALL("t_upcall", "ns", 700, "E", "PV event upcall"),
    T_HYPERCALL("t_hypercall", "ns", 400, "E", "PV hypercall round trip"),
    T_CTXSW_VCPU("t_ctxsw_vcpu", "ns", 3000, "E", "Xen VCPU context switch"),
    T_SCHED_WAKE("t_sched_wake", "ns", 2000, "E", "credit wake + schedule on target (IPI separate)"),
    T_EOI_LOCAL("t_eoi_local", "ns", 50, "E", "LAPIC EOI write"),
    T_CFG_READ("t_cfg_read", "ns", 1000, "E", "PCI config read of a sharer's Status register"),
    T_CFG_WRITE("t_cfg_write", "ns", 1000, "E ADDED", "PCI config write of a sharer's Command register (Interrupt Disable)"),
    T_NIC_ISR("t_nic_isr", "ns", 1000, "E", "e1000(e) top-half ISR (also netfront ISR)"),
    T_STACK_RX_PKT("t_stack_rx_pkt", "ns", 2000, "E", "Linux RX + TCP/UDP processing per frame"),
    T_NETBACK_PKT("t_netback_pkt", "ns", 4000, "E", "Dom0 bridge + netback grant copy per frame"),
    T_NETFRONT_PKT("t_netfront_pkt", "ns", 1500, "E", "guest netfront per frame"),
    T_STACK_TX_PKT("t_stack_tx_pkt", "ns", 1500, "E ADDED", "Linux TCP/IP transmit per frame (data or ACK)"),
    T_DRIVER_RX_PKT("t_driver_rx_pkt", "ns", 500, "E ADDED", "NIC driver NAPI RX per frame (descriptor, skb)"),
    NAPI_WEIGHT("napi_weight", "packets", 64, "S", "packets per NAPI poll round"),
    PER_PACKET_POLL("per_packet_poll", "flag", 1, "ADDED", "1 = NAPI and netfront polls take one packet per work item, as the drivers loop; 0 = one item per round (faster, checked against 1 by AggregationTest)"),
    ITR_MODE("itr_mode", "mode", 3, "S", "e1000 InterruptThrottleRate: 0 off, 1 dynamic, 3 dynamic conservative, >=100 fixed"),
    ITR_BULK("itr_bulk", "int/s", 4000, "S", "bulk latency class"),
    ITR_LOW("itr_low", "int/s", 20000, "S", "low latency class"),
    ITR_LOWEST("itr_lowest", "int/s", 70000, "S", "lowest latency class"),
    RING_SLOTS("ring_slots", "slots", 256, "C", "netfront/netback ring size"),
    NIC_RX_RING("nic_rx_ring", "descriptors", 256, "S ADDED", "e1000 RxDescriptors default"),
    NIC_TX_RING("nic_tx_ring", "descriptors", 256, "S ADDED", "e1000 TxDescriptors default"),
    VIF_QUEUE_LEN("vif_queue_len", "packets", 32, "S ADDED", "netback vif tx_queue_len (netbk_queue_length)"),
    NETBACK_BATCH_MAX("netback_batch_max", "packets", 256, "C ADDED", "netback RX batch bound (NET_RX_RING_SIZE)"),
    EOI_TIMEOUT("eoi_timeout", "ns", 1_000_000, "S", "Xen guest-EOI timeout (3.4: edge only)"),
    IRQ_RATELIMIT("irq_ratelimit", "irqs/10ms", 0, "S", "0 = off (Xen 3.4)"),
    IRQ_MAX_GUESTS("irq_max_guests", "guests", 7, "S", "binders per IRQ"),
    TICK("tick", "ns", 10_000_000, "S", "credit scheduler tick"),
    TSLICE("tslice", "ns", 30_000_000, "S", "credit scheduler timeslice"),
    LINK_RATE("link_rate", "bit/s", 1_000_000_000L, "S", "Ethernet line rate"),
    PROP_DELAY("prop_delay", "ns", 1000, "E ADDED", "cable + switch latency one way"),
    MTU_FRAME("mtu_frame", "bytes", 1538, "C", "1500-B MTU frame on the wire incl. preamble and IFG"),
    TCP_MSS("tcp_mss", "bytes", 1448, "C", "TCP payload per segment with timestamps"),
    TCP_WINDOW("tcp_window", "bytes", 87380, "S ADDED", "Linux 2.6.26 tcp_rmem default: bytes in flight"),
    NIC_CLOCK_PPM("nic_clock_ppm", "ppm", 100, "S ADDED", "IEEE 802.3 clock tolerance: each NIC's crystal is off by a uniform draw within +/- this"),
    NIC_TSO("nic_tso", "flag", 1, "S ADDED", "TCP segmentation offload on e1000 paths: the driver turns it on for 82544 and later except 82547 (see docs/simulation.md)"),
    GSO_MAX_SIZE("gso_max_size", "bytes", 65536, "S ADDED", "Linux GSO_MAX_SIZE: largest TSO packet the stack builds"),
    TCP_TSO_WIN_DIVISOR("tcp_tso_win_divisor", "divisor", 3, "S ADDED", "Linux sysctl: TSO deferral sends once 1/3 of the window is free"),
    TCP_ACK_EVERY("tcp_ack_every", "segments", 2, "S ADDED", "delayed ACK: one ACK per two full segments"),
    COST_JITTER("cost_jitter", "permille", 100, "E ADDED", "uniform +/- spread of every CPU cost (caches)");

    public final String symbol;
    public final String unit;
    public final long defaultValue;
    public final String source;
    public final String meaning;

    TimingParam(String symbol, String unit, long defaultValue, String source, String meaning) {
        this.symbol = symbol;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.source = source;
        this.meaning = meaning;
    }

    public static TimingParam bySymbol(String symbol) {
        for (TimingParam p : values()) {
            if (p.symbol.equals(symbol)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown timing parameter '" + symbol + "'");
    }
}
