package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.model.tests.ModelFixtures.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.natsume.model.LogicalCpu;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.edit.NatsumeEditAdapterFactory;
import org.natsume.model.edit.NatsumeLabels;
import org.natsume.model.examples.Examples;
import org.natsume.model.provider.NatsumeItemProviderAdapterFactory;

/**
 * What the decorated factory adds to the generated providers, on every object of every example: the Natsume label
 * where there is one and the generated label otherwise, a label update on every change of an object, the same labels
 * for the values a property offers, and the same behaviour inside the editor's composed factory.
 */
class LabelDecoratorTest {

    static List<String> examples() {
        return Examples.names();
    }

    private static List<EObject> everything(Topology t) {
        List<EObject> all = new ArrayList<>();
        all.add(t);
        t.eAllContents().forEachRemaining(all::add);
        return all;
    }

    private static String text(org.eclipse.emf.common.notify.AdapterFactory f, Object o) {
        return ((IItemLabelProvider) f.adapt(o, IItemLabelProvider.class)).getText(o);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyObjectHasTheNatsumeLabelOrTheGeneratedOne(String example) {
        Topology t = Examples.load(example);
        NatsumeEditAdapterFactory decorated = new NatsumeEditAdapterFactory();
        NatsumeItemProviderAdapterFactory generated = new NatsumeItemProviderAdapterFactory();
        Set<EClass> custom = new HashSet<>();
        for (EObject o : everything(t)) {
            String natsume = NatsumeLabels.text(o);
            String expected = natsume != null ? natsume : text(generated, o);
            assertEquals(expected, text(decorated, o), EcoreUtil.getURI(o).fragment());
            if (natsume != null) {
                custom.add(o.eClass());
            }
        }
        assertFalse(custom.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyAttributeChangeUpdatesTheLabelOfItsObject(String example) {
        Topology t = Examples.load(example);
        NatsumeEditAdapterFactory factory = new NatsumeEditAdapterFactory();
        List<Object> updated = new ArrayList<>();
        factory.addListener((INotifyChangedListener) n -> {
            if (n instanceof ViewerNotification v && v.isLabelUpdate()) {
                updated.add(v.getElement());
            }
        });
        int changes = 0;
        for (EObject o : everything(t)) {
            factory.adapt(o, IItemLabelProvider.class);
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (a.isMany() || !a.isChangeable() || a.isDerived() || a.isTransient() || a.isID()) {
                    continue;
                }
                Object other = otherValue(a, o.eGet(a));
                if (other == null) {
                    continue;
                }
                updated.clear();
                o.eSet(a, other);
                assertTrue(updated.contains(o), o.eClass().getName() + "." + a.getName() + " changed without a label update");
                changes++;
            }
        }
        assertTrue(changes > 20, "only " + changes + " attributes changed");
    }

    private static Object otherValue(EAttribute a, Object value) {
        Class<?> type = a.getEAttributeType().getInstanceClass();
        if (a.getEAttributeType() instanceof EEnum e) {
            return e.getELiterals().stream().map(l -> l.getInstance()).filter(l -> !l.equals(value)).findFirst().orElse(null);
        }
        if (type == int.class || type == Integer.class) return value == null ? 1 : (Integer) value + 1;
        if (type == long.class || type == Long.class) return value == null ? 1L : (Long) value + 1;
        if (type == double.class || type == Double.class) return value == null ? 1.0 : (Double) value + 1;
        if (type == boolean.class || type == Boolean.class) return value == null || !(Boolean) value;
        if (type == String.class) return value + "x";
        return null;
    }

    @Test
    void referenceAndChildChangesUpdateTheLabel() {
        Topology t = ModelFixtures.shared();
        NatsumeEditAdapterFactory factory = new NatsumeEditAdapterFactory();
        List<ViewerNotification> seen = new ArrayList<>();
        factory.addListener((INotifyChangedListener) n -> seen.add((ViewerNotification) n));
        var guestB = domain(t, "guestB");
        factory.adapt(guestB, IItemLabelProvider.class);
        Vcpu v = NatsumeFactory.eINSTANCE.createVcpu();
        v.setVcpuId(1);
        guestB.getVcpus().add(v);
        assertTrue(seen.stream().anyMatch(n -> n.getElement() == guestB && n.isContentRefresh() && n.isLabelUpdate()),
                "adding a VCPU must refresh the domain's children and its label");

        seen.clear();
        factory.adapt(v, IItemLabelProvider.class);
        v.getHardAffinity().add(t.getMachine().getCpus().get(3));
        assertTrue(seen.stream().anyMatch(n -> n.getElement() == v && n.isLabelUpdate()));
        assertEquals("VCPU 1 → PCPU 3", text(factory, v));
    }

    @Test
    void aPropertyOffersItsValuesWithTheNatsumeLabels() {
        Topology t = ModelFixtures.shared();
        Vcpu v = domain(t, "guestB").getVcpus().get(0);
        LogicalCpu cpu = t.getMachine().getCpus().get(6);
        for (var factory : List.of(new NatsumeEditAdapterFactory(), editorFactory())) {
            IItemPropertySource source = (IItemPropertySource) factory.adapt(v, IItemPropertySource.class);
            IItemPropertyDescriptor affinity = source.getPropertyDescriptor(v, "hardAffinity");
            assertNotNull(affinity, "no hardAffinity property");
            assertTrue(affinity.getChoiceOfValues(v).contains(cpu));
            assertEquals(NatsumeLabels.text(cpu), affinity.getLabelProvider(v).getText(cpu));
            assertEquals(NatsumeLabels.text(cpu), new AdapterFactoryItemDelegator(factory).getText(cpu));
        }
    }

    private static ComposedAdapterFactory editorFactory() {
        return new ComposedAdapterFactory(List.of(new NatsumeEditAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    }

    @Test
    void theEditorsComposedFactoryLabelsAndNotifies() {
        Topology t = ModelFixtures.shared();
        ComposedAdapterFactory composed = editorFactory();
        Vcpu v = domain(t, "guestB").getVcpus().get(0);
        assertEquals(NatsumeLabels.text(v), text(composed, v));
        assertEquals("Topology " + t.getName(), text(composed, t));
        List<Object> updated = new ArrayList<>();
        composed.addListener(n -> {
            if (n instanceof ViewerNotification vn && vn.isLabelUpdate()) {
                updated.add(vn.getElement());
            }
        });
        v.getHardAffinity().add(t.getMachine().getCpus().get(6));
        assertEquals(List.of(v), updated, "one label update, through the composed factory");
        composed.dispose();
    }

    @Test
    void oneGeneratedProviderPerObjectAndNoneAfterDispose() {
        Topology t = ModelFixtures.shared();
        NatsumeEditAdapterFactory factory = new NatsumeEditAdapterFactory();
        for (EObject o : everything(t)) {
            factory.adapt(o, IItemLabelProvider.class);
            factory.adapt(o, IItemPropertySource.class);
            assertEquals(1, o.eAdapters().stream().filter(ItemProviderAdapter.class::isInstance).count(),
                    o.eClass().getName());
        }
        factory.dispose();
        for (EObject o : everything(t)) {
            for (Adapter a : o.eAdapters()) {
                assertFalse(a instanceof ItemProviderAdapter, o.eClass().getName() + " still has " + a);
            }
        }
    }
}
