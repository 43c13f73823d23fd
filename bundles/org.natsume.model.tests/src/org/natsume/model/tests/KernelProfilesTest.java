package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.natsume.model.tests.ModelFixtures.domain;
import static org.natsume.model.tests.ModelFixtures.fn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.KernelProfile;
import org.natsume.model.Nic;
import org.natsume.model.Topology;
import org.natsume.model.edit.NatsumeEditAdapterFactory;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyStore;
import org.natsume.model.kernel.DriverParameters;
import org.natsume.model.kernel.KernelDefaults;
import org.natsume.model.kernel.KernelProfiles;

/** Kernel and driver profiles (domain.md §0.1): each kernel/NIC pair's defaults, the override rule, old files. */
class KernelProfilesTest {

    @TempDir
    Path dir;

    private static DriverParameters of(KernelProfile k, String driver, boolean msiCapable) {
        return KernelProfiles.resolve(KernelProfiles.of(k), driver, msiCapable, OptionalInt.empty(), 3, 256, 256);
    }

    @Test
    void xen2618E1000IsFixed8000WithoutMsi() {
        DriverParameters p = of(KernelProfile.LINUX_2618_XEN, "e1000", true);
        assertEquals("7.1.9-k4-NAPI", p.version());
        assertEquals(8000, p.itrMode());
        assertEquals(8000, p.fixedItrRate());
        assertFalse(p.dynamicItr());
        assertEquals(64, p.tidvUnits());
        assertEquals(64, p.tadvUnits());
        assertEquals(0, p.rdtrUnits());
        assertEquals(128, p.radvUnits());
        assertFalse(p.msiAvailable(), "# CONFIG_PCI_MSI is not set");
        assertTrue(p.napi(), "the unified defconfig has CONFIG_E1000_NAPI=y");
        assertEquals(100, p.hz());
        assertEquals(256, p.rxRing());
        assertFalse(of(KernelProfile.LINUX_2618_XEN0, "e1000", false).napi(), "the Dom0-only defconfig has no NAPI");
        assertEquals(8000, of(KernelProfile.LINUX_2618_XEN0, "e1000", false).itrMode());
        assertFalse(of(KernelProfile.LINUX_2618_XEN, "e1000e", true).msiAvailable());
        assertEquals(3, of(KernelProfile.LINUX_2618_XEN, "e1000e", true).itrMode());
    }

    @Test
    void linux2626E1000IsDynamicConservative() {
        for (KernelProfile k : new KernelProfile[] {KernelProfile.LINUX_2626, KernelProfile.LINUX_2626_XEN}) {
            DriverParameters p = of(k, "e1000", false);
            assertEquals("7.3.20-k2-NAPI", p.version());
            assertEquals(3, p.itrMode());
            assertTrue(p.dynamicItr());
            assertEquals(8, p.tidvUnits());
            assertEquals(32, p.tadvUnits());
            assertEquals(8, p.radvUnits());
            assertFalse(p.msiAvailable(), "the 82541GI has no MSI capability");
            DriverParameters e = of(k, "e1000e", true);
            assertEquals(3, e.itrMode());
            assertTrue(e.msiAvailable(), k + ": e1000e takes MSI where the kernel has it");
        }
        assertTrue(of(KernelProfile.LINUX_MODERN, "e1000e", true).msiAvailable());
    }

    @Test
    void anUndeclaredDriverKeepsTheModelsItrAndNoDelays() {
        DriverParameters p = KernelProfiles.resolve(KernelProfiles.of(KernelProfile.LINUX_2626), "tg3", true,
                OptionalInt.empty(), 3, 512, 512);
        assertEquals(3, p.itrMode());
        assertEquals(0, p.tidvUnits());
        assertEquals("", p.version());
        assertTrue(p.msiAvailable());
        assertEquals(512, p.rxRing());
    }

    @Test
    void byRoleIsTheKernelThePaperNamesForTheRole() {
        assertEquals(KernelProfile.LINUX_2626, KernelProfiles.effective(KernelProfile.BY_ROLE, DomainKind.NATIVE));
        for (DomainKind k : new DomainKind[] {DomainKind.DOM0, DomainKind.DOMU, DomainKind.RT_VM}) {
            assertEquals(KernelProfile.LINUX_2618_XEN, KernelProfiles.effective(KernelProfile.BY_ROLE, k));
        }
        assertEquals(KernelProfile.LINUX_MODERN, KernelProfiles.effective(KernelProfile.LINUX_MODERN, DomainKind.DOM0));
        for (KernelDefaults k : KernelProfiles.all()) {
            assertFalse(k.source().isBlank(), k.profile() + " names its source");
        }
    }

    @Test
    void aNicsOwnItrOverridesTheKernelDefaultAndUnsettingRestoresIt() {
        Topology t = ModelFixtures.shared(); // guest B (2.6.18.8-xen) passes NIC-B through
        Nic nicB = (Nic) fn(t, "05:00.0");
        assertFalse(nicB.isSetItrMode());
        assertEquals(8000, KernelProfiles.forFunction(t, nicB).orElseThrow().itrMode());
        nicB.setItrMode(3); // the attribute's default value, but set: it is the user's choice
        DriverParameters set = KernelProfiles.forFunction(t, nicB).orElseThrow();
        assertEquals(3, set.itrMode());
        assertTrue(set.itrFromModel());
        assertEquals(64, set.tidvUnits(), "only the ITR is overridden");
        nicB.unsetItrMode();
        assertEquals(8000, KernelProfiles.forFunction(t, nicB).orElseThrow().itrMode());
        // the kernel is the driving domain's: choose another profile for guest B
        domain(t, "guestB").setKernelProfile(KernelProfile.LINUX_MODERN);
        assertEquals(3, KernelProfiles.forFunction(t, nicB).orElseThrow().itrMode());
        // NIC-A is Dom0's (vif backend): its kernel is Dom0's
        assertEquals("LINUX_2618_XEN", KernelProfiles.forFunction(t, fn(t, "00:19.0")).orElseThrow().kernel());
        assertTrue(KernelProfiles.forFunction(t, fn(t, "00:1a.0")).isEmpty(), "not a NIC");
    }

