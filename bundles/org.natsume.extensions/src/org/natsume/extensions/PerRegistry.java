package org.natsume.extensions;

import java.util.function.Function;

import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * What a consumer reads from {@link Extensions#registry()}, read once per registry: contributions are instantiated on
 * first use, not on every lookup (the Problems view asks for the export targets on every model change). Bundles
 * installed into a running product after first use are seen after a restart.
 */
public final class PerRegistry<T> {
    private final Function<IExtensionRegistry, T> load;
    private IExtensionRegistry registry;
    private T value;

    public PerRegistry(Function<IExtensionRegistry, T> load) {
        this.load = load;
    }

    public synchronized T get() {
        IExtensionRegistry now = Extensions.registry();
        if (now != registry) {
            value = load.apply(now);
            registry = now;
        }
        return value;
    }
}
