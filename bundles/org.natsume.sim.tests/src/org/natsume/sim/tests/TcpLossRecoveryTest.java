package org.natsume.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.sim.kernel.EventHandler;
import org.natsume.sim.kernel.Simulator;
import org.natsume.sim.tcp.Bic;
import org.natsume.sim.tcp.CongestionAlgorithm;
import org.natsume.sim.tcp.CongestionControl;
import org.natsume.sim.tcp.Cubic;
import org.natsume.sim.tcp.FrameLedger;
import org.natsume.sim.tcp.ReceiveBuffer;
import org.natsume.sim.tcp.TcpFlow;
import org.natsume.sim.tcp.TcpKernel;
import org.natsume.sim.tcp.TcpReceiver;
import org.natsume.sim.tcp.TcpSender;
import org.natsume.sim.tcp.TcpTimer;

/**
 * Hand-written TCP scenarios with their exact event sequences (docs/simulation.md: TCP, losses and vif GSO): a
 * sender and a receiver 1 ms apart each way, the receiver behind a ring of 12 frames that stops being drained for
 * a while. A stall longer than the ring is a loss; SACK recovery or the retransmission timer repairs it.
 */
class TcpLossRecoveryTest {
    private static final long D = 1_000_000; // one-way delay, 1 ms

    /** The little network: data frames to a ring in front of the receiver, ACK frames straight back. */
    static final class Net implements EventHandler {
        static final int DATA = 0;
        static final int ACKS = 1;
        static final int DRAIN = 2;
        final Simulator sim = new Simulator();
        final TcpFlow flow = new TcpFlow();
        final List<String> events = new ArrayList<>();
        final TcpSender sender;
        final TcpReceiver receiver;
        final TcpFlow.DataIn dataIn;
        final TcpFlow.AcksIn acksIn;
        final FrameLedger.Cursor ring = flow.data.cursor();
        final int target;
        final long ringSize;
        long held;
        long stallFrom = Long.MAX_VALUE;
        long stallUntil = Long.MIN_VALUE;

        Net(CongestionControl cc, long ringSize) {
            this.ringSize = ringSize;
            this.target = sim.register(this);
            sender = new TcpSender(cc, 10_000, 1_000, 200_000_000L, false, new TcpSender.Events() {
                @Override
                public void loss(long now, long lost, long cwnd, long ssthresh) {
                    events.add(ms(now) + " LOSS lost=" + lost + " cwnd=" + cwnd + " ssthresh=" + ssthresh);
                }

                @Override
                public void retransmit(long now, long first, long count) {
                    events.add(ms(now) + " RETRANSMIT " + first + "+" + count);
                }

                @Override
                public void rto(long now, long backoff, long ssthresh) {
                    events.add(ms(now) + " RTO backoff=" + backoff + " ssthresh=" + ssthresh + " cwnd=" + sender.cwnd());
                }

                @Override
                public void recovered(long now, long cwnd) {
                    events.add(ms(now) + " RECOVERED cwnd=" + cwnd);
                }
            });
            sender.timer(new TcpTimer(sim, t -> {
                sender.rtoFired(t);
                send(t);
            }));
            receiver = new TcpReceiver(flow.ackLog, new ReceiveBuffer(1 << 22, 1448, 10_000_000L), 40_000_000L);
            receiver.timer(new TcpTimer(sim, t -> acks(t, receiver.delackFired(t))));
            dataIn = flow.dataIn(receiver);
            acksIn = flow.acksIn(sender);
        }

        static String ms(long ns) {
            return String.format("%.3f", ns / 1e6);
        }

        void send(long now) {
            long k = sender.emit(now, sender.allowance(), flow.segments);
            if (k > 0) {
                flow.data.emit(k);
                sim.at(now + D, target, DATA, k);
            }
        }

        void acks(long now, long n) {
            if (n > 0) {
                flow.acks.emit(n);
                sim.at(now + D, target, ACKS, n);
            }
        }

        @Override
        public void handle(int kind, long n) {
            long now = sim.now();
            switch (kind) {
                case DATA -> {
                    if (now >= stallFrom && now < stallUntil) {
                        long take = Math.min(n, ringSize - held);
                        ring.pass(take, null);
                        ring.drop(n - take);
                        if (n > take) {
                            events.add(ms(now) + " DROP " + (n - take));
                        }
                        held += take;
                    } else {
                        ring.pass(n, null);
                        acks(now, dataIn.deliver(now, n));
                    }
                }
                case ACKS -> {
                    acksIn.deliver(now, n);
                    send(now);
                }
                default -> {
                    long h = held;
                    held = 0;
                    acks(now, dataIn.deliver(now, h));
                }
            }
        }

        void stall(long from, long until) {
            stallFrom = from;
            stallUntil = until;
            sim.at(until, target, DRAIN, 0);
        }
    }

    private static CongestionControl bic(long cwnd) {
        Bic b = new Bic();
        b.window(cwnd, Integer.MAX_VALUE);
        return b;
    }

