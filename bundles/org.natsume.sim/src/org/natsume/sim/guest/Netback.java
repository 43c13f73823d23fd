package org.natsume.sim.guest;

import java.util.ArrayList;
import java.util.List;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.metrics.RunMetrics;
import org.natsume.sim.tcp.FrameLedger;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.sim.xen.Domain;
import org.natsume.sim.xen.PortHandler;
import org.natsume.trace.TraceKind;

/**
 * Dom0's netback (domain.md §3.4), 2.6.18-xen style: one RX tasklet and one TX tasklet for all vifs. The RX
 * action takes a batch from the vif queues into the guests' posted buffers (grant copy in one batched hypercall,
 * so it runs with events masked; its cost per frame grows with the frame's bytes), pushes responses and sends one
 * notification per vif and batch, and only if the guest asked for one (rsp_event hold-off). The TX action forwards the guests' requests through the bridge.
 */
public final class Netback implements WorkHandler {
    private static final int RX = 0;
    private static final int TX = 1;
    private static final int BE_INT = 2;

    /** One vif: the Dom0 half of a netfront/netback pair. */
    public final class Vif implements PortHandler, PacketSink {
        public final PvKernel guest;
        public final int deviceIndex;
        Netfront front;
        int dom0Port;
        int guestPort;
        long queued;
        long queueAssertNs = -1;
        long buffersPosted;
        long responses;
        long pendingAssertNs = -1;
        boolean rspEventArmed = true;
        boolean rxStalled;
        long txRequests;
        /** TX requests as skbs and ring slots (a GSO skb spans several slots, each a granted page). */
        long txSkbs;
        long txSlots;
        long batchSkbs;
        long batchSlots;
        /** The TCP stream this vif's queue receives (toward the guest), if any. */
        FrameLedger.Cursor rxStream;
        boolean reqEventArmed = true;
        long batchTake;
        NicDriver physical;

        /** The queue's position in the TCP stream it carries to the guest, so a queue drop is a lost frame. */
        public void rxStream(FrameLedger.Cursor cursor) {
            this.rxStream = cursor;
        }

        Vif(PvKernel guest, int deviceIndex) {
            this.guest = guest;
            this.deviceIndex = deviceIndex;
            this.buffersPosted = ringSlots;
        }

        /** The bridge forwards n frames to this vif (start_xmit): the queue holds posted buffers + tx_queue_len. */
        @Override
        public void deliver(long now, long n, long assertNs) {
            long room = Math.max(0, buffersPosted + queueLen - queued);
            long accepted = Math.min(n, room);
            if (queued == 0 && accepted > 0) {
                queueAssertNs = assertNs;
            }
            queued += accepted;
            if (rxStream != null) {
                rxStream.pass(accepted, null);
            }
            if (n > accepted) {
                if (rxStream != null) {
                    rxStream.drop(n - accepted);
                }
                dom0.ctx.metrics.drop(RunMetrics.DropPlace.NETBACK_QUEUE, deviceIndex, n - accepted);
                dom0.ctx.trace.event(now, TraceKind.PACKET_DROP, -1, dom0.vcpu.pcpu.id, dom0.index, -1, deviceIndex,
                        n - accepted);
            }
            scheduleRx();
        }

        @Override
        public long costNs(long n) {
            return 0; // the bridge's share is inside t_netback_pkt
        }

        /**
         * Dom0's cost of one frame toward the guest: t_netback_pkt is a full 1514-B frame's; the grant copy's share
         * scales with the frame's bytes, so Dom0 forwards 64-B flood frames faster than full ones.
         */
        long rxFrameCost(long pkt) {
            int bytes = physical == null ? 0 : physical.nic.rxFrameBytes();
            if (bytes <= 0) {
                return pkt;
            }
            return Math.max(0, pkt + (bytes - FULL_FRAME_BYTES) * copyPerKb / 1024);
        }

        /** netif_be_int: the guest pushed TX requests or reposted RX buffers. */
        @Override
        public void onEvent(Domain d, int port, int journey, long now) {
            WorkItem w = WorkItem.obtain(WorkItem.IRQ, Netback.this, BE_INT);
            w.journey = journey;
            dom0.vcpu.submitIrq(w);
        }

