package org.natsume.extensions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * One contributed element with an {@code id}, a label and a {@code class}, the shape every Natsume extension point
 * shares, with the instance of its class.
 *
 * @param label the element's label attribute ({@code label}, or a rule's {@code description})
 * @param bundle the contributing bundle, for messages
 */
public record Contribution<T>(String id, String label, String bundle, IConfigurationElement element, T instance) {

    /**
     * Every element named {@code elementName} of {@code pointId}, in {@link Extensions#elements} order, each class
     * instantiated once. The instance must name itself by the element's id ({@code idOf}), and ids are unique over
     * all bundles; a contribution that breaks either is refused with its bundle named, as a bad plugin.xml is the
     * contributor's error, not the user's.
     */
    public static <T> List<Contribution<T>> load(IExtensionRegistry registry, String pointId, String elementName,
            Class<T> type, Function<T, String> idOf) {
        return load(registry, pointId, elementName, "label", type, idOf);
    }

    /** {@link #load(IExtensionRegistry, String, String, Class, Function)} with another required label attribute. */
    public static <T> List<Contribution<T>> load(IExtensionRegistry registry, String pointId, String elementName,
            String labelAttribute, Class<T> type, Function<T, String> idOf) {
        List<Contribution<T>> out = new ArrayList<>();
        Map<String, String> bundleOfId = new HashMap<>();
        for (IConfigurationElement e : Extensions.elements(registry, pointId, elementName)) {
            String id = Extensions.required(e, "id");
            String label = Extensions.required(e, labelAttribute);
            String previous = bundleOfId.putIfAbsent(id, e.getNamespaceIdentifier());
            if (previous != null) {
                throw new IllegalStateException("extension point " + pointId + ": id '" + id + "' is contributed by "
                        + previous + " and by " + e.getNamespaceIdentifier());
            }
            T instance = Extensions.create(e, "class", type);
            String own = idOf.apply(instance);
            if (!id.equals(own)) {
                throw new IllegalStateException(Extensions.where(e) + ": " + instance.getClass().getName()
                        + " names itself '" + own + "', but its <" + elementName + "> says id=\"" + id + "\"");
            }
            out.add(new Contribution<>(id, label, e.getNamespaceIdentifier(), e, instance));
        }
        return List.copyOf(out);
    }
}
