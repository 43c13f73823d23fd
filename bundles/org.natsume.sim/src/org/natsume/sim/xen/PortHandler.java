package org.natsume.sim.xen;

/** Guest code bound to an event-channel port: what evtchn_do_upcall dispatches to. */
public interface PortHandler {
    void onEvent(Domain d, int port, int journey, long now);
}
