package org.natsume.extensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The one way Natsume code finds what is plugged into its extension points (docs/extending.md). In a running
 * Eclipse (the product, the CLI, tycho-surefire) that is the platform's registry; in a plain JVM (the Spark job, a
 * plain JUnit run) there is none, so a registry is built once from every {@code plugin.xml} on the class path
 * ({@link ClassPathRegistry}). Callers never ask which case they are in.
 */
public final class Extensions {

    /** The optional attribute by which any contribution, built in or not, places itself in a list. */
    public static final String ORDER = "order";
    /** The place of a contribution that gives no order: after those that do. */
    public static final int DEFAULT_ORDER = 1000;

    private Extensions() {
    }

    public static IExtensionRegistry registry() {
        IExtensionRegistry platform = RegistryFactory.getRegistry();
        return platform != null ? platform : ClassPathRegistry.shared();
    }

    /** {@link #elements(IExtensionRegistry, String, String)} of {@link #registry()}. */
    public static List<IConfigurationElement> elements(String pointId, String elementName) {
        return elements(registry(), pointId, elementName);
    }

    /**
     * The elements named {@code elementName} contributed to {@code pointId}, in a stable order: by {@link #ORDER},
     * then by contributing bundle, then as written in its plugin.xml. The platform lists extensions in bundle
     * install order, which differs between a product, a test runtime and a class path, hence the sort.
     */
    public static List<IConfigurationElement> elements(IExtensionRegistry registry, String pointId, String elementName) {
        IExtensionPoint point = registry.getExtensionPoint(pointId);
        if (point == null) {
            throw new IllegalStateException("extension point " + pointId + " is not declared: is its bundle "
                    + pointId.substring(0, Math.max(0, pointId.lastIndexOf('.'))) + " installed (or on the class path)?");
        }
        List<IConfigurationElement> out = new ArrayList<>();
        for (IExtension x : point.getExtensions()) {
            for (IConfigurationElement e : x.getConfigurationElements()) {
                if (e.getName().equals(elementName)) out.add(e);
            }
        }
        // a stable sort: elements of one bundle keep their plugin.xml order
        out.sort(Comparator.comparingInt(Extensions::order).thenComparing(e -> e.getNamespaceIdentifier()));
        return List.copyOf(out);
    }

    /** An element's required attribute; a missing one is the contributor's error, named with its bundle. */
    public static String required(IConfigurationElement e, String attribute) {
        String v = e.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(where(e) + ": <" + e.getName() + "> has no '" + attribute + "' attribute");
        }
        return v.strip();
    }

    /** Instantiates the class named by {@code attribute}, checking it is a {@code type}. */
    public static <T> T create(IConfigurationElement e, String attribute, Class<T> type) {
        Object o;
        try {
            o = e.createExecutableExtension(attribute);
        } catch (CoreException ex) {
            throw new IllegalStateException(where(e) + ": cannot create " + e.getAttribute(attribute) + ": "
                    + ex.getStatus().getMessage(), ex);
        }
        if (!type.isInstance(o)) {
            throw new IllegalStateException(where(e) + ": " + o.getClass().getName() + " is not a " + type.getName());
        }
        return type.cast(o);
    }

    /** "bundle B, extension point P" for messages about a contribution. */
    public static String where(IConfigurationElement e) {
        return "bundle " + e.getNamespaceIdentifier() + ", extension point "
                + e.getDeclaringExtension().getExtensionPointUniqueIdentifier();
    }

    private static int order(IConfigurationElement e) {
        String v = e.getAttribute(ORDER);
        if (v == null) return DEFAULT_ORDER;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException ex) {
            throw new IllegalStateException(where(e) + ": order '" + v + "' is not an integer", ex);
        }
    }
}
