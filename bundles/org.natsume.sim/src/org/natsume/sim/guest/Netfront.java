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

    public Netfront(PvKernel os, int deviceIndex) {
        this.os = os;
        this.deviceIndex = deviceIndex;
        this.weight = (int) os.ctx.t(TimingParameter.NAPI_WEIGHT);
        this.perItem = os.ctx.t(TimingParameter.PER_PACKET_POLL) != 0 ? 1 : weight;
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

    @Override
    public long space() {
        return netback.ringSlots - txOutstanding;
    }

    @Override
    public void send(long now, long n) {
        long k = Math.min(n, space());
        if (k <= 0) {
            txStalled = true;
            return;
        }
        txOutstanding += k;
        if (k < n) {
            txStalled = true;
        }
        netback.txRequests(vif, k, now);
    }

    /** netback consumed k requests and pushed their responses. */
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
