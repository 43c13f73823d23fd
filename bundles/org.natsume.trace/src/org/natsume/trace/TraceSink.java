package org.natsume.trace;

/**
 * Where the simulation writes every step of every interrupt journey. Implementations must not allocate per
 * event: the simulation calls this millions of times per simulated second. Unused fields are -1.
 */
public interface TraceSink {

    /** A sink that keeps nothing, for runs without a trace. */
    TraceSink NONE = (timeNs, kind, journey, cpu, domain, gsi, device, arg) -> {
    };

    void event(long timeNs, TraceKind kind, int journey, int cpu, int domain, int gsi, int device, long arg);

    /**
     * The producer publishes what names its numbers (lanes, devices, GSIs, the RT-VM, the run's parameters), once it
     * knows its machine and again when it learns more (the duration when the run starts). Metadata travels with the
     * trace from its producer, so no viewer keeps a copy of the producer's numbering. Sinks that keep no trace ignore it.
     */
    default void metadata(TraceMetadata metadata) {
    }
}
