package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.configio.board.BoardImporters;
import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.Exporters;
import org.natsume.extensions.ClassPathRegistry;
import org.natsume.extensions.ClassPathRegistry.Contribution;
import org.natsume.extensions.Extensions;

/**
 * The export targets and board formats come from the extension registry: the platform's in this (OSGi) test run,
 * and, outside OSGi, one {@link ClassPathRegistry} builds from plugin.xml files, which is what the Spark job and a
 * plain JUnit run get.
 */
class ExtensionRegistryTest {

    private static final List<String> BUILT_IN = List.of("xl", "xm", "boot", "cpupool", "irq-affinity",
            "natsume-routing", "jailhouse", "acrn");

    @Test
    void theBuiltInTargetsAreContributedInTheOrderOfAll() {
        assertEquals(BUILT_IN, Exporters.ids());
        assertEquals("Xen xl (4.1+)", Exporters.label(Exporters.byId("xl").orElseThrow()));
        assertEquals(List.of("lspci"), BoardImporters.ids());
    }

    @Test
    void withoutOsgiARegistryOfGivenPluginXmlsInstantiatesContributedTargetsAfterTheBuiltIns() throws Exception {
        IExtensionRegistry r = ClassPathRegistry.of(List.of(
                contribution("org.example.zeta", target("domain-list", "")),
                configio()), getClass().getClassLoader());
        List<String> expected = new ArrayList<>(BUILT_IN);
        expected.add("domain-list"); // no order: after the built-ins (10..80)
        assertEquals(expected, Exporters.targets(r).stream().map(t -> t.id()).toList());
        ConfigExporter listed = Exporters.targets(r).get(8).instance();
        assertTrue(listed instanceof DomainListExporter, listed.getClass().getName());
        assertEquals("org.example.zeta", Exporters.targets(r).get(8).bundle());
        String domains = listed.export(Fixtures.example("paper-case3-passthrough-shared")).get(0).content();
        assertTrue(domains.startsWith("0 Domain-0\n"), domains);
    }

    @Test
    void anOrderAttributePlacesAContributionAmongTheBuiltIns() throws Exception {
        IExtensionRegistry r = ClassPathRegistry.of(List.of(configio(),
                contribution("org.example.alpha", target("domain-list", " order=\"15\""))), getClass().getClassLoader());
        assertEquals("domain-list", Exporters.targets(r).get(1).id());
    }

    @Test
    void aClassThatNamesItselfOtherwiseOrATakenIdIsRefusedNamingTheBundle() throws Exception {
        IExtensionRegistry wrongId = ClassPathRegistry.of(List.of(configio(),
                contribution("org.example.zeta", target("zeta-list", ""))), getClass().getClassLoader());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Exporters.targets(wrongId));
        assertTrue(e.getMessage().contains("bundle org.example.zeta") && e.getMessage().contains("names itself 'domain-list'"),
                e.getMessage());
        IExtensionRegistry taken = ClassPathRegistry.of(List.of(configio(),
                contribution("org.example.alpha", target("xl", ""))), getClass().getClassLoader());
        e = assertThrows(IllegalStateException.class, () -> Exporters.targets(taken));
        assertTrue(e.getMessage().contains("id 'xl' is contributed by org.natsume.configio and by org.example.alpha"),
                e.getMessage());
        IExtensionRegistry missing = ClassPathRegistry.of(List.of(configio(),
                contribution("org.example.alpha", "<extension point=\"org.natsume.configio.exportTargets\">"
                        + "<target id=\"x\" class=\"org.natsume.configio.tests.DomainListExporter\"/></extension>")),
                getClass().getClassLoader());
        e = assertThrows(IllegalStateException.class, () -> Exporters.targets(missing));
        assertTrue(e.getMessage().contains("has no 'label' attribute"), e.getMessage());
    }

    @Test
    void aRegistryWithoutTheDeclaringBundleSaysWhichBundleIsMissing() {
        IExtensionRegistry r = ClassPathRegistry.of(List.of(), getClass().getClassLoader());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Exporters.targets(r));
        assertTrue(e.getMessage().contains("is its bundle org.natsume.configio installed"), e.getMessage());
    }

    @Test
    void theClassPathScanNamesEachPluginXmlByItsBundleAndAFragmentsByItsHost(@TempDir Path dir) throws Exception {
        Path bundle = jar(dir.resolve("b.jar"), "Bundle-SymbolicName", "org.example.b;singleton:=true", "<plugin/>");
        Path fragment = jar(dir.resolve("f.jar"), "Fragment-Host", "org.example.b;bundle-version=\"1.0.0\"", "<plugin></plugin>");
        Path again = jar(dir.resolve("c.jar"), "Bundle-SymbolicName", "org.example.b", "<plugin/>");
        Path noBundle = dir.resolve("plain");
        Files.createDirectories(noBundle);
        Files.writeString(noBundle.resolve("plugin.xml"), "<plugin/>");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {bundle.toUri().toURL(), noBundle.toUri().toURL(),
                fragment.toUri().toURL(), again.toUri().toURL()}, null)) {
            List<Contribution> found = ClassPathRegistry.scan(loader);
            // the fragment's contribution belongs to its host, which is already taken by b.jar: one per bundle
            assertEquals(List.of("org.example.b"), found.stream().map(Contribution::bundle).toList());
            assertEquals("<plugin/>", new String(found.get(0).pluginXml(), StandardCharsets.UTF_8));
            assertNull(found.get(0).pluginProperties());
        }
    }

    @Test
    void thePlatformRegistryIsUsedWhenThereIsOne() {
        assertTrue(Extensions.registry() == org.eclipse.core.runtime.RegistryFactory.getRegistry());
    }

    private static Path jar(Path file, String header, String value, String pluginXml) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue(header, value);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.putNextEntry(new JarEntry("plugin.xml"));
            jar.write(pluginXml.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String target(String id, String extra) {
        return "<extension point=\"org.natsume.configio.exportTargets\"><target id=\"" + id + "\" label=\"Domains\""
                + extra + " class=\"org.natsume.configio.tests.DomainListExporter\"/></extension>";
    }

    private static Contribution contribution(String bundle, String extensions) {
        return new Contribution(bundle, ("<?xml version=\"1.0\"?><plugin>" + extensions + "</plugin>")
                .getBytes(StandardCharsets.UTF_8), null);
    }

    /** The configio bundle's own plugin.xml, as the class path scan would find it in its jar. */
    static Contribution configio() throws IOException {
        try (InputStream in = Exporters.class.getClassLoader().getResourceAsStream("plugin.xml")) {
            return new Contribution("org.natsume.configio", in.readAllBytes(), null);
        }
    }
}