        void notifyGuest(long now, boolean rx) {
            int journey = dom0.ctx.newJourney();
            dom0.ctx.trace.event(now, TraceKind.RING_NOTIFY, journey, dom0.vcpu.pcpu.id, guest.index, -1, deviceIndex, 0);
            guest.ctx.metrics.interruptsOwn[guest.index]++;
            if (rx) {
                front.notifyAssertNs = pendingAssertNs;
                pendingAssertNs = -1;
            }
            dom0.xen().evtchnSend(guest.domain, guestPort, dom0.vcpu.pcpu, journey);
        }
    }

    /** The frame t_netback_pkt is quoted for: a 1500-B MTU packet with its 14-B Ethernet header (skb->len). */
    private static final int FULL_FRAME_BYTES = 1514;

    private final PvKernel dom0;
    final long ringSlots;
    private final long copyPerKb;
    private final long queueLen;
    private final long batchMax;
    private final List<Vif> vifs = new ArrayList<>();
    private boolean rxScheduled;
    private boolean txScheduled;
    private int rxStart;

    public Netback(PvKernel dom0) {
        this.dom0 = dom0;
        this.ringSlots = dom0.ctx.t(TimingParameter.RING_SLOTS);
        this.queueLen = dom0.ctx.t(TimingParameter.VIF_QUEUE_LEN);
        this.batchMax = dom0.ctx.t(TimingParameter.NETBACK_BATCH_MAX);
        this.copyPerKb = dom0.ctx.t(TimingParameter.T_GRANT_COPY_KB);
    }

    public Vif connect(PvKernel guest, Netfront front, NicDriver physical, int deviceIndex) {
        Vif v = new Vif(guest, deviceIndex);
        v.front = front;
        v.physical = physical;
        v.dom0Port = dom0.domain.bindPort(v);
        v.guestPort = guest.domain.bindPort(front);
        front.vif = v;
        front.netback = this;
        vifs.add(v);
        return v;
    }

    PvKernel dom0() {
        return dom0;
    }

    void scheduleRx() {
        if (!rxScheduled) {
            rxScheduled = true;
            WorkItem w = WorkItem.obtain(WorkItem.BH, this, RX);
            w.masked = true;
            dom0.submitBh(w);
        }
    }

    void scheduleTx() {
        if (!txScheduled) {
            txScheduled = true;
            WorkItem w = WorkItem.obtain(WorkItem.BH, this, TX);
            w.masked = true;
            dom0.submitBh(w);
        }
    }

    boolean rxScheduled() {
        return rxScheduled;
    }

    /**
     * netfront pushed n frames' worth of TX requests in skbs skbs using slots ring slots; netback is told only if it
     * asked (req_event).
     */
    void txRequests(Vif v, long n, long skbs, long slots, long now) {
        v.txRequests += n;
        v.txSkbs += skbs;
        v.txSlots += slots;
        if (v.reqEventArmed) {
            v.reqEventArmed = false;
            int journey = dom0.ctx.newJourney();
            dom0.ctx.trace.event(now, TraceKind.RING_NOTIFY, journey, v.guest.vcpu.pcpu.id, dom0.index, -1,
                    v.deviceIndex, 1);
            dom0.ctx.metrics.interruptsOwn[dom0.index]++;
            dom0.xen().evtchnSend(dom0.domain, v.dom0Port, v.guest.vcpu.pcpu, journey);
        }
    }

