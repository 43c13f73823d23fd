package org.natsume.sim.hw;

import org.natsume.sim.SimContext;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.metrics.RunMetrics;
import org.natsume.sim.tcp.FrameLedger;
import org.natsume.sim.sched.Pcpu;
import org.natsume.trace.TraceKind;

/**
 * An e1000/e1000e NIC (domain.md §2.1, §3.5): RX descriptor ring filled by DMA from its link (frames beyond the
 * free descriptors are dropped), TX ring drained onto its link at line rate, the interrupt cause register (ICR,
 * cleared by reading), interrupt enable (IMS/IMC) and the ITR throttle. The interrupt output is an INTx pin on a
 * shared {@link InterruptLine} or an MSI write.
 */
public final class Nic implements EventHandler {
    public static final int CAUSE_RX = 1;
    public static final int CAUSE_TX = 2;
    private static final int WAKE = 0;
    private static final int TX_DONE = 1;
    private static final int TX_DELAY = 2;

    public final String name;
    public final int deviceIndex;
    private final SimContext ctx;
    private final int target;
    private final int rxRing;
    private final int txRing;
    public final ItrController itr;

    private ArrivalSource rx;
    /** The TCP stream the RX ring carries, if any: which of its frames the ring drops. */
    private FrameLedger.Cursor rxStream;
    private long rxSeen;
    private long rxHeld;
    private long rxDroppedTotal;
    private Wire txWire;
    private long txSpacingNs;
    private long txInFlight;
    private long txCompleted;
    // posted packets not yet fully written back: first wire frame index, frames, frames per packet (TSO)
    private long[] postFirst = new long[16];
    private long[] postCount = new long[16];
    private long[] postSegs = new long[16];
    private int postHead;
    private int postTail;
    private long postCredited;

    private int cause;
    private boolean enabled;
    private boolean output;
    /** PCI Command bit 10 (Interrupt Disable): the function keeps its interrupt status but does not drive INTx. */
    private boolean intxDisabled;
    /** The NIC's crystal error in parts per billion: its ITR timer counts local time, so intervals differ per NIC. */
    private long clockPpb;
    /** Carried sub-nanosecond error of past intervals (ppb x ns), so drift accumulates exactly. */
    private long clockErr;
    private long gapFor = Long.MIN_VALUE;
    private long gapBase = -1;
    private long gapNs;
    private long gapErr;
    private long lastAssert = Long.MIN_VALUE / 2;
    private long assertTime;
    private boolean assertionClaimed;
    private long wakeAt = Long.MAX_VALUE;
    private long wakeGen;
    /** TIDV: a written-back TX descriptor with IDE set raises TXDW only after this quiet time (0 = at once). */
    private long txDelayNs;
    /** TADV: at most this long after the first delayed write-back (0 = no absolute bound). */
    private long txAbsDelayNs;
    /** Time of the first write-back the running TX delay timers cover; -1 when none is pending. */
    private long txDelayFirst = -1;
    private long txDelayGen;

    private InterruptLine line;
    private int sharer;
    private IoApic msiIoApic;
    private Pcpu msiDest;
    private int msiVector;

    public Nic(SimContext ctx, String name, int deviceIndex, int rxRing, int txRing, ItrController itr) {
        this.ctx = ctx;
        this.name = name;
        this.deviceIndex = deviceIndex;
        this.rxRing = rxRing;
        this.txRing = txRing;
        this.itr = itr;
        this.target = ctx.sim.register(this);
    }

    public void connectRx(ArrivalSource source) {
        this.rx = source;
        source.listener(this::onNewArrivals);
    }

    /** The ring's position in the TCP stream it receives (data or ACKs), so a ring drop is a lost frame. */
    public void rxStream(FrameLedger.Cursor cursor) {
        this.rxStream = cursor;
    }

    public void connectTx(Wire wire, long spacingNs) {
        this.txWire = wire;
        this.txSpacingNs = spacingNs;
    }

    /**
     * The driver's transmit interrupt delays (e1000 TxIntDelay / TxAbsIntDelay, written to TIDV / TADV; the driver
     * sets IDE on every TX descriptor when TIDV is not 0): the packet timer restarts at every write-back, the
     * absolute timer runs from the first, and TXDW is set when either expires.
     */
    public void txInterruptDelay(long tidvNs, long tadvNs) {
        this.txDelayNs = Math.max(0, tidvNs);
        this.txAbsDelayNs = Math.max(0, tadvNs);
    }

    public void intx(InterruptLine line, int sharer) {
        this.line = line;
        this.sharer = sharer;
    }

    public void msi(IoApic ioApic, Pcpu dest, int vector) {
        this.msiIoApic = ioApic;
        this.msiDest = dest;
        this.msiVector = vector;
    }

    public boolean usesMsi() {
        return msiIoApic != null;
    }

