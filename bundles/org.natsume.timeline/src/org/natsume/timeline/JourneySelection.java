package org.natsume.timeline;

import java.util.ArrayList;
import java.util.List;

import org.natsume.trace.TraceMetadata;
import org.natsume.ui.InterruptPathSelection;
import org.natsume.trace.journey.Journey;

/**
 * The selected interrupt journey as published to the workbench selection service (issue "Interrupt Trace view":
 * selecting a journey highlights its path in the topology editor). Plain values only, so the topology editor can
 * listen without knowing the trace: the asserting device's name and BDF, the GSI, the PCPU that took it, the notified
 * domains by name and which of those were spurious (domain.md §3.2). Published as the single element of an
 * {@code IStructuredSelection} by the Interrupt Trace and Timeline views; the topology editor reads it through
 * {@link InterruptPathSelection}.
 *
 * <p>Not to be confused with {@code org.natsume.trace.journey.JourneySelection}, the filtered rows of a journey table.
 */
public record JourneySelection(int journeyId, long assertTimeNs, String deviceName, String deviceBdf, int gsi, String cpuName,
        List<String> notifiedDomains, List<String> spuriousDomains, long latencyNs) implements InterruptPathSelection {

    public JourneySelection {
        notifiedDomains = List.copyOf(notifiedDomains);
        spuriousDomains = List.copyOf(spuriousDomains);
    }

    /** The selection for one journey of a trace, with names taken from its metadata. */
    public static JourneySelection of(Journey j, TraceMetadata m) {
        List<String> notified = new ArrayList<>();
        for (int d : j.notifiedDomains()) {
            notified.add(m.domainName(d));
        }
        List<String> spurious = new ArrayList<>();
        for (int d : j.spuriousDomains()) {
            spurious.add(m.domainName(d));
        }
        return new JourneySelection(j.id(), j.assertTimeNs(), j.device() >= 0 ? m.deviceName(j.device()) : "",
                j.device() >= 0 ? m.deviceBdf(j.device()) : "", j.gsi(), j.cpu() >= 0 ? m.cpuName(j.cpu()) : "", notified, spurious,
                j.latencyNs());
    }

    public boolean spurious() {
        return !spuriousDomains.isEmpty();
    }

    @Override
    public String toString() {
        return "journey " + journeyId + ": " + deviceName + (deviceBdf.isEmpty() ? "" : " " + deviceBdf) + " GSI " + gsi + " → "
                + String.join(", ", notifiedDomains) + (spurious() ? " (spurious to " + String.join(", ", spuriousDomains) + ")" : "");
    }
}