    @Override
    public long onStart(WorkItem w, long now) {
        long pkt = dom0.ctx.t(TimingParameter.T_NETBACK_PKT);
        switch (w.code) {
            case RX -> {
                long total = 0;
                int n = vifs.size();
                for (int k = 0; k < n; k++) {
                    Vif v = vifs.get((rxStart + k) % n);
                    long take = Math.min(Math.min(v.queued, v.buffersPosted), batchMax - total);
                    v.batchTake = take;
                    total += take;
                }
                rxStart = n == 0 ? 0 : (rxStart + 1) % n;
                w.a = total;
                long notifies = 0;
                long copy = 0;
                for (Vif v : vifs) {
                    if (v.batchTake > 0) {
                        copy += v.batchTake * v.rxFrameCost(pkt);
                        if (v.rspEventArmed) {
                            notifies++;
                        }
                    }
                }
                return dom0.cost(copy + notifies * dom0.ctx.t(TimingParameter.T_HYPERCALL));
            }
            case TX -> {
                // net_tx_action: every pending request (the ring bounds them), one batched grant-map hypercall for
                // the slots, then each skb through the bridge to the physical NIC; with TSO there it stays one skb,
                // without it dev_hard_start_xmit segments it in software (GSO)
                long total = 0;
                long cost = 0;
                for (Vif v : vifs) {
                    v.batchTake = v.txRequests;
                    v.batchSkbs = v.txSkbs;
                    v.batchSlots = v.txSlots;
                    total += v.txRequests;
                    cost += v.txSkbs * pkt + v.txSlots * dom0.ctx.t(TimingParameter.T_GRANT_MAP);
                    if (v.txSlots > 0) {
                        dom0.ctx.trace.event(now, TraceKind.GRANT_MAP, -1, dom0.vcpu.pcpu.id, dom0.index, -1,
                                v.deviceIndex, v.txSlots);
                    }
                    if (v.physical != null && !v.physical.tso() && v.txSkbs < v.txRequests) {
                        cost += v.txRequests * dom0.ctx.t(TimingParameter.T_GSO_SEGMENT);
                    }
                }
                w.a = total;
                return dom0.cost(cost);
            }
            default -> {
                return dom0.cost(dom0.ctx.t(TimingParameter.T_NIC_ISR));
            }
        }
    }

    @Override
    public void onDone(WorkItem w, long now) {
        switch (w.code) {
            case RX -> rxDone(w, now);
            case TX -> txDone(w, now);
            default -> {
                boolean rx = false;
                for (Vif v : vifs) {
                    if (v.txRequests > 0) {
                        scheduleTx();
                    }
                    rx |= v.queued > 0 && v.buffersPosted > 0;
                }
                if (rx) {
                    scheduleRx();
                }
            }
        }
    }

    private void rxDone(WorkItem w, long now) {
        rxScheduled = false;
        dom0.ctx.trace.event(now, TraceKind.NETBACK_BATCH, -1, dom0.vcpu.pcpu.id, dom0.index, -1, -1, w.a);
        boolean more = false;
        for (Vif v : vifs) {
            long take = v.batchTake;
            v.batchTake = 0;
            if (take > 0) {
                v.queued -= take;
                v.buffersPosted -= take;
                v.responses += take;
                if (v.pendingAssertNs < 0) {
                    v.pendingAssertNs = v.queueAssertNs;
                }
                v.queueAssertNs = v.queued > 0 ? now : -1;
                if (v.rspEventArmed) {
                    v.rspEventArmed = false;
                    v.notifyGuest(now, true);
                }
            }
            v.rxStalled = v.queued > 0 && v.buffersPosted == 0;
            more |= v.queued > 0 && v.buffersPosted > 0;
        }
        if (more) {
            scheduleRx();
        }
    }

    private void txDone(WorkItem w, long now) {
        txScheduled = false;
        dom0.ctx.trace.event(now, TraceKind.NETBACK_BATCH, -1, dom0.vcpu.pcpu.id, dom0.index, -1, -1, w.a);
        boolean more = false;
        for (Vif v : vifs) {
            long take = v.batchTake;
            v.batchTake = 0;
            if (take > 0) {
                long skbs = Math.max(1, v.batchSkbs);
                v.txRequests -= take;
                v.txSkbs -= v.batchSkbs;
                v.txSlots -= v.batchSlots;
                if (v.physical != null) {
                    long segs = (take + skbs - 1) / skbs;
                    v.physical.send(now, take, v.physical.tso() ? segs : 1);
                }
                v.front.txCompleted(v.batchSlots, now);
                v.batchSkbs = 0;
                v.batchSlots = 0;
            }
            if (v.txRequests > 0) {
                more = true;
            } else {
                v.reqEventArmed = true; // RING_FINAL_CHECK_FOR_REQUESTS found the ring empty
            }
        }
        if (more) {
            scheduleTx();
        }
    }
}
