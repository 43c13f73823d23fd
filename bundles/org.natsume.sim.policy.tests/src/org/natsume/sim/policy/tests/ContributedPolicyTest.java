package org.natsume.sim.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.cli.CommandContext;
import org.natsume.cli.CommandRegistry;
import org.natsume.cli.Dispatcher;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyStore;
import org.natsume.sim.xen.RoutingPolicies;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceStore;
import org.natsume.trace.io.TraceFileReader;

/**
 * The routing policy this bundle contributes ({@link RoundRobinRouting}) is offered next to the built-ins, runs in
 * {@code ./natsume simulate}, and its decisions are in the trace, whose metadata names it.
 */
class ContributedPolicyTest {

    /** The paper's case 3, shared layout: Dom0's UHCI and guest B's NIC-B on GSI 16. */
    private static final String SHARED = "paper-case3-passthrough-shared";
    private static final int GSI = 16;

    @Test
    void theContributedPolicyComesAfterTheBuiltIns() {
        assertEquals(List.of("BY_IRQ", "BY_BDF", "ROUND_ROBIN"), RoutingPolicies.ids());
    }

    @Test
    void simulateRunsItAndTheTraceShowsOneBinderNotifiedPerAssertionInTurn(@TempDir Path dir) throws Exception {
        TraceStore rr = simulate(dir, "ROUND_ROBIN");
        assertEquals("ROUND_ROBIN", rr.metadata().properties().get("natsume.xen.routing"));
        Notifications n = Notifications.of(rr);
        assertTrue(n.entries > 20, "GSI 16 fired " + n.entries + " times");
        // one binder per assertion: every do_IRQ of the line notifies (or finds pending) exactly one domain ...
        assertEquals(n.entries, n.notified + n.coalesced);
        // ... and the turns reach both binders, Dom0 (spurious for NIC-B) and guest B
        assertEquals(2, n.domains.size(), n.domains.toString());

        // the same run under stock Xen: both binders on every assertion
        Notifications byIrq = Notifications.of(simulate(dir, "BY_IRQ"));
        assertEquals("BY_IRQ", simulateMetadata);
        assertEquals(2L * byIrq.entries, byIrq.notified + byIrq.coalesced);
    }

    @Test
    void validateAcceptsTheInstalledPolicy(@TempDir Path dir) throws Exception {
        Topology t = Examples.load("paper-case3-passthrough-unshared");
        t.getHypervisor().setRoutingPolicy("ROUND_ROBIN");
        TopologyStore.registerStandalone();
        TopologyStore.save(t, dir.resolve("rr.natsume"));
        Run r = run(dir, "validate", "rr.natsume");
        assertEquals(0, r.code, r.out + r.err);
        assertTrue(!r.out.contains("routing policy"), r.out);
    }

    private String simulateMetadata;

    private TraceStore simulate(Path dir, String policy) throws Exception {
        Topology t = Examples.load(SHARED);
        t.getHypervisor().setRoutingPolicy(policy);
        TopologyStore.registerStandalone();
        Path model = dir.resolve(policy + ".natsume");
        TopologyStore.save(t, model);
        Path trace = dir.resolve(policy + ".ntrace");
        Run r = run(dir, "simulate", model.getFileName().toString(), "--duration", "0.05", "--trace",
                trace.getFileName().toString());
        assertEquals(0, r.code, r.out + r.err);
        TraceStore store = new TraceFileReader().read(trace);
        simulateMetadata = store.metadata().properties().get("natsume.xen.routing");
        return store;
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Path dir, String... argv) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new Dispatcher(new CommandRegistry()).dispatch(List.of(argv), new CommandContext(o, e, dir));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** What the trace says Xen did on GSI 16. */
    private record Notifications(long entries, long notified, long coalesced, Set<Integer> domains) {
        static Notifications of(TraceStore s) {
            long entries = 0, notified = 0, coalesced = 0;
            Set<Integer> domains = new TreeSet<>();
            for (int i = 0; i < s.size(); i++) {
                if (s.gsi(i) != GSI) continue;
                TraceKind k = s.kind(i);
                if (k == TraceKind.XEN_IRQ_ENTER) entries++;
                if (k == TraceKind.GUEST_NOTIFY) {
                    notified++;
                    domains.add(s.domain(i));
                }
                if (k == TraceKind.COALESCED) coalesced++;
            }
            return new Notifications(entries, notified, coalesced, domains);
        }
    }
}
