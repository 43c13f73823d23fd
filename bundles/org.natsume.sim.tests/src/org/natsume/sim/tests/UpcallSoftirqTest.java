package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.hw.Wire;
import org.natsume.sim.metrics.RunMetrics;
import org.natsume.sim.scenario.Simulation;
import org.natsume.topology.Timing;
import org.natsume.trace.TraceKind;

/**
 * Softirqs inside Dom0's event upcall (2.6.18-xen evtchn_do_upcall + irq_exit + __do_softirq): a NAPI poll that an
 * upcall started holds every later event of that VCPU back, so Dom0's EOI of guest B's shared line waits for it;
 * after MAX_SOFTIRQ_RESTART restarts ksoftirqd takes the rest and events preempt it again. Hand-built machine,
 * hand-placed frames, exact event sequences.
 */
class UpcallSoftirqTest {
    private static final long US = 1000;
    private static final long MS = 1_000_000;
    /** A 64-byte frame on the wire: 84 bytes with preamble and gap. */
    private static final long SMALL = Wire.frameNs(84, 1_000_000_000L);

    /** Dom0 with nic-a on GSI 16 on PCPU 0; guest B with nic-b passed through on the same GSI 16 on PCPU 2. */
    private static SimConfig shared(Timing timing) {
        return Dom0AndGuestB.config("softirq", "e1000", 16, timing);
    }

    /** No jitter, no watchdog, 2 µs per received frame in Dom0's driver so that a burst outlasts its arrival. */
    private static Timing quiet() {
        return Timing.defaults().with(TimingParameter.COST_JITTER, 0).with(TimingParameter.E1000_WATCHDOG_PERIOD, 0)
                .with(TimingParameter.T_DRIVER_RX_PKT, 2000);
    }

    /** 200 small frames to Dom0's nic-a from 1 ms, one full frame to guest B's nic-b at 1.1 ms; the trace. */
    private static RecordingSink run(Timing t, RunMetrics[] out) {
        RecordingSink s = new RecordingSink(true);
        Simulation sim = new Simulation(shared(t), 1, s, null);
        Wire toA = new Wire(1000, 64);
        Wire toB = new Wire(1000, 1514);
        sim.nic("nic-a").connectRx(toA);
        sim.nic("nic-b").connectRx(toB);
        toA.send(1 * MS, 200, SMALL);
        toB.send(1 * MS + 100 * US, 1, Wire.frameNs(1538, 1_000_000_000L));
        out[0] = sim.run(0, 5 * MS);
        return s;
    }

    private static List<String> steps(RecordingSink s) {
        List<TraceKind> shown = List.of(TraceKind.PIN_ASSERT, TraceKind.UPCALL, TraceKind.GUEST_ISR,
                TraceKind.GUEST_EOI, TraceKind.LINE_EOI, TraceKind.NAPI_POLL, TraceKind.SOFTIRQ_HOLDOFF,
                TraceKind.KSOFTIRQD_WAKE);
        return s.events.stream().filter(e -> shown.contains(e.kind()))
                .map(e -> e.t() / 100 / 10.0 + " " + e.kind() + " d" + e.domain() + " @" + e.cpu()
                        + (e.kind() == TraceKind.SOFTIRQ_HOLDOFF || e.kind() == TraceKind.KSOFTIRQD_WAKE
                                || e.kind() == TraceKind.NAPI_POLL ? " " + e.arg() : ""))
                .toList();
    }

    @Test
    void aPollInsideDom0sUpcallHoldsItsEoiOfTheSharedLine() {
        RunMetrics[] m = new RunMetrics[1];
        List<String> seq = steps(run(quiet(), m));
        int from = seq.indexOf("1113.3 PIN_ASSERT d-1 @-1"); // guest B's frame; Dom0 is polling nic-a's burst
        assertEquals(List.of(
                "1113.3 PIN_ASSERT d-1 @-1",
                "1117.7 UPCALL d1 @2", "1118.4 GUEST_ISR d1 @2", "1119.8 GUEST_EOI d1 @2", // guest B at once
                "1121.8 NAPI_POLL d1 @2 1",
                // Dom0 was notified too (1114.5), but its VCPU 0 runs the poll that its upcall at 1007.8 started:
                // 200 frames at 2 µs, one net_rx_action within netdev_budget, so no restart and no ksoftirqd
                "1139.0 NAPI_POLL d0 @0 64", "1267.0 NAPI_POLL d0 @0 64", "1395.0 NAPI_POLL d0 @0 64",
                "1411.0 NAPI_POLL d0 @0 8",
                "1411.0 PIN_ASSERT d-1 @-1", // the poll re-enabled nic-a's interrupts; the line is still held
                "1411.0 SOFTIRQ_HOLDOFF d0 @0 296568", // __do_softirq returns: the nested upcall bailed at 1114.5
                "1411.0 UPCALL d0 @0", "1411.7 GUEST_ISR d0 @0", "1413.1 GUEST_EOI d0 @0",
                "1413.1 LINE_EOI d-1 @0"), // Dom0's EOI, the last binder's: guest B's line is free after 300 µs
                seq.subList(from, from + 15));
        assertEquals(296_568, m[0].upcallHeldOffNs[0]);
        assertEquals(1, m[0].upcallHeldOffCount[0]);
        assertEquals(0, m[0].ksoftirqdWakes[0]);
    }

    @Test
    void afterMaxSoftirqRestartKsoftirqdTakesTheRestAndTheEventRunsAtOnce() {
        RunMetrics[] m = new RunMetrics[1];
        Timing t = quiet().with(TimingParameter.NETDEV_BUDGET, 64).with(TimingParameter.MAX_SOFTIRQ_RESTART, 2);
        List<String> seq = steps(run(t, m));
        int from = seq.indexOf("1113.3 PIN_ASSERT d-1 @-1");
        assertEquals(List.of(
                "1113.3 PIN_ASSERT d-1 @-1",
                "1117.7 UPCALL d1 @2", "1118.4 GUEST_ISR d1 @2", "1119.8 GUEST_EOI d1 @2",
                "1121.8 NAPI_POLL d1 @2 1",
                // a budget of 64 per net_rx_action: each full round re-raises NET_RX_SOFTIRQ, a restart of __do_softirq
                "1139.0 NAPI_POLL d0 @0 64", "1267.0 NAPI_POLL d0 @0 64",
                "1267.0 SOFTIRQ_HOLDOFF d0 @0 152568", // the second restart is MAX_SOFTIRQ_RESTART (2 here)
                "1267.0 KSOFTIRQD_WAKE d0 @0 2",
                "1267.0 UPCALL d0 @0", "1267.7 GUEST_ISR d0 @0", "1269.1 GUEST_EOI d0 @0",
                "1269.1 LINE_EOI d-1 @0", // the held event runs at once; ksoftirqd polls on after it
                "1397.1 NAPI_POLL d0 @0 64", "1413.1 NAPI_POLL d0 @0 8"),
                seq.subList(from, from + 15));
        assertEquals(1, m[0].ksoftirqdWakes[0]);
    }
}
