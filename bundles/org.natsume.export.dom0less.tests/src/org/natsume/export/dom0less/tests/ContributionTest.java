package org.natsume.export.dom0less.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.Exporters;
import org.natsume.export.dom0less.Dom0lessExporter;
import org.osgi.framework.FrameworkUtil;

/**
 * In this bundle's OSGi test runtime the target is contributed through the extension registry, as the product sees
 * it. The registry keeps a contribution to a point nobody declares yet (an orphan) but shows it to nobody; it links
 * the orphan as soon as the point is declared. So when org.natsume.configio does not declare
 * {@code exportTargets} (before issue 17's extension points are merged), this test declares the bare point itself
 * (a non-persisted contribution; the pom allows the null user token) and then finds this bundle's element there.
 */
class ContributionTest {

    static final String POINT = "org.natsume.configio.exportTargets";
    static final String BUNDLE = "org.natsume.export.dom0less";

    /** True when configio declares the point (the lead's merge), false when this test had to. */
    private static boolean declaredByConfigio;

    private static IExtensionRegistry registry() {
        IExtensionRegistry r = RegistryFactory.getRegistry();
        assertNotNull(r, "no extension registry in the test runtime (org.eclipse.equinox.registry)");
        return r;
    }

    @BeforeAll
    static void declareThePointIfNobodyDoes() {
        IExtensionRegistry r = registry();
        declaredByConfigio = r.getExtensionPoint(POINT) != null;
        if (declaredByConfigio) return;
        // the orphan is kept but shown to nobody until the point exists
        assertEquals(0, r.getConfigurationElementsFor(POINT).length);
        assertEquals(0, r.getExtensions(BUNDLE).length);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><?eclipse version=\"3.4\"?><plugin>"
                + "<extension-point id=\"" + POINT + "\" name=\"export targets (declared by the test)\"/></plugin>";
        boolean added = r.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                ContributorFactoryOSGi.createContributor(FrameworkUtil.getBundle(ContributionTest.class)), false, "test point", null, null);
        assertTrue(added, "the registry refused the test's declaration of " + POINT);
        assertNotNull(r.getExtensionPoint(POINT));
    }

    @Test
    void thePluginXmlContributesTheTarget() throws Exception {
        List<IConfigurationElement> mine = Arrays.stream(registry().getConfigurationElementsFor(POINT))
                .filter(e -> e.getContributor().getName().equals(BUNDLE)).toList();
        assertEquals(1, mine.size(), "one element in " + POINT + " from " + BUNDLE);
        IConfigurationElement target = mine.get(0);
        assertEquals("target", target.getName());
        assertEquals("dom0less", target.getAttribute("id"));
        assertEquals("Xen dom0less (Arm device tree)", target.getAttribute("label"));
        assertEquals(Dom0lessExporter.class.getName(), target.getAttribute("class"));
        Object made = target.createExecutableExtension("class");
        assertEquals("dom0less", assertInstanceOf(ConfigExporter.class, made).id(), "the class the registry makes is the exporter");
    }

    /** Meaningful after the merge: configio's Exporters reads the point and offers the contributed target. */
    @Test
    void exportersOfferTheTargetWhenConfigioDeclaresThePoint() {
        if (!declaredByConfigio) {
            assertTrue(Exporters.byId("dom0less").isEmpty(), "before the merge only the built-in list exists, without dom0less");
            return;
        }
        assertInstanceOf(Dom0lessExporter.class, Exporters.byId("dom0less").orElseThrow(() -> new AssertionError(
                POINT + " is declared but Exporters does not offer the contributed dom0less target")));
    }
}