    public InterruptLine line() {
        return line;
    }

    /** Time the NIC last raised its interrupt (start of the delivery latency). */
    public long assertTime() {
        return assertTime;
    }

    /** True once per assertion: for the first ISR that finds it (the one whose latency is measured). */
    public boolean claimAssertion() {
        if (!output || assertionClaimed) {
            return false;
        }
        assertionClaimed = true;
        return true;
    }

    /** PCI Status bit 3 (Interrupt Status): the function is asserting its interrupt now. */
    public boolean interruptStatus() {
        return output;
    }

    public int rxFrameBytes() {
        return rx == null ? 0 : rx.frameBytes();
    }

    public int rxRingSize() {
        return rxRing;
    }

    private void refreshRx(long now) {
        if (rx == null) {
            return;
        }
        long arrived = rx.arrivedBy(now);
        long n = arrived - rxSeen;
        if (n <= 0) {
            return;
        }
        rxSeen = arrived;
        long space = rxRing - rxHeld;
        long accepted = Math.min(n, space);
        rxHeld += accepted;
        long dropped = n - accepted;
        if (rxStream != null) {
            rxStream.pass(accepted, null);
        }
        if (dropped > 0) {
            rxDroppedTotal += dropped;
            if (rxStream != null) {
                rxStream.drop(dropped);
            }
            ctx.metrics.drop(RunMetrics.DropPlace.NIC_RX_RING, deviceIndex, dropped);
            ctx.trace.event(now, TraceKind.PACKET_DROP, -1, -1, -1, -1, deviceIndex, dropped);
        }
        cause |= CAUSE_RX;
    }

    private void onNewArrivals() {
        if (enabled && !output && cause == 0) {
            update(ctx.now());
        }
    }

    /** Re-evaluates the interrupt output (assert per ITR) and schedules the next look at the link. */
    private void update(long now) {
        refreshRx(now);
        if (output || !enabled) {
            return;
        }
        if (cause != 0) {
            long earliest = lastAssert + itrGapNs();
            if (now >= earliest) {
                raise(now);
            } else {
                wake(earliest);
            }
        } else if (rx != null) {
            // the next frame sets the cause; the ITR may hold the interrupt longer: look once, at the later time
            long next = rx.arrivalTime(rxSeen);
            if (next != Long.MAX_VALUE) {
                wake(Math.max(Math.max(next, now), lastAssert + itrGapNs()));
            }
        }
    }

    /** Sets the crystal error (IEEE 802.3 allows +/-100 ppm). */
    public void clockPpb(long ppb) {
        this.clockPpb = ppb;
    }

    public long clockPpb() {
        return clockPpb;
    }

    /** The programmed ITR interval measured on this NIC's clock, from the last assertion. */
    private long itrGapNs() {
        long base = itr.intervalNs();
        if (gapFor != lastAssert || gapBase != base) {
            gapFor = lastAssert;
            gapBase = base;
            long e = clockErr + base * clockPpb;
            gapNs = base + Math.floorDiv(e, 1_000_000_000L);
            gapErr = Math.floorMod(e, 1_000_000_000L);
        }
        return gapNs;
    }

    private void raise(long now) {
        if (gapFor == lastAssert && now == lastAssert + gapNs) {
            clockErr = gapErr; // back-to-back at the ITR limit: the timer ran one local interval
        }
        lastAssert = now;
        assertTime = now;
        assertionClaimed = false;
        if (msiIoApic != null) {
            // MSI is edge-like: one write, no level to hold; the cause stays until the driver reads ICR
            output = true;
            msiIoApic.sendMsi(msiDest, msiVector, deviceIndex);
        } else if (line != null) {
            output = true;
            if (!intxDisabled) {
                line.set(sharer, deviceIndex, true);
            }
        }
    }

    private void lower() {
        if (output) {
            output = false;
            if (line != null && !intxDisabled) {
                line.set(sharer, deviceIndex, false);
            }
        }
    }

    /**
     * Writes PCI Command bit 10. Disabling takes the function off its INTx line at once (the wired-OR may drop)
     * while its Status bit stays set; enabling drives the line again if the function still has an interrupt
     * pending (a new journey; its latency still counts from the function's assertion time).
     */
    public void intxDisable(boolean disable) {
        if (disable == intxDisabled || line == null) {
            return;
        }
        intxDisabled = disable;
        if (output) {
            line.set(sharer, deviceIndex, !disable);
        }
    }

    public boolean intxDisabled() {
        return intxDisabled;
    }

    private void wake(long t) {
        if (wakeAt <= t && wakeAt >= ctx.now()) {
            return;
        }
        wakeAt = t;
        ctx.sim.at(t, target, WAKE, ++wakeGen);
    }

