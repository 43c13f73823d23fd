package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.model.tests.ModelFixtures.domain;
import static org.natsume.model.tests.ModelFixtures.fn;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.model.Domain;
import org.natsume.model.RoutingPolicies;
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
        // domain.md §0.3: NIC-B shares GSI 16 with Dom0's quiet USB UHCI #4, not with NIC-A
        Topology t = ModelFixtures.shared();
        Domain dom0 = domain(t, "Domain-0");
        Domain guestB = domain(t, "guestB");
        LineFanOut gsi16 = line(t, 16);
        assertTrue(gsi16.shared());
        assertTrue(gsi16.crossDomain());
        assertEquals(List.of(dom0, guestB), gsi16.boundDomains());

        DeviceFanOut usb = device(gsi16, "0000:00:1a.0");
        assertEquals(dom0, usb.owner().orElseThrow());
        assertEquals(List.of(dom0, guestB), usb.notified(RoutingPolicies.BY_IRQ));
        assertEquals(List.of(guestB), usb.spurious(RoutingPolicies.BY_IRQ));
        assertEquals(List.of(dom0), usb.notified(RoutingPolicies.BY_BDF));
        assertEquals(List.of(), usb.spurious(RoutingPolicies.BY_BDF));

        DeviceFanOut nicB = device(gsi16, "0000:05:00.0");
        assertEquals(guestB, nicB.owner().orElseThrow());
        assertEquals(List.of(dom0, guestB), nicB.notified(RoutingPolicies.BY_IRQ));
        assertEquals(List.of(dom0), nicB.spurious(RoutingPolicies.BY_IRQ));
        assertEquals(List.of(guestB), nicB.notified(RoutingPolicies.BY_BDF));

        assertFalse(line(t, 20).shared(), "NIC-A is alone on GSI 20");
    }

    @Test
    void unsharedCaseNotifiesOnlyTheOwner() {
        // domain.md §0.4: the NICs swap roles; guest B passes through NIC-A, alone on GSI 20 (INTx: 2.6.18-xen has
        // no MSI), and NIC-B with the USB controller is Dom0's alone
        Topology t = ModelFixtures.unshared();
        LineFanOut gsi20 = line(t, 20);
        assertFalse(gsi20.shared());
        DeviceFanOut nicA = device(gsi20, "0000:00:19.0");
        assertTrue(nicA.usesLine());
        assertEquals(List.of(domain(t, "guestB")), nicA.notified(RoutingPolicies.BY_IRQ));
        assertEquals(List.of(domain(t, "Domain-0")), line(t, 16).boundDomains());
        assertFalse(line(t, 16).crossDomain());
    }

    @Test
    void vifDevicesBelongToTheBackendDomain() {
        Topology t = Examples.load("paper-case2-vif");
        LineFanOut gsi16 = line(t, 16);
        assertFalse(gsi16.crossDomain(), "in case 2 both NICs are Dom0's: no cross-domain PIRQ");
        assertEquals(List.of(domain(t, "Domain-0")), device(gsi16, "0000:05:00.0").notified(RoutingPolicies.BY_IRQ));
    }

    @Test
    void nativeCaseOwnerIsTheOs() {
        Topology t = Examples.load("paper-case1-native");
        assertEquals("Linux 2.6.26 (native)",
                device(line(t, 16), "0000:05:00.0").owner().orElseThrow().getName());
    }

    @Test
    void singleDeviceFanOut() {
        Topology t = ModelFixtures.shared();
        DeviceFanOut d = FanOut.of(t, fn(t, "05:00.0"));
        assertEquals(2, d.byIrq().size());
    }
}
