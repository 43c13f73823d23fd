package org.natsume.export.dom0less.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.Exporters;
import org.natsume.export.dom0less.Dom0lessExporter;

/**
 * In this bundle's OSGi test runtime the target arrives as the product sees it: through configio's
 * {@code exportTargets} point, with no line of configio naming it. (org.natsume.cli.tests, which does not require
 * this bundle, checks the other side: without it, {@code --target dom0less} is an unknown target.)
 */
class ContributionTest {

    static final String POINT = "org.natsume.configio.exportTargets";
    static final String BUNDLE = "org.natsume.export.dom0less";

    private static IExtensionRegistry registry() {
        IExtensionRegistry r = RegistryFactory.getRegistry();
        assertNotNull(r, "no extension registry in the test runtime (org.eclipse.equinox.registry)");
        return r;
    }

    @Test
    void thePluginXmlContributesTheTarget() throws Exception {
        assertNotNull(registry().getExtensionPoint(POINT), "org.natsume.configio declares " + POINT);
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

    @Test
    void exportersOfferTheTargetAfterTheBuiltIns() {
        assertInstanceOf(Dom0lessExporter.class, Exporters.byId("dom0less").orElseThrow(() -> new AssertionError(
                "Exporters does not offer the contributed dom0less target")));
        List<String> ids = Exporters.ids();
        assertEquals("dom0less", ids.get(ids.size() - 1), "a contributed target comes after the built-in ones: " + ids);
        assertTrue(ids.indexOf("acrn") >= 0 && ids.indexOf("acrn") < ids.indexOf("dom0less"), String.valueOf(ids));
    }
}
