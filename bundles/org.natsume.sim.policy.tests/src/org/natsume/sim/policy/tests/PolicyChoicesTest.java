package org.natsume.sim.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.natsume.model.Hypervisor;
import org.natsume.model.NatsumePackage.Literals;
import org.natsume.model.examples.Examples;
import org.natsume.model.edit.NatsumeEditAdapterFactory;

/** The Properties view offers every installed routing policy for the hypervisor, this bundle's included. */
class PolicyChoicesTest {

    private static List<?> choices(Hypervisor h) {
        IItemPropertySource src = (IItemPropertySource) new NatsumeEditAdapterFactory().adapt(h, IItemPropertySource.class);
        IItemPropertyDescriptor d = src.getPropertyDescriptors(h).stream()
                .filter(x -> x.getFeature(h) == Literals.HYPERVISOR__ROUTING_POLICY).findFirst().orElseThrow();
        return List.copyOf(d.getChoiceOfValues(h));
    }

    @Test
    void theInstalledPoliciesAreTheChoicesAndAnUninstalledValueStaysOffered() {
        Hypervisor h = Examples.load("paper-case2-vif").getHypervisor();
        assertEquals(List.of("BY_IRQ", "BY_BDF", "ROUND_ROBIN"), choices(h));
        h.setRoutingPolicy("FROM_ANOTHER_PRODUCT");
        assertEquals(List.of("BY_IRQ", "BY_BDF", "ROUND_ROBIN", "FROM_ANOTHER_PRODUCT"), choices(h));
    }
}
