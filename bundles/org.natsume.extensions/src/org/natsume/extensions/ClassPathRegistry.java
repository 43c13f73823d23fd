package org.natsume.extensions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;

/**
 * An extension registry without OSGi: equinox.registry works standalone once it is given the contributions, so this
 * reads every bundle's {@code plugin.xml} the class loader sees, names each contribution by the bundle's
 * {@code Bundle-SymbolicName} (a fragment's by its host, as OSGi does), and creates contributed classes through that
 * class loader. Used when {@link org.eclipse.core.runtime.RegistryFactory#getRegistry()} has no platform registry.
 */
public final class ClassPathRegistry {

    /** One bundle's plugin.xml, with the plugin.properties its %keys refer to (may be null). */
    public record Contribution(String bundle, byte[] pluginXml, byte[] pluginProperties) {
    }

    private static final class Holder {
        static final IExtensionRegistry SHARED = of(scan(classLoader()), classLoader());
    }

    private ClassPathRegistry() {
    }

    static IExtensionRegistry shared() {
        return Holder.SHARED;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ClassPathRegistry.class.getClassLoader();
    }

    /** Every bundle plugin.xml the loader sees; a bundle seen twice (two copies on the class path) counts once. */
    public static List<Contribution> scan(ClassLoader loader) {
        Map<String, Contribution> byBundle = new LinkedHashMap<>();
        try {
            for (URL xml : Collections.list(loader.getResources("plugin.xml"))) {
                String bundle = bundleOf(sibling(xml, "META-INF/MANIFEST.MF"));
                if (bundle == null || byBundle.containsKey(bundle)) continue;
                byBundle.put(bundle, new Contribution(bundle, read(xml), readIfPresent(sibling(xml, "plugin.properties"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the class path's plugin.xml files", e);
        }
        return List.copyOf(byBundle.values());
    }

    /** A registry of exactly these contributions; contributed classes are loaded by {@code loader}. */
    public static IExtensionRegistry of(List<Contribution> contributions, ClassLoader loader) {
        Object token = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(new Strategy(loader), token, token);
        for (Contribution c : contributions) {
            boolean ok = registry.addContribution(new ByteArrayInputStream(c.pluginXml()),
                    ContributorFactorySimple.createContributor(c.bundle()), false, c.bundle() + "/plugin.xml",
                    translations(c), token);
            if (!ok) throw new IllegalStateException("bundle " + c.bundle() + ": its plugin.xml could not be read");
        }
        return registry;
    }

    private static ResourceBundle translations(Contribution c) {
        if (c.pluginProperties() == null) return null;
        try {
            return new PropertyResourceBundle(new ByteArrayInputStream(c.pluginProperties()));
        } catch (IOException e) {
            throw new UncheckedIOException("bundle " + c.bundle() + ": plugin.properties", e);
        }
    }

    private static String bundleOf(URL manifest) throws IOException {
        byte[] bytes = readIfPresent(manifest);
        if (bytes == null) return null;
        var attributes = new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes();
        String host = attributes.getValue("Fragment-Host");
        String name = host != null ? host : attributes.getValue("Bundle-SymbolicName");
        return name == null ? null : name.split(";")[0].strip();
    }

    /** The file beside plugin.xml in the same jar or folder (jar: URLs are opaque to URI.resolve). */
    private static URL sibling(URL pluginXml, String path) throws IOException {
        String s = pluginXml.toString();
        return java.net.URI.create(s.substring(0, s.length() - "plugin.xml".length()) + path).toURL();
    }

    private static byte[] read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] readIfPresent(URL url) {
        try {
            return read(url);
        } catch (IOException absent) {
            return null;
        }
    }

    /** Loads contributed classes through the given loader; reports the registry's problems on stderr, not stdout. */
    private static final class Strategy extends RegistryStrategy {
        private final ClassLoader loader;

        Strategy(ClassLoader loader) {
            super(null, null);
            this.loader = loader;
        }

        @Override
        public Object createExecutableExtension(RegistryContributor contributor, String className,
                String overriddenContributorName) throws CoreException {
            try {
                return Class.forName(className, true, loader).getConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new CoreException(new Status(IStatus.ERROR, contributor.getActualName(),
                        "cannot create " + className + " contributed by " + contributor.getActualName() + ": " + e, e));
            }
        }

        @Override
        public void log(IStatus status) {
            if (status.getSeverity() >= IStatus.WARNING) System.err.println("extension registry: " + status.getMessage());
        }
    }
}