    @Test
    void aDropAtAFullRingIsRepairedBySackRecoveryAndCostsBeta() {
        Net net = new Net(bic(20), 12);
        // the 20-segment flight of t = 0 reaches a ring that is not drained until 1.5 ms: 12 fit, 8 are lost
        net.stall(D, D + 500_000);
        net.sender.dataEnd(40);
        net.send(0);
        net.sim.runUntil(1_000_000_000L);
        assertEquals(List.of(
                "1.000 DROP 8",
                // the 12 that fit are ACKed at 1.5 ms (6 ACKs: slow start 20 -> 26 at 2.5 ms) and 18 new segments
                // go; at 3.5 ms each lands above the hole and is SACKed at once. The first SACK is back at 4.5 ms:
                // 9 segments above snd_una = 12, more than reordering (3), so FACK enters Recovery with
                // ssthresh = 26 x 819/1024 = 20 and marks [12, 18) lost
                "4.500 LOSS lost=6 cwnd=26 ssthresh=20",
                // the other 17 SACKs of that flight mark [18, 20) lost too, rate halving takes cwnd down to
                // ssthresh, and the pipe is empty (everything sent is SACKed or lost): all 8 go at once
                "4.500 RETRANSMIT 12+8",
                // they fill the hole at 5.5 ms; the ACK for 38 (snd_nxt when Recovery began) ends it at ssthresh
                "6.500 RECOVERED cwnd=20"), net.events, "" + net.events);
        assertEquals(40, net.sender.una(), "everything arrived");
        assertEquals(40, net.receiver.delivered());
        assertEquals(8, net.sender.retransmits(), "exactly the lost segments, once");
        assertEquals(0, net.sender.rtos());
        assertEquals(8, net.flow.data.dropped());
        // the books: sent = delivered + dropped (nothing in flight at the end)
        assertEquals(net.flow.data.emitted(), net.dataIn.delivered() + net.flow.data.dropped());
    }

    @Test
    void aLostTailIsRepairedByTheRetransmissionTimer() {
        Net net = new Net(bic(10), 4);
        // all 10 segments reach the stalled ring: 4 fit, 6 are lost, and nothing follows to be SACKed
        net.stall(D, D + 500_000);
        net.sender.dataEnd(10);
        net.send(0);
        net.sim.runUntil(5_000_000_000L);
        assertEquals(List.of(
                "1.000 DROP 6",
                // the 4 that fit are ACKed (cum 2 and 4, back at 2.5 ms: srtt 2.5 ms, slow start 10 -> 12); nothing
                // else arrives, so no SACK: the timer restarted by the last ACK expires after RTO = srtt +
                // max(4 rttvar, TCP_RTO_MIN) = 202.5 ms. BIC below low_window (14): ssthresh = 12 / 2
                "205.000 RTO backoff=2 ssthresh=6 cwnd=1",
                "205.000 RETRANSMIT 4+1",
                // a lone segment waits for the delayed-ACK timer (40 ms); each ACK in Loss grows cwnd by one
                "247.000 RETRANSMIT 5+2",
                "249.000 RETRANSMIT 7+3",
                // 7 and 8 are ACKed at once, 9 only by the delayed ACK at 290 ms: snd_una reaches 10 at 291 ms
                "291.000 RECOVERED cwnd=5"), net.events);
        assertEquals(10, net.receiver.delivered());
        assertEquals(1, net.sender.rtos());
    }

    @Test
    void tcpInitSizesTheBuffersFromMemoryAsEachKernelDoes() {
        // 2.6.18: order 3 for 512 MiB, tcp_mem[1] = 8192 pages, max_share = 8192 << 5
        assertEquals(256 * 1024, TcpKernel.LINUX_2_6_18.rmemMax(512));
        // 2.6.26: 256 (MB, capped) × 491 (MB) >> 1 pages << 5 ≈ 2 MB for 512 MiB; lowmem caps a big machine
        assertEquals(2_011_136, TcpKernel.LINUX_2_6_26.rmemMax(512));
        assertTrue(TcpKernel.LINUX_2_6_26.rmemMax(2048) > 3_000_000 && TcpKernel.LINUX_2_6_26.rmemMax(2048) <= 4 << 20);
        assertEquals(TcpKernel.LINUX_2_6_26.rmemMax(2048), TcpKernel.LINUX_2_6_26.rmemMax(4096), "highmem does not count");
        assertEquals(40_000_000L, TcpKernel.LINUX_2_6_18.delackNs(), "TCP_DELACK_MIN = HZ/25");
        assertEquals(200_000_000L, TcpKernel.LINUX_2_6_26.rtoMinNs(), "TCP_RTO_MIN = HZ/5");
        assertEquals(CongestionAlgorithm.BIC, TcpKernel.defaultFor(true).congestion);
        assertEquals(CongestionAlgorithm.CUBIC, TcpKernel.defaultFor(false).congestion);
    }

    @Test
    void theWindowAutotunesFromTheInitialBufferToTcpRmem2() {
        ReceiveBuffer b = new ReceiveBuffer(256 * 1024, 1448, 10_000_000L);
        assertEquals(65_535, b.windowBytes(), "3/4 of tcp_rmem[1] = 87,380 B");
        // a line-rate reader: 8,127 segments per 10-ms jiffy
        for (long t = 0; t <= 30_000_000L; t += 1_000_000L) {
            b.copied(t, 813);
        }
        assertEquals(256 * 1024, b.rcvbuf(), "grown to tcp_rmem[2] within a few jiffies");
        assertEquals(196_608, b.windowBytes());
    }

    @Test
    void betaOnLossIsTheModulesOwn() {
        Bic b = new Bic();
        b.window(100, 50);
        assertEquals(79, b.lossSsthresh(), "BIC: 100 × 819/1024");
        Cubic c = new Cubic();
        c.window(100, 50);
        assertEquals(70, c.lossSsthresh(), "CUBIC: 100 × 717/1024");
    }
}
