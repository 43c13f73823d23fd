package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.model.tests.ModelFixtures.domain;
import static org.natsume.model.tests.ModelFixtures.fn;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.NatsumeEValidator;
import org.natsume.model.validation.Severity;
import org.natsume.model.validation.TopologyValidator;

/** The paper's critical case: RT-VM pass-through NIC on a GSI that Dom0's NIC also uses (domain.md §6.4 item 4). */
class PaperCaseValidationTest {

    @Test
    void sharedCaseIsAnErrorNamingGsiDevicesAndDomains() {
        Topology t = ModelFixtures.shared();
        List<Finding> f = ValidationRulesTest.of(t, "shared-gsi-passthrough");
        assertEquals(1, f.size(), f.toString());
        Finding e = f.get(0);
        assertEquals(Severity.ERROR, e.severity());
        assertEquals("/domains[guestB]/attachments[guestB-nic-b]", e.path());
        for (String part : List.of("GSI 16", "0000:05:00.0", "0000:00:1a.0", "guestB", "Domain-0", "BY_BDF")) {
            assertTrue(e.message().contains(part), () -> "missing '" + part + "' in: " + e.message());
        }
        assertTrue(e.objects().containsAll(List.of(fn(t, "05:00.0"), fn(t, "00:1a.0"), domain(t, "guestB"),
                domain(t, "Domain-0"), fn(t, "05:00.0").getLine())));
        assertTrue(e.toString().startsWith("ERROR /domains[guestB]/attachments[guestB-nic-b]: GSI 16 is shared"));
    }

    @Test
    void switchingToByBdfTurnsItIntoInfo() {
        Topology t = ModelFixtures.shared();
        t.getHypervisor().setRoutingPolicy(RoutingPolicies.BY_BDF);
        List<Finding> f = ValidationRulesTest.of(t, "shared-gsi-passthrough");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("GSI 16"));
        assertTrue(f.get(0).message().contains("0000:05:00.0") && f.get(0).message().contains("0000:00:1a.0"));
        assertTrue(f.get(0).message().contains("guestB") && f.get(0).message().contains("Domain-0"));
        assertTrue(!TopologyValidator.hasErrors(TopologyValidator.validate(t)));
    }

    @Test
    void eValidatorReportsTheSameFindingsWithObjectsAsData() {
        Topology t = ModelFixtures.shared();
        Diagnostic d = NatsumeEValidator.diagnose(t);
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        Diagnostic shared = d.getChildren().stream()
                .filter(c -> NatsumeEValidator.DIAGNOSTIC_SOURCE.equals(c.getSource())
                        && c.getSeverity() == Diagnostic.ERROR)
                .findFirst().orElseThrow();
        assertTrue(shared.getMessage().contains("GSI 16"));
        assertTrue(shared.getData().contains(fn(t, "05:00.0")));
        assertTrue(shared.getData().contains(domain(t, "Domain-0")));

        // what is left are the warnings that Dom0's unpinned VCPUs (Xen 3.4's default) may run on guest B's PCPU
        t.getHypervisor().setRoutingPolicy(RoutingPolicies.BY_BDF);
        assertEquals(Diagnostic.WARNING, NatsumeEValidator.diagnose(t).getSeverity());
        for (Topology x : List.of(t, ModelFixtures.unshared())) {
            assertTrue(TopologyValidator.validate(x).stream().filter(f -> f.severity().compareTo(Severity.INFO) < 0)
                    .allMatch(f -> f.rule().equals("rtvm-pcpu-sharing") && f.message().contains("Domain-0 VCPU")),
                    TopologyValidator.validate(x).toString());
        }
        for (org.natsume.model.Vcpu v : domain(t, "Domain-0").getVcpus()) {
            v.getHardAffinity().add(t.getMachine().getCpus().get(0));
        }
        assertEquals(Diagnostic.INFO, NatsumeEValidator.diagnose(t).getSeverity(), "Dom0 pinned to PCPU 0");
    }
}
