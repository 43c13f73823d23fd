package org.natsume.sim.guest;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.hw.Nic;
import org.natsume.sim.metrics.RunMetrics;
import org.natsume.sim.tcp.FrameLedger;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.UpcallSoftirq;
import org.natsume.sim.sched.WorkItem;
import org.natsume.trace.TraceKind;

/**
 * The e1000/e1000e driver with NAPI (domain.md §3.1 steps 3-5, §3.5), in a native OS, Dom0 or a pass-through
 * guest. ISR: read ICR (not ours if 0), disable device interrupts, schedule the poll. Poll: frames one by one (or a
 * whole round per item when per_packet_poll is 0), each handed to the sink when done, until the ring is empty or
 * napi_weight frames are taken; a poll that ends below the budget sets the ITR from this interrupt's traffic and
 * re-enables interrupts. Also the TX side (frames posted straight to the TX ring), and the 2-s watchdog
 * (e1000_watchdog → e1000_update_stats under spin_lock_irqsave(&adapter->stats_lock)): a timer softirq item of
 * t_e1000_watchdog that runs with interrupts (for a PV kernel: event delivery) off, so the VCPU running it takes no
 * interrupt or upcall until it ends. Its phase is drawn from the NIC's own random stream; it runs on the OS's VCPU 0.
 */
public final class NicDriver implements WorkHandler, TxPath, org.natsume.sim.kernel.EventHandler {
    private static final int ISR = 0;
    private static final int NAPI = 1;
    private static final int WATCHDOG = 2;

    public final GuestOs os;
    public final Nic nic;
    private PacketSink sink;
    private final int weight;
    /** Packets per NAPI work item: one (per_packet_poll = 1, the default) or all that are there (0). */
    private final int perItem;
    /** Packets taken so far in the current poll call (at most napi_weight). */
    private long roundTaken;
    private boolean napiScheduled;
    private long pktsSinceIrq;
    private long bytesSinceIrq;
    private long txCleaned;
    private long txPktsSinceIrq;
    private long txBytesSinceIrq;
    private long txBacklog;
    private long txSegs = 1;
    private Runnable spaceListener;
    private final int target;
    private final long watchdogPeriod;
    private final java.util.SplittableRandom watchdogRandom;
    private final long qdiscLen;
    private FrameLedger.Cursor txStream;

    public NicDriver(GuestOs os, Nic nic) {
        this.os = os;
        this.nic = nic;
        this.weight = (int) os.ctx.t(TimingParameter.NAPI_WEIGHT);
        this.perItem = os.ctx.t(TimingParameter.PER_PACKET_POLL) != 0 ? 1 : weight;
        this.watchdogPeriod = os.ctx.t(TimingParameter.E1000_WATCHDOG_PERIOD);
        this.watchdogRandom = os.ctx.random.stream("watchdog/" + nic.name);
        this.target = os.ctx.sim.register(this);
        this.qdiscLen = Math.max(1, os.ctx.t(TimingParameter.TXQUEUELEN));
    }

    public void sink(PacketSink s) {
        this.sink = s;
    }

    /** Driver open: enable device interrupts. */
    public void open(long now) {
        nic.enableInterrupts(now);
        if (watchdogPeriod > 0) {
            os.ctx.sim.at(now + watchdogRandom.nextLong(watchdogPeriod), target, WATCHDOG, 0);
        }
    }

    /** The watchdog timer expires: its work runs in the timer softirq, with interrupts off for the hold-off. */
    @Override
    public void handle(int kind, long arg) {
        WorkItem w = WorkItem.obtain(WorkItem.BH, this, WATCHDOG);
        w.masked = true;
        os.submitBh(w);
        os.ctx.sim.after(watchdogPeriod, target, WATCHDOG, 0);
    }

    void queueIsr(int journey, IrqChain endOfChain) {
        WorkItem w = WorkItem.obtain(WorkItem.IRQ, this, ISR);
        w.journey = journey;
        w.ref = endOfChain;
        os.vcpu.submitIrq(w);
    }

    @Override
    public long onStart(WorkItem w, long now) {
        if (w.code == WATCHDOG) {
            long holdOff = os.ctx.jitter(watchdogRandom, os.ctx.t(TimingParameter.T_E1000_WATCHDOG));
            os.ctx.trace.event(now, TraceKind.IRQS_OFF, -1, os.vcpu.pcpu.id, os.index, -1, nic.deviceIndex, holdOff);
            return holdOff;
        }
        if (w.code == ISR) {
            int gsi = nic.line() == null ? -1 : nic.line().gsi;
            long latency = -1;
            if (nic.interruptStatus()) {
                os.ctx.metrics.deviceInterrupts[nic.deviceIndex]++;
                // the first ISR to find this assertion services it, whichever delivery it was started for: on a
                // shared line that is often another sharer's, and skipping those would hide the waits behind it
                if (nic.claimAssertion()) {
                    latency = now - nic.assertTime();
                    os.ctx.metrics.deviceLatency[nic.deviceIndex].add(latency);
                }
            }
            os.ctx.trace.event(now, TraceKind.GUEST_ISR, w.journey, os.vcpu.pcpu.id, os.index, gsi, nic.deviceIndex,
                    latency);
            return os.cost(os.ctx.t(TimingParameter.T_NIC_ISR)) + (w.ref == null ? 0 : ((IrqChain) w.ref).endCost());
        }
        long n = Math.min(Math.min(perItem, weight - roundTaken), nic.rxAvailable(now));
        w.a = n;
        return os.cost(n * os.ctx.t(TimingParameter.T_DRIVER_RX_PKT) + (sink == null ? 0 : sink.costNs(n)));
    }

