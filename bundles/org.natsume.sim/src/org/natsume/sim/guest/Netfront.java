package org.natsume.sim.guest;

import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.sched.WorkHandler;
import org.natsume.sim.sched.WorkItem;
import org.natsume.sim.xen.Domain;
import org.natsume.sim.xen.PortHandler;
import org.natsume.trace.TraceKind;

/**
 * The guest's netfront (domain.md §3.4 steps 5 and TX): its ISR schedules a poll; the poll consumes the
 * responses present (napi_weight per round), reposts RX buffers, and re-arms rsp_event only when the ring is empty
 * (RING_FINAL_CHECK_FOR_RESPONSES). TX requests notify netback only when it asked (req_event).
 */
public final class Netfront implements PortHandler, WorkHandler, TxPath {
    private static final int ISR = 0;
    private static final int POLL = 1;

    private final PvKernel os;
    private final int deviceIndex;
    Netback.Vif vif;
    Netback netback;
    private PacketSink sink;
    private boolean pollScheduled;
    private long txOutstanding;
    private boolean txStalled;
    private Runnable spaceListener;
    long notifyAssertNs = -1;
    private final int weight;
    private final int perItem;
    private long roundTaken;
    private static final long PAGE = 4096;
    /** Ethernet + IP + TCP headers with timestamps in the skb's linear part. */
    private static final long SKB_HEADERS = 66;
    private final long mss;
    private final boolean gso;
    private long txSegs = 1;

    public Netfront(PvKernel os, int deviceIndex) {
        this.os = os;
        this.deviceIndex = deviceIndex;
        this.weight = (int) os.ctx.t(TimingParameter.NAPI_WEIGHT);
        this.perItem = os.ctx.t(TimingParameter.PER_PACKET_POLL) != 0 ? 1 : weight;
        this.mss = os.ctx.t(TimingParameter.TCP_MSS);
        this.gso = os.ctx.t(TimingParameter.VIF_GSO) != 0;
    }

    /** The index of the guest whose vif this is. */
    public int domainIndex() {
        return os.index;
    }

    public void sink(PacketSink s) {
        this.sink = s;
    }

    @Override
    public void onEvent(Domain d, int port, int journey, long now) {
        WorkItem w = WorkItem.obtain(WorkItem.IRQ, this, ISR);
        w.journey = journey;
        os.vcpu.submitIrq(w);
    }

    @Override
    public long onStart(WorkItem w, long now) {
        if (w.code == ISR) {
            long latency = -1;
            if (notifyAssertNs >= 0) {
                latency = now - notifyAssertNs;
                os.ctx.metrics.deviceLatency[deviceIndex].add(latency);
                os.ctx.metrics.deviceInterrupts[deviceIndex]++;
                notifyAssertNs = -1;
            }
            os.ctx.trace.event(now, TraceKind.GUEST_ISR, w.journey, os.vcpu.pcpu.id, os.index, -1, deviceIndex, latency);
            return os.cost(os.ctx.t(TimingParameter.T_NIC_ISR));
        }
        long n = Math.min(Math.min(perItem, weight - roundTaken), vif.responses);
        w.a = n;
        return os.cost(n * os.ctx.t(TimingParameter.T_NETFRONT_PKT) + (sink == null ? 0 : sink.costNs(n)));
    }

    @Override
    public void onDone(WorkItem w, long now) {
        if (w.code == ISR) {
            // network_tx_buf_gc: completed TX slots are reclaimed here
            if (spaceListener != null && space() > 0) {
                spaceListener.run();
            }
            schedulePoll();
            return;
        }
        long n = w.a;
        vif.responses -= n;
        vif.buffersPosted += n;
        if (sink != null && n > 0) {
            sink.deliver(now, n, -1);
        }
        if (vif.rxStalled && !netback.rxScheduled()) {
            // reposted buffers: netback was waiting for them
            vif.rxStalled = false;
            int journey = os.ctx.newJourney();
            os.ctx.trace.event(now, TraceKind.RING_NOTIFY, journey, os.vcpu.pcpu.id, netback.dom0().index, -1,
                    deviceIndex, 2);
            os.ctx.metrics.interruptsOwn[netback.dom0().index]++;
            os.xen().evtchnSend(netback.dom0().domain, vif.dom0Port, os.vcpu.pcpu, journey);
        }
        roundTaken += n;
        if (roundTaken >= weight) {
            traceRound(now);
            os.submitBh(WorkItem.obtain(WorkItem.BH, this, POLL)); // budget spent: poll again after other work
        } else if (n > 0 && vif.responses > 0) {
            os.vcpu.continueBh(WorkItem.obtain(WorkItem.BH, this, POLL)); // responses that came meanwhile
        } else {
            traceRound(now);
            pollScheduled = false;
            vif.rspEventArmed = true;
        }
    }

    /** One NAPI_POLL event per poll call (not per work item), with the responses it took. */
    private void traceRound(long now) {
        os.ctx.trace.event(now, TraceKind.NAPI_POLL, -1, os.vcpu.pcpu.id, os.index, -1, deviceIndex, roundTaken);
        roundTaken = 0;
    }

    private void schedulePoll() {
        if (!pollScheduled) {
            pollScheduled = true;
            os.submitBh(WorkItem.obtain(WorkItem.BH, this, POLL));
        }
    }

    /**
     * Frames that fit the free TX slots as skbs of the current size: a request per 4-KB page of the skb
     * (xennet_start_xmit: the linear part and each fragment), plus the GSO extra-info slot for a large one.
     */
    @Override
    public long space() {
        long free = netback.ringSlots - txOutstanding;
        long per = slotsPerSkb(txSegs);
        return free / per * txSegs;
    }

    /** Ring slots one skb of segs segments takes (headers included): one per page, plus the GSO extra slot. */
    public long slotsPerSkb(long segs) {
        long bytes = segs * mss + SKB_HEADERS;
        return (bytes + PAGE - 1) / PAGE + (segs > 1 ? 1 : 0);
    }

    @Override
    public void send(long now, long n) {
        send(now, n, 1);
    }

    @Override
    public void send(long now, long n, long segsPerSkb) {
        txSegs = gso ? Math.max(1, segsPerSkb) : 1;
        long skbs = 0;
        long slots = 0;
        long k = 0;
        long free = netback.ringSlots - txOutstanding;
        while (k < n) {
            long segs = Math.min(txSegs, n - k);
            long need = slotsPerSkb(segs);
            if (need > free) {
                break;
            }
            free -= need;
            slots += need;
            skbs++;
            k += segs;
        }
        if (k <= 0) {
            txStalled = true;
            return;
        }
        txOutstanding += slots;
        if (k < n) {
            txStalled = true;
        }
        netback.txRequests(vif, k, skbs, slots, now);
    }

    /** Whether the guest's stack builds GSO skbs for this vif (netfront's feature-gso-tcpv4, accepted by netback). */
    @Override
    public boolean tso() {
        return gso;
    }

    /** netback consumed k slots of requests and pushed their responses. */
    void txCompleted(long k, long now) {
        txOutstanding -= k;
        if (txStalled) {
            txStalled = false;
            vif.notifyGuest(now, false);
        }
    }

    @Override
    public void onSpace(Runnable r) {
        this.spaceListener = r;
    }
}
