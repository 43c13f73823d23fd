package org.natsume.sim.net;

import org.natsume.sim.hw.Wire;

/**
 * The external UDP flooder (domain.md §6.1): packets of a fixed size at line rate or a fixed rate, an endless
 * burst on its wire (1.488 Mpps for 64-byte frames on 1 GbE).
 */
public final class UdpFlooder {
    private final Wire wire;
    private final long spacingNs;

    public UdpFlooder(Wire wire, int frameBytes, long pps, long linkRateBps) {
        this.wire = wire;
        long serial = Wire.frameNs(Math.max(64, frameBytes) + 20, linkRateBps);
        this.spacingNs = pps <= 0 ? serial : Math.max(serial, Math.round(1e9 / pps));
    }

    public long spacingNs() {
        return spacingNs;
    }

    public void start(long at) {
        wire.send(at, Long.MAX_VALUE / 8, spacingNs);
    }
}
