package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.model.tests.ModelFixtures.domain;
import static org.natsume.model.tests.ModelFixtures.fn;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.junit.jupiter.api.Test;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.edit.NatsumeEditAdapterFactory;

/** EMF.Edit: readable labels, property categories and unit-bearing descriptions. */
class EditProvidersTest {

    private final NatsumeEditAdapterFactory factory = new NatsumeEditAdapterFactory();

    private String label(Object o) {
        return ((IItemLabelProvider) factory.adapt(o, IItemLabelProvider.class)).getText(o);
    }

    /** The extension registry (OSGi only; the standalone runner has no registry) hands out the labelled factory. */
    @Test
    void registryProvidesTheLabelledFactory() {
        if (!org.eclipse.emf.common.EMFPlugin.IS_ECLIPSE_RUNNING) {
            return;
        }
        var descriptor = org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE
                .getDescriptor(List.of(org.natsume.model.NatsumePackage.eNS_URI, IItemLabelProvider.class.getName()));
        assertNotNull(descriptor, "no item provider adapter factory registered for the Natsume package");
        assertTrue(descriptor.createAdapterFactory() instanceof NatsumeEditAdapterFactory);
    }

    @Test
    void labelsUseBdfGsiAndPinning() {
        Topology t = ModelFixtures.shared();
        assertEquals("0000:05:00.0 NIC-B 82541GI Gigabit Ethernet Controller", label(fn(t, "05:00.0")));
        assertEquals("GSI 16 (level, active low, 2 sharers)", label(fn(t, "05:00.0").getLine()));
        assertEquals("VCPU 0 → PCPU 2", label(domain(t, "guestB").getVcpus().get(0)));
        assertEquals("guestB (RT_VM, domid 2)", label(domain(t, "guestB")));
        assertEquals("PASSTHROUGH 0000:05:00.0", label(domain(t, "guestB").getAttachments().get(0)));
        assertEquals("t_ioapic_msg = 0.3 µs", label(t.getSettings().getTimings().get(0)));
        assertTrue(label(t.getMachine().getIoApics().get(0).getEntries().get(20))
                .startsWith("Pin 20: vector 0xc0, LOWEST_PRIORITY/LOGICAL → 0xff, level"));
        assertEquals("Topology " + t.getName(), label(t), "classes without a custom label keep the generated one");
    }

    @Test
    void labelRefreshesWhenPinningChanges() {
        Topology t = ModelFixtures.shared();
        Vcpu v = domain(t, "guestB").getVcpus().get(0);
        List<ViewerNotification> seen = new ArrayList<>();
        factory.adapt(v, IItemLabelProvider.class);
        factory.addListener((INotifyChangedListener) n -> {
            if (n instanceof ViewerNotification vn && vn.isLabelUpdate()) {
                seen.add(vn);
            }
        });
        v.getHardAffinity().add(t.getMachine().getCpus().get(6));
        assertTrue(!seen.isEmpty(), "no label update after changing the hard affinity");
        assertEquals("VCPU 0 → PCPU 2,6", label(v));
    }

    @Test
    void propertiesHaveCategoriesAndUnits() {
        Topology t = ModelFixtures.shared();
        IItemPropertySource src = (IItemPropertySource) factory.adapt(t.getHypervisor(), IItemPropertySource.class);
        IItemPropertyDescriptor eoi = src.getPropertyDescriptors(t.getHypervisor()).stream()
                .filter(d -> d.getId(t.getHypervisor()).equals("eoiTimeoutUs")).findFirst().orElseThrow();
        assertEquals("Interrupts", eoi.getCategory(t.getHypervisor()));
        assertTrue(eoi.getDescription(t.getHypervisor()).contains("microseconds"));
        IItemPropertySource nic = (IItemPropertySource) factory.adapt(fn(t, "05:00.0"), IItemPropertySource.class);
        long network = nic.getPropertyDescriptors(fn(t, "05:00.0")).stream()
                .filter(d -> "Network".equals(d.getCategory(null))).count();
        assertEquals(6, network);
        assertNotNull(((IItemLabelProvider) factory.adapt(fn(t, "05:00.0"), IItemLabelProvider.class))
                .getImage(fn(t, "05:00.0")));
    }
}
