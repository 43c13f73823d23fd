package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.model.tests.ModelFixtures.domain;
import static org.natsume.model.tests.ModelFixtures.fn;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.Domain;
import org.natsume.model.RoutingPolicy;
import org.natsume.model.Topology;
import org.natsume.model.analysis.FanOut;
import org.natsume.model.analysis.FanOut.DeviceFanOut;
import org.natsume.model.analysis.FanOut.LineFanOut;
import org.natsume.model.examples.Examples;

/** Who gets notified, per device, under both routing policies (domain.md §3.2, §3.3). */
class FanOutTest {

    private static LineFanOut line(Topology t, int gsi) {
        return FanOut.compute(t).stream().filter(l -> l.gsi() == gsi).findFirst().orElseThrow();
    }

    private static DeviceFanOut device(LineFanOut l, String bdf) {
        return l.devices().stream().filter(d -> d.bdf().equals(bdf)).findFirst().orElseThrow();
    }

    @Test
    void sharedCaseUnderBothPolicies() {
        Topology t = ModelFixtures.shared();
        Domain dom0 = domain(t, "Domain-0");
        Domain guestB = domain(t, "guestB");
        LineFanOut gsi20 = line(t, 20);
        assertTrue(gsi20.shared());
        assertTrue(gsi20.crossDomain());
        assertEquals(List.of(dom0, guestB), gsi20.boundDomains());

        DeviceFanOut nicA = device(gsi20, "0000:00:19.0");
        assertEquals(dom0, nicA.owner().orElseThrow());
        assertEquals(List.of(dom0, guestB), nicA.notified(RoutingPolicy.BY_IRQ));
        assertEquals(List.of(guestB), nicA.spurious(RoutingPolicy.BY_IRQ));
        assertEquals(List.of(dom0), nicA.notified(RoutingPolicy.BY_BDF));
        assertEquals(List.of(), nicA.spurious(RoutingPolicy.BY_BDF));

        DeviceFanOut nicB = device(gsi20, "0000:05:00.0");
        assertEquals(guestB, nicB.owner().orElseThrow());
        assertEquals(List.of(dom0, guestB), nicB.notified(RoutingPolicy.BY_IRQ));
        assertEquals(List.of(dom0), nicB.spurious(RoutingPolicy.BY_IRQ));
        assertEquals(List.of(guestB), nicB.notified(RoutingPolicy.BY_BDF));
    }

    @Test
    void unsharedCaseNotifiesOnlyTheOwner() {
        Topology t = ModelFixtures.unshared();
        LineFanOut gsi17 = line(t, 17);
        assertFalse(gsi17.shared());
        DeviceFanOut nicB = device(gsi17, "0000:05:00.0");
        assertEquals(List.of(domain(t, "guestB")), nicB.notified(RoutingPolicy.BY_IRQ));
        // NIC-A uses MSI: its own vector, still listed on its INTx line but not through it
        DeviceFanOut nicA = device(line(t, 20), "0000:00:19.0");
        assertFalse(nicA.usesLine());
        assertEquals(List.of(domain(t, "Domain-0")), nicA.notified(RoutingPolicy.BY_IRQ));
        assertEquals(List.of(), line(t, 20).boundDomains());
    }

    @Test
    void vifDevicesBelongToTheBackendDomain() {
        Topology t = Examples.load("paper-case2-vif");
        LineFanOut gsi20 = line(t, 20);
        assertFalse(gsi20.crossDomain(), "in case 2 both NICs are Dom0's: no cross-domain PIRQ");
        assertEquals(List.of(domain(t, "Domain-0")), device(gsi20, "0000:05:00.0").notified(RoutingPolicy.BY_IRQ));
    }

    @Test
    void nativeCaseOwnerIsTheOs() {
        Topology t = Examples.load("paper-case1-native");
        assertEquals("Linux 2.6.26 (native)",
                device(line(t, 20), "0000:05:00.0").owner().orElseThrow().getName());
    }

    @Test
    void singleDeviceFanOut() {
        Topology t = ModelFixtures.shared();
        DeviceFanOut d = FanOut.of(t, fn(t, "05:00.0"));
        assertEquals(2, d.byIrq().size());
    }
}
