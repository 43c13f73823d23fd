package org.natsume.sim.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.natsume.sim.metrics.InvariantMonitor;

/**
 * The invariants of domain.md §6.5, checked while a simulation runs. Each {@link Invariant} records its own
 * violations; a new invariant is one more constant.
 */
final class InvariantChecker implements InvariantMonitor {

    enum Invariant {
        IN_FLIGHT_NEVER_NEGATIVE("in_flight is never below 0"),
        NO_REDELIVERY_WHILE_REMOTE_IRR_OR_MASKED("a level GSI does not re-deliver while Remote-IRR is set or the pin is masked"),
        PENDING_PIRQ_NOT_COUNTED_TWICE("a PIRQ already pending in a domain is not counted twice (in_flight = pending binders)");

        final String description;

        Invariant(String description) {
            this.description = description;
        }
    }

    private final Map<Invariant, List<String>> violations = new HashMap<>();
    private final Map<Integer, Set<Integer>> pendingByGsi = new HashMap<>();
    /** Pending binders whose device Xen took off the line instead of counting them in in_flight. */
    private final Map<Integer, Set<Integer>> heldByGsi = new HashMap<>();

    List<String> violations(Invariant i) {
        return violations.getOrDefault(i, List.of());
    }

    private void fail(Invariant i, String msg) {
        List<String> l = violations.computeIfAbsent(i, k -> new ArrayList<>());
        if (l.size() < 10) {
            l.add(msg);
        }
    }

    @Override
    public void inFlight(long t, int gsi, int value) {
        if (value < 0) {
            fail(Invariant.IN_FLIGHT_NEVER_NEGATIVE, "t=" + t + " GSI " + gsi + " in_flight=" + value);
        }
        int pending = pendingByGsi.getOrDefault(gsi, Set.of()).size() - heldByGsi.getOrDefault(gsi, Set.of()).size();
        if (pending != value) {
            fail(Invariant.PENDING_PIRQ_NOT_COUNTED_TWICE,
                    "t=" + t + " GSI " + gsi + " in_flight=" + value + " but " + pending + " domains have it pending");
        }
    }

    @Override
    public void ioApicMessage(long t, int gsi, boolean level, boolean remoteIrr, boolean masked) {
        if (masked || (level && remoteIrr)) {
            fail(Invariant.NO_REDELIVERY_WHILE_REMOTE_IRR_OR_MASKED,
                    "t=" + t + " GSI " + gsi + " sent with remoteIrr=" + remoteIrr + " masked=" + masked);
        }
    }

    @Override
    public void pirqCounted(long t, int domain, int gsi, boolean alreadyPending) {
        Set<Integer> s = pendingByGsi.computeIfAbsent(gsi, k -> new HashSet<>());
        if (alreadyPending != s.contains(domain)) {
            fail(Invariant.PENDING_PIRQ_NOT_COUNTED_TWICE, "t=" + t + " GSI " + gsi + " domain " + domain
                    + " pirq_mask=" + alreadyPending + " but tracked pending=" + s.contains(domain));
        }
        s.add(domain);
    }

    @Override
    public void pirqEoi(long t, int domain, int gsi, boolean wasPending) {
        Set<Integer> s = pendingByGsi.computeIfAbsent(gsi, k -> new HashSet<>());
        if (wasPending != s.contains(domain)) {
            fail(Invariant.PENDING_PIRQ_NOT_COUNTED_TWICE, "t=" + t + " GSI " + gsi + " domain " + domain + " EOI mismatch");
        }
        s.remove(domain);
        Set<Integer> held = heldByGsi.get(gsi);
        if (held != null) {
            held.remove(domain);
        }
    }

    @Override
    public void pirqHeldByDevice(long t, int domain, int gsi) {
        heldByGsi.computeIfAbsent(gsi, k -> new HashSet<>()).add(domain);
    }
}
