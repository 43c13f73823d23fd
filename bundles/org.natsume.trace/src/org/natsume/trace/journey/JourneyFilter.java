package org.natsume.trace.journey;

/**
 * Which journeys the Interrupt Trace view shows (domain.md §6.3): by device, GSI, notified domain, spurious or not,
 * and latency at or above a bound. -1 (or null for {@code spurious}) means "any". With a domain set, {@code spurious}
 * refers to the notification of that domain; without, to any notification of the journey.
 */
public record JourneyFilter(int device, int gsi, int domain, Boolean spurious, long minLatencyNs) {

    public static final JourneyFilter ALL = new JourneyFilter(-1, -1, -1, null, -1);

    public JourneyFilter withDevice(int d) {
        return new JourneyFilter(d, gsi, domain, spurious, minLatencyNs);
    }

    public JourneyFilter withGsi(int g) {
        return new JourneyFilter(device, g, domain, spurious, minLatencyNs);
    }

    public JourneyFilter withDomain(int d) {
        return new JourneyFilter(device, gsi, d, spurious, minLatencyNs);
    }

    public JourneyFilter withSpurious(Boolean s) {
        return new JourneyFilter(device, gsi, domain, s, minLatencyNs);
    }

    public JourneyFilter withMinLatencyNs(long ns) {
        return new JourneyFilter(device, gsi, domain, spurious, ns);
    }

    public boolean isAll() {
        return equals(ALL);
    }
}