    @Test
    void anOldFileWithoutKernelProfilesLoadsWithTheRoleDefaults() throws Exception {
        Path saved = dir.resolve("new.natsume");
        Topology t = Examples.load("paper-case3-passthrough-shared");
        Nic nicA = (Nic) fn(t, "00:19.0");
        nicA.setItrMode(8000);
        TopologyStore.save(t, saved);
        String xmi = Files.readString(saved);
        assertTrue(xmi.contains("kernelProfile=\"LINUX_2618_XEN\""), "the shipped model names its kernels");
        // what a file written before the kernel profiles existed looks like: no kernelProfile attribute
        String old = xmi.replaceAll(" kernelProfile=\"[A-Z0-9_]+\"", "");
        Path oldFile = dir.resolve("old.natsume");
        Files.writeString(oldFile, old);
        Topology loaded = TopologyStore.load(oldFile);
        Domain dom0 = domain(loaded, "Domain-0");
        assertEquals(KernelProfile.BY_ROLE, dom0.getKernelProfile());
        assertEquals("2.6.18.8-xen", KernelProfiles.kernelOf(dom0).release());
        Nic b = (Nic) fn(loaded, "05:00.0");
        assertFalse(b.isSetItrMode());
        assertEquals(8000, KernelProfiles.forFunction(loaded, b).orElseThrow().itrMode());
        Nic a = (Nic) fn(loaded, "00:19.0");
        assertTrue(a.isSetItrMode(), "an explicit ITR in the file stays explicit");
        assertEquals(8000, KernelProfiles.forFunction(loaded, a).orElseThrow().itrMode());

        Path nat = dir.resolve("native.natsume");
        TopologyStore.save(Examples.load("paper-case1-native"), nat);
        Files.writeString(nat, Files.readString(nat).replaceAll(" kernelProfile=\"[A-Z0-9_]+\"", ""));
        Topology n = TopologyStore.load(nat);
        assertEquals("2.6.26-2-686", KernelProfiles.kernelOf(n.getDomains().get(0)).release());
    }

    @Test
    void thePropertiesViewOffersTheKernelProfileAndTheItrOverride() {
        NatsumeEditAdapterFactory factory = new NatsumeEditAdapterFactory();
        Topology t = ModelFixtures.shared();
        Domain guestB = domain(t, "guestB");
        IItemPropertySource src = (IItemPropertySource) factory.adapt(guestB, IItemPropertySource.class);
        IItemPropertyDescriptor kernel = src.getPropertyDescriptors(guestB).stream()
                .filter(d -> d.getId(guestB).equals("kernelProfile")).findFirst().orElseThrow();
        assertEquals("Kernel", kernel.getCategory(guestB));
        assertTrue(kernel.canSetProperty(guestB));
        assertTrue(kernel.getChoiceOfValues(guestB).contains(KernelProfile.LINUX_MODERN));
        kernel.setPropertyValue(guestB, KernelProfile.LINUX_2626_XEN);
        assertEquals(KernelProfile.LINUX_2626_XEN, guestB.getKernelProfile());

        Nic nicB = (Nic) fn(t, "05:00.0");
        IItemPropertySource nsrc = (IItemPropertySource) factory.adapt(nicB, IItemPropertySource.class);
        IItemPropertyDescriptor itr = nsrc.getPropertyDescriptors(nicB).stream()
                .filter(d -> d.getId(nicB).equals("itrMode")).findFirst().orElseThrow();
        assertTrue(itr.getDescription(nicB).contains("kernel"), itr.getDescription(nicB));
        // guest B now runs 2.6.26-2-xen-686 (above): unset, the row is that kernel's e1000 default, not the literal 3
        assertEquals(3, itr.getPropertyValue(nicB));
        assertEquals("3 (dynamic conservative: the default of e1000 7.3.20-k2-NAPI in 2.6.26-2-xen-686)", label(itr, nicB));
        kernel.setPropertyValue(guestB, KernelProfile.LINUX_2618_XEN);
        assertEquals(8000, itr.getPropertyValue(nicB), "what runs, not the attribute's literal default");
        assertEquals("8000 (fixed 8,000 interrupts/s: the default of e1000 7.1.9-k4-NAPI in 2.6.18.8-xen)",
                label(itr, nicB));
        itr.setPropertyValue(nicB, 20000);
        assertTrue(nicB.isSetItrMode());
        assertEquals(20000, itr.getPropertyValue(nicB) instanceof IItemPropertySource w ? w.getEditableValue(nicB)
                : itr.getPropertyValue(nicB));
        assertEquals("20000 (fixed 20,000 interrupts/s: set on this NIC)", label(itr, nicB));
        itr.resetPropertyValue(nicB); // "Restore Default Value"
        assertFalse(nicB.isSetItrMode());
        assertEquals(8000, itr.getPropertyValue(nicB));

        Nic loose = (Nic) EcoreUtil.copy(nicB);
        assertEquals("3 (dynamic conservative: until a domain drives this NIC, whose kernel then decides)",
                label(itr, loose), "outside a topology nothing resolves it");
    }

    private static String label(IItemPropertyDescriptor d, Nic nic) {
        return d.getLabelProvider(nic).getText(d.getPropertyValue(nic));
    }
}
