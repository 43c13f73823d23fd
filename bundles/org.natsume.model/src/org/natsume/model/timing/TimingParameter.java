package org.natsume.model.timing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every timing and sizing parameter of the simulation, declared once: symbol, meaning, unit, default, sweep range
 * and source (domain.md §5.4, Nehalem at 2.67 GHz; the parameters the simulator adds come last). The model, the
 * Properties view and the simulator all read this enum; the simulator counts in {@link #baseUnit()} (ns for times)
 * through {@link #toBase(double)}. Plain Java, no EMF, so headless consumers can use it without the model's objects.
 *
 * <p>Everything else is derived from this enum: the default {@code TimingValue}s of a new
 * {@code SimulationSettings} ({@link Timings#fillDefaults}), the table in docs/model.md ({@link TimingTable}) and the
 * look-up by symbol that the simulation uses ({@link Timings#value}). Values are in {@link #unit()}.
 *
 * <p>A parameter whose value is really a property of a modelled object (for example the NIC's NAPI weight or the
 * hypervisor's EOI timeout) names that attribute in {@link #configuredBy()}; such parameters are <em>not</em> copied
 * into SimulationSettings, so that the model never holds the same number twice. Their default here is the default of
 * that attribute.
 */
public enum TimingParameter {
    F_CPU("f_cpu", "Core clock", "GHz", 2.67, Double.NaN, Double.NaN, 'S', "Paper", "Machine.clockHz"),
    T_IOAPIC_MSG("t_ioapic_msg", "IO-APIC pin assertion → LAPIC IRR", "µs", 0.3, 0.1, 1, 'E',
            "Serial APIC bus was 2–3 µs for message + EOI (LKML 2001); Nehalem uses the system interconnect", null),
    T_IRQ_ENTRY("t_irq_entry", "Vector taken → first handler instruction (hardware + stub)", "µs", 0.2, 0.1, 0.5, 'E', "", null),
    T_XEN_DOIRQ("t_xen_doirq", "Xen do_IRQ + __do_IRQ_guest fixed cost", "µs", 0.5, 0.3, 1, 'E', "", null),
    T_XEN_PER_GUEST("t_xen_per_guest", "Per-bound-guest loop cost (send_guest_pirq, bit operations)", "µs", 0.1, 0.05, 0.3,
            'E', "Scales with nr_guests", null),
    T_IPI("t_ipi", "IPI send → target handler entry", "µs", 1.0, 0.5, 2, 'E', "sgx-step APIC IPI microbenchmark method", null),
    T_UPCALL("t_upcall", "PV event upcall: bounce frame + evtchn_do_upcall dispatch", "µs", 0.7, 0.3, 1.5, 'E', "", null),
    T_HYPERCALL("t_hypercall", "Round trip of a PV hypercall (e.g. PHYSDEVOP_eoi)", "µs", 0.4, 0.2, 1, 'E', "", null),
    T_VMEXIT_RT("t_vmexit_rt", "VT-x VM exit + entry round trip (HVM only)", "µs", 0.38, 0.2, 0.6, 'E',
            "≈1,000 cycles on Nehalem (Agesen et al., USENIX ATC 2012); to be checked", null),
    T_CTXSW_VCPU("t_ctxsw_vcpu", "Xen VCPU context switch (same PCPU)", "µs", 3, 1, 10, 'E', "Includes cache and TLB effects", null),
    T_SCHED_WAKE("t_sched_wake", "Credit wake + tickle + schedule on target, excluding t_ipi (the simulator adds t_ipi)",
            "µs", 2, Double.NaN, Double.NaN, 'E', "domain.md: 2 µs + t_ipi", null),
    T_EOI_LOCAL("t_eoi_local", "LAPIC EOI write", "µs", 0.05, Double.NaN, Double.NaN, 'E', "", null),
    T_CFG_READ("t_cfg_read", "PCI config read of the Status register (BDF routing, proposal 2)", "µs", 1, 0.3, 2, 'E',
            "Uncached I/O read", null),
    T_NIC_ISR("t_nic_isr", "e1000(e) top-half ISR", "µs", 1, 0.5, 3, 'E', "", null),
    T_STACK_RX_PKT("t_stack_rx_pkt", "Linux RX + TCP processing per 1500-B frame", "µs", 2, 1, 5, 'E', "", null),
    T_NETBACK_PKT("t_netback_pkt", "Dom0 bridge + netback grant copy per 1500-B frame", "µs", 4, 2, 10, 'E',
            "Santos et al., USENIX 2008", null),
    T_NETFRONT_PKT("t_netfront_pkt", "Guest netfront per frame", "µs", 1.5, 1, 3, 'E', "", null),
    NAPI_WEIGHT("napi_weight", "Packets per NAPI poll round", "packets", 64, Double.NaN, Double.NaN, 'S', "Linux default",
            "Nic.napiWeight"),
    ITR_MODE("itr_mode", "e1000/e1000e InterruptThrottleRate (3 = dynamic conservative)", "mode", 3, Double.NaN, Double.NaN,
            'S', "e1000e docs", "Nic.itrMode"),
    ITR_BULK("itr_bulk", "ITR class bulk", "int/s", 4000, Double.NaN, Double.NaN, 'S', "e1000 driver e1000_set_itr", null),
    ITR_LOW("itr_low", "ITR class low latency", "int/s", 20000, Double.NaN, Double.NaN, 'S', "e1000 driver e1000_set_itr", null),
    ITR_LOWEST("itr_lowest", "ITR class lowest latency", "int/s", 70000, Double.NaN, Double.NaN, 'S',
            "e1000 driver e1000_set_itr", null),
    RING_SLOTS("ring_slots", "netfront/netback ring size", "slots", 256, Double.NaN, Double.NaN, 'C',
            "ring.h macros, 4 KiB page", null),
    EOI_TIMEOUT("eoi_timeout", "Xen guest-EOI timeout", "ms", 1, Double.NaN, Double.NaN, 'S', "3.4 edge-only; 4.1+ all IRQs",
            "Hypervisor.eoiTimeoutUs"),
    IRQ_RATELIMIT("irq_ratelimit", "IRQs per 10 ms before masking (0 = off, as in 3.4)", "IRQs/10 ms", 0, Double.NaN,
            Double.NaN, 'S', "xen:4.0 irq.c, default 10,000 from 4.0", "Hypervisor.irqRatelimit"),
    IRQ_MAX_GUESTS("irq_max_guests", "Binders per IRQ (IRQ_MAX_GUESTS)", "domains", 7, Double.NaN, Double.NaN, 'S',
            "xen:3.4 irq.c", null),
    TICK("tick", "Credit scheduler tick", "ms", 10, Double.NaN, Double.NaN, 'S', "domain.md §5.1", "Hypervisor.creditTickMs"),
    TSLICE("tslice", "Credit scheduler timeslice", "ms", 30, Double.NaN, Double.NaN, 'S', "domain.md §5.1",
            "Hypervisor.creditTimesliceMs"),
    LINK_RATE("link_rate", "Ethernet line rate", "Gb/s", 1, Double.NaN, Double.NaN, 'S', "Paper", "NetworkLink.rateBps"),
    FPS_1500("fps_1500", "Max frames/s at MTU 1500", "frames/s", 81274, Double.NaN, Double.NaN, 'C',
            "1538 B on the wire (1518 frame + 8 preamble + 12 inter-frame gap)", null),
    PPS_64("pps_64", "Max frames/s at 64 B", "frames/s", 1488095, Double.NaN, Double.NaN, 'C', "84 B on the wire", null),
    TCP_GOODPUT("tcp_goodput", "TCP payload rate at MTU 1500 with timestamps (1448 B/segment)", "Mb/s", 941, Double.NaN,
            Double.NaN, 'C', "payload / 1538 B × 1 Gb/s; 949 Mb/s without timestamps", null),
    // Below: parameters the simulator needs that domain.md §5.4 does not name (docs/simulation.md says why).
    T_CFG_WRITE("t_cfg_write", "PCI config write of a sharer's Command register (Interrupt Disable)", "µs", 1,
            Double.NaN, Double.NaN, 'E', Added.BASIS, null),
    T_STACK_TX_PKT("t_stack_tx_pkt", "Linux TCP/IP transmit per frame (data or ACK)", "µs", 1.5, Double.NaN,
            Double.NaN, 'E', Added.BASIS, null),
    T_DRIVER_RX_PKT("t_driver_rx_pkt", "NIC driver NAPI RX per frame (descriptor, skb)", "µs", 0.5, Double.NaN,
            Double.NaN, 'E', Added.BASIS, null),
    PER_PACKET_POLL("per_packet_poll", "1 = NAPI and netfront polls take one packet per work item, as the drivers "
            + "loop; 0 = one item per round (faster, checked against 1 by AggregationTest)", "flag", 1, Double.NaN,
            Double.NaN, 'E', Added.BASIS, null),
    NIC_RX_RING("nic_rx_ring", "e1000 RxDescriptors default", "descriptors", 256, Double.NaN, Double.NaN, 'S', Added.BASIS,
            null),
    NIC_TX_RING("nic_tx_ring", "e1000 TxDescriptors default", "descriptors", 256, Double.NaN, Double.NaN, 'S', Added.BASIS,
            null),
    VIF_QUEUE_LEN("vif_queue_len", "netback vif tx_queue_len (netbk_queue_length)", "packets", 32, Double.NaN,
            Double.NaN, 'S', Added.BASIS, null),
    NETBACK_BATCH_MAX("netback_batch_max", "netback RX batch bound (NET_RX_RING_SIZE)", "packets", 256, Double.NaN,
            Double.NaN, 'C', Added.BASIS, null),
    PROP_DELAY("prop_delay", "Cable + switch latency one way", "µs", 1, Double.NaN, Double.NaN, 'E', Added.BASIS, null),
    MTU_FRAME("mtu_frame", "1500-B MTU frame on the wire incl. preamble and IFG", "bytes", 1538, Double.NaN,
            Double.NaN, 'C', Added.BASIS, null),
    TCP_MSS("tcp_mss", "TCP payload per segment with timestamps", "bytes", 1448, Double.NaN, Double.NaN, 'C', Added.BASIS,
            null),
    TCP_WINDOW("tcp_window", "Linux tcp_rmem[1]: the initial receive buffer (65,535-B window), autotuned up to "
            + "tcp_rmem[2] (tcp_moderate_rcvbuf)", "bytes", 87380, Double.NaN, Double.NaN, 'S', Added.BASIS, null),
    NIC_CLOCK_PPM("nic_clock_ppm", "IEEE 802.3 clock tolerance: each NIC's crystal is off by a uniform draw within "
            + "± this", "ppm", 100, Double.NaN, Double.NaN, 'S', Added.BASIS, null),
    NIC_TSO("nic_tso", "TCP segmentation offload on e1000 paths: the driver turns it on for 82544 and later except "
            + "82547 (see docs/simulation.md)", "flag", 1, Double.NaN, Double.NaN, 'S', Added.BASIS, null),
    GSO_MAX_SIZE("gso_max_size", "Linux GSO_MAX_SIZE: largest TSO packet the stack builds", "bytes", 65536,
            Double.NaN, Double.NaN, 'S', Added.BASIS, null),
    TCP_TSO_WIN_DIVISOR("tcp_tso_win_divisor", "Linux sysctl: TSO deferral sends once 1/3 of the window is free",
            "divisor", 3, Double.NaN, Double.NaN, 'S', Added.BASIS, null),
    TCP_ACK_EVERY("tcp_ack_every", "Delayed ACK: one ACK per two full segments", "segments", 2, Double.NaN,
            Double.NaN, 'S', Added.BASIS, null),
    COST_JITTER("cost_jitter", "Uniform ± spread of every CPU cost (caches)", "permille", 100, Double.NaN,
            Double.NaN, 'E', Added.BASIS, null),
    E1000_WATCHDOG_PERIOD("e1000_watchdog_period", "e1000 watchdog timer period (mod_timer(jiffies + 2 * HZ))", "s", 2,
            Double.NaN, Double.NaN, 'S', "e1000_main.c e1000_watchdog in 2.6.18-xen (7.1.9-k4) and 2.6.26 (7.3.20)",
            null),
    T_E1000_WATCHDOG("t_e1000_watchdog", "e1000 watchdog hold-off: statistics (and PHY through MDIC) read under "
            + "stats_lock with interrupts off", "µs", 100, 20, 300, 'E',
            "domain.md §0.1: of the order of 100 µs from the register count; no measurement", null),
    IDLE_VCPU_WAKE_PERIOD("idle_vcpu_wake_period", "An idle PV VCPU without work of its own wakes for its next "
            + "Linux timer (stop_hz_timer's single-shot)", "s", 2, 0.5, 10, 'E',
            "2.6.18 mm/slab.c: cache_reap per CPU every REAPTIMEOUT_CPUC = 2 * HZ; other per-CPU timers ignored", null),
    T_IDLE_VCPU_WAKE("t_idle_vcpu_wake", "CPU time of that wake-up (timer VIRQ upcall, timer_interrupt, "
            + "cache_reap, block again)", "µs", 10, 2, 50, 'E', Added.BASIS, null),
    // Below: TCP as Linux does it and vif GSO (issue 11 items 3 and 4; docs/simulation.md "TCP, losses and vif GSO").
    TXQUEUELEN("txqueuelen", "Linux txqueuelen of an Ethernet device: the pfifo_fast qdisc holds this many packets "
            + "(a TSO/GSO skb is one)", "packets", 1000, Double.NaN, Double.NaN, 'S', Added.BASIS, null),
    PEER_MEMORY("peer_memory", "RAM of the external netperf host (Linux 2.6.26, 32-bit: lowmem counts up to 896 MiB); "
            + "tcp_init sizes its tcp_rmem[2] / tcp_wmem[2] from it (about 3.4 MiB)", "MiB", 2048, 512, 4096, 'E',
            Added.BASIS, null),
    VIF_GSO("vif_gso", "1 = netfront offers feature-sg and feature-gso-tcpv4 and netback accepts (2.6.18-xen): the "
            + "guest sends 64-KB GSO skbs over the vif", "flag", 1, Double.NaN, Double.NaN, 'S', Added.BASIS, null),
    T_GRANT_MAP("t_grant_map", "netback TX: grant map + unmap of one ring slot (a 4-KB page), in the batched "
            + "GNTTABOP_map_grant_ref", "µs", 0.6, 0.2, 2, 'E', Added.BASIS, null),
    T_GRANT_COPY_KB("t_grant_copy_kb", "netback RX: Xen's GNTTABOP_copy per KiB of frame, so a frame of b bytes "
            + "costs t_netback_pkt + (b - 1514) / 1024 × this (a 64-B frame 0.57 µs less than a full one)", "µs", 0.4,
            0.1, 1.5, 'E', "a copy out of a DMA-written, uncached buffer at about 2.5 GB/s on Nehalem [est]", null),
    T_GSO_SEGMENT("t_gso_segment", "Dom0 software GSO (skb_segment) per resulting frame, when the physical NIC has no TSO",
            "µs", 0.8, 0.3, 2, 'E', Added.BASIS, null),
    // Below: softirqs inside the PV event upcall (docs/simulation.md "Softirqs inside the upcall").
    MAX_SOFTIRQ_RESTART("max_softirq_restart", "__do_softirq restarts while softirqs are raised again, then wakes "
            + "ksoftirqd; in a 2.6.18-xen PV kernel the restarts run inside evtchn_do_upcall, whose nested calls bail",
            "restarts", 10, Double.NaN, Double.NaN, 'S', "2.6.18 kernel/softirq.c: MAX_SOFTIRQ_RESTART 10", null),
    NETDEV_BUDGET("netdev_budget", "Packets one net_rx_action call polls (over every NAPI device of the CPU) before "
            + "it re-raises NET_RX_SOFTIRQ", "packets", 300, Double.NaN, Double.NaN, 'S',
            "2.6.18 net/core/dev.c: netdev_budget = 300", null);



    private final String symbol;
    private final String meaning;
    private final String unit;
    private final double defaultValue;
    private final double sweepMin;
    private final double sweepMax;
    private final char source;
    private final String basis;
    private final String configuredBy;

    TimingParameter(String symbol, String meaning, String unit, double defaultValue, double sweepMin, double sweepMax,
            char source, String basis, String configuredBy) {
        this.symbol = symbol;
        this.meaning = meaning;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.sweepMin = sweepMin;
        this.sweepMax = sweepMax;
        this.source = source;
        this.basis = basis;
        this.configuredBy = configuredBy;
    }

    /** The symbol of domain.md §5.4, e.g. {@code t_ipi}; the key of a TimingValue. */
    public String symbol() { return symbol; }

    public String meaning() { return meaning; }

    /** Unit of {@link #defaultValue()} and of every TimingValue with this symbol. */
    public String unit() { return unit; }

    public double defaultValue() { return defaultValue; }

    /** Lower end of the sweep range, NaN when domain.md gives none. */
    public double sweepMin() { return sweepMin; }

    /** Upper end of the sweep range, NaN when domain.md gives none. */
    public double sweepMax() { return sweepMax; }

    public boolean hasSweepRange() { return !Double.isNaN(sweepMin); }

    /** S = sourced fact, C = computed from sourced facts, E = estimate to calibrate. */
    public char source() { return source; }

    public String basis() { return basis; }

    /** {@code Class.attribute} that holds this value in the model, or empty if SimulationSettings holds it. */
    public Optional<String> configuredBy() { return Optional.ofNullable(configuredBy); }

    /** True when the value lives in SimulationSettings.timings. */
    public boolean isSetting() { return configuredBy == null; }

    /**
     * The unit the simulator counts this parameter in: nanoseconds for every time, bit/s for a rate, Hz for a
     * clock; any other unit is a plain count and stays as it is.
     */
    public String baseUnit() {
        return switch (unit) {
            case "µs", "ms", "s" -> "ns";
            case "Gb/s", "Mb/s" -> "bit/s";
            case "GHz" -> "Hz";
            default -> unit;
        };
    }

    /** {@code value} (in {@link #unit()}) in {@link #baseUnit()}, rounded to a whole number as the simulator counts. */
    public long toBase(double value) {
        double scale = switch (unit) {
            case "µs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "Gb/s", "GHz" -> 1e9;
            case "Mb/s" -> 1e6;
            default -> 1;
        };
        return Math.round(value * scale);
    }

    /** The default in {@link #baseUnit()}. */
    public long defaultBase() {
        return toBase(defaultValue);
    }

    /** Holds the basis text of the added parameters (enum constants cannot name a static field of their enum). */
    private static final class Added {
        static final String BASIS = "Added by the simulator, not in domain.md §5.4 (docs/simulation.md)";
    }

    public static Optional<TimingParameter> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(p -> p.symbol.equals(symbol)).findFirst();
    }

    /** The parameters stored in SimulationSettings.timings, in declaration order. */
    public static List<TimingParameter> settings() {
        return Arrays.stream(values()).filter(TimingParameter::isSetting).toList();
    }
}