    @Override
    public void onDone(WorkItem w, long now) {
        if (w.code == WATCHDOG) {
            return;
        }
        if (w.code == ISR) {
            int icr = nic.readIcr(now);
            if (icr != 0) {
                nic.disableInterrupts();
                scheduleNapi();
            }
            if (w.ref != null) {
                ((IrqChain) w.ref).end(w.journey, now);
            }
            return;
        }
        long n = w.a;
        nic.rxConsume(n);
        pktsSinceIrq += n;
        bytesSinceIrq += n * nic.rxFrameBytes();
        // e1000_clean_tx_irq in the same poll round: completed packets, every TSO segment counted
        long cleaned = nic.txCompleted(now) - txCleaned;
        txCleaned += cleaned;
        txPktsSinceIrq += cleaned;
        txBytesSinceIrq += cleaned * nic.txFrameBytes();
        if (txBacklog > 0) {
            txBacklog -= nic.txPost(now, txBacklog, txSegs);
        }
        if (sink != null && n > 0) {
            sink.deliver(now, n, nic.assertTime());
        }
        roundTaken += n;
        UpcallSoftirq softirq = os.vcpu.softirq;
        if (softirq != null) {
            softirq.netRxTaken(n);
        }
        // e1000_clean_rx_irq goes on while descriptors are done, so frames that arrived while this item ran belong
        // to the same poll call, up to the budget
        boolean roundFull = roundTaken >= weight;
        boolean more = n > 0 && nic.rxAvailable(now) > 0;
        if (roundFull) {
            traceRound(now);
            if (softirq != null && softirq.netRxBudgetLeft() > 0) {
                // net_rx_action polls the device again in the same call while netdev_budget lasts
                os.vcpu.continueBh(WorkItem.obtain(WorkItem.BH, this, NAPI));
            } else {
                if (softirq != null) {
                    softirq.netRxBreak(); // budget spent: NET_RX_SOFTIRQ raised again, a restart of __do_softirq
                }
                os.submitBh(WorkItem.obtain(WorkItem.BH, this, NAPI)); // the next round, after other softirq work
            }
        } else if (more) {
            os.vcpu.continueBh(WorkItem.obtain(WorkItem.BH, this, NAPI)); // the same poll call goes on
        } else {
            traceRound(now);
            napiScheduled = false;
            nic.itr.update(pktsSinceIrq, bytesSinceIrq, txPktsSinceIrq, txBytesSinceIrq);
            pktsSinceIrq = 0;
            bytesSinceIrq = 0;
            txPktsSinceIrq = 0;
            txBytesSinceIrq = 0;
            nic.enableInterrupts(now);
        }
        if (spaceListener != null && nic.txSpace() > 0) {
            spaceListener.run();
        }
    }

    /** One NAPI_POLL event per poll call (not per work item), with the frames it took. */
    private void traceRound(long now) {
        os.ctx.trace.event(now, TraceKind.NAPI_POLL, -1, os.vcpu.pcpu.id, os.index, -1, nic.deviceIndex, roundTaken);
        roundTaken = 0;
    }

    private void scheduleNapi() {
        if (!napiScheduled) {
            napiScheduled = true;
            os.submitBh(WorkItem.obtain(WorkItem.BH, this, NAPI));
        }
    }

    @Override
    public long space() {
        return nic.txSpace() - txBacklog;
    }

    @Override
    public void send(long now, long n) {
        send(now, n, 1);
    }

    /**
     * dev_queue_xmit: straight into the TX ring if nothing waits, else into the qdisc (pfifo_fast, txqueuelen
     * packets; a TSO skb is one packet), tail-dropping what does not fit. A local TCP sender never overfills it (it
     * sends only into free ring space); Dom0 forwarding a guest's stream can, and that is a loss for the guest.
     */
    @Override
    public void send(long now, long n, long segsPerSkb) {
        // one stack feeds one driver here (TCP data or its ACKs), so the backlog keeps the latest packet size
        txSegs = Math.max(1, segsPerSkb);
        long taken = txBacklog == 0 ? nic.txPost(now, n, txSegs) : 0;
        long rest = n - taken;
        long room = Math.max(0, qdiscLen * txSegs - txBacklog);
        long queued = Math.min(rest, room);
        txBacklog += queued;
        if (txStream != null) {
            txStream.pass(taken + queued, null);
        }
        long dropped = rest - queued;
        if (dropped > 0) {
            if (txStream != null) {
                txStream.drop(dropped);
            }
            os.ctx.metrics.drop(RunMetrics.DropPlace.QDISC, nic.deviceIndex, dropped);
            os.ctx.trace.event(now, TraceKind.PACKET_DROP, -1, os.vcpu.pcpu.id, os.index, -1, nic.deviceIndex, dropped);
        }
    }

    /** The qdisc's position in the TCP stream this driver transmits (data or ACKs). */
    public void txStream(FrameLedger.Cursor cursor) {
        this.txStream = cursor;
    }

    @Override
    public boolean tso() {
        return os.ctx.t(TimingParameter.NIC_TSO) != 0;
    }

    @Override
    public void onSpace(Runnable r) {
        this.spaceListener = r;
    }
}