    @Override
    public void handle(int kind, long arg) {
        long now = ctx.now();
        if (kind == WAKE) {
            if (arg != wakeGen) {
                return;
            }
            wakeAt = Long.MAX_VALUE;
            update(now);
        } else if (kind == TX_DELAY) {
            if (arg != txDelayGen) {
                return;
            }
            txDelayFirst = -1;
            cause |= CAUSE_TX;
            update(now);
        } else {
            txInFlight -= arg;
            if (txDelayNs == 0) {
                cause |= CAUSE_TX;
                update(now);
            } else {
                if (txDelayFirst < 0) {
                    txDelayFirst = now;
                }
                long due = now + txDelayNs;
                if (txAbsDelayNs > 0) {
                    due = Math.min(due, txDelayFirst + txAbsDelayNs);
                }
                ctx.sim.at(due, target, TX_DELAY, ++txDelayGen);
            }
        }
    }

    // ---- register interface used by the driver ----

    /** Reads and clears ICR; the INTx output drops. */
    public int readIcr(long now) {
        refreshRx(now);
        int c = cause;
        cause = 0;
        lower();
        return c;
    }

    /** IMC: device interrupts off (the driver polls). */
    public void disableInterrupts() {
        enabled = false;
        lower();
    }

    /** IMS: device interrupts on; a cause set meanwhile raises at once (subject to ITR). */
    public void enableInterrupts(long now) {
        enabled = true;
        update(now);
    }

    /** Frames in the RX ring ready for the driver. */
    public long rxAvailable(long now) {
        refreshRx(now);
        return rxHeld;
    }

    public void rxConsume(long n) {
        rxHeld -= n;
    }

    public long txSpace() {
        return txRing - txInFlight;
    }

    /** Queues n single-frame packets for transmission; returns how many the TX ring took. */
    public long txPost(long now, long n) {
        return txPost(now, n, 1);
    }

    /**
     * Queues n frames for transmission as packets (skbs) of up to segsPerSkb frames each (TSO: the NIC cuts one
     * skb into MSS-sized frames and writes the descriptor's DD status back once, when the skb's last frame has
     * left); returns how many frames the TX ring took.
     */
    public long txPost(long now, long n, long segsPerSkb) {
        long k = Math.min(n, txSpace());
        if (k <= 0 || txWire == null) {
            return 0;
        }
        txInFlight += k;
        long first = txWire.sent();
        long end = txWire.send(now, k, txSpacingNs);
        logPost(first, k, Math.max(1, segsPerSkb));
        if (segsPerSkb <= 1 || k <= segsPerSkb) {
            ctx.sim.at(end, target, TX_DONE, k);
        } else {
            long start = end - k * txSpacingNs;
            for (long done = 0; done < k; done += segsPerSkb) {
                long m = Math.min(segsPerSkb, k - done);
                ctx.sim.at(start + (done + m) * txSpacingNs, target, TX_DONE, m);
            }
        }
        return k;
    }

    private void logPost(long first, long count, long segs) {
        if (postTail == postFirst.length) {
            int live = postTail - postHead;
            if (postHead > 0) {
                System.arraycopy(postFirst, postHead, postFirst, 0, live);
                System.arraycopy(postCount, postHead, postCount, 0, live);
                System.arraycopy(postSegs, postHead, postSegs, 0, live);
            } else {
                postFirst = java.util.Arrays.copyOf(postFirst, live * 2);
                postCount = java.util.Arrays.copyOf(postCount, live * 2);
                postSegs = java.util.Arrays.copyOf(postSegs, live * 2);
            }
            postHead = 0;
            postTail = live;
        }
        postFirst[postTail] = first;
        postCount[postTail] = count;
        postSegs[postTail] = segs;
        postTail++;
    }

    /**
     * Frames of packets written back as complete by now (what e1000_clean_tx_irq finds with DD set): a frame's
     * packet completes when its last frame has left the NIC, so a TSO packet counts all its frames at once.
     */
    public long txCompleted(long now) {
        if (postHead == postTail) {
            return txCompleted;
        }
        long left = txWire.departedBy(now);
        while (postHead < postTail) {
            long first = postFirst[postHead];
            long count = postCount[postHead];
            if (left >= first + count) {
                txCompleted += count - postCredited;
                postCredited = 0;
                postHead++;
                continue;
            }
            if (left > first) {
                long whole = (left - first) / postSegs[postHead] * postSegs[postHead];
                if (whole > postCredited) {
                    txCompleted += whole - postCredited;
                    postCredited = whole;
                }
            }
            break;
        }
        if (postHead == postTail) {
            postHead = 0;
            postTail = 0;
        }
        return txCompleted;
    }

    /** Bytes of one transmitted frame as the driver counts them (skb length). */
    public int txFrameBytes() {
        return txWire == null ? 0 : txWire.frameBytes();
    }

    public long rxDropped() {
        return rxDroppedTotal;
    }
}
