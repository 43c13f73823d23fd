package org.natsume.extensions;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The contributions of one id/label/class extension point, as its consumer offers them: all in order, by id, the
 * ids; read from {@link Extensions#registry()} once per registry, or from a given registry (tests, docs/extending.md).
 */
public final class Contributions<T> {
    private final String point;
    private final String element;
    private final String labelAttribute;
    private final Class<T> type;
    private final Function<T, String> idOf;
    private final PerRegistry<List<Contribution<T>>> current;

    public Contributions(String point, String element, Class<T> type, Function<T, String> idOf) {
        this(point, element, "label", type, idOf);
    }

    public Contributions(String point, String element, String labelAttribute, Class<T> type, Function<T, String> idOf) {
        this.point = point;
        this.element = element;
        this.labelAttribute = labelAttribute;
        this.type = type;
        this.idOf = idOf;
        this.current = new PerRegistry<>(this::of);
    }

    public List<Contribution<T>> of(IExtensionRegistry registry) {
        return Contribution.load(registry, point, element, labelAttribute, type, idOf);
    }

    public List<Contribution<T>> all() {
        return current.get();
    }

    public Optional<T> byId(String id) {
        return all().stream().filter(c -> c.id().equals(id)).map(Contribution::instance).findFirst();
    }

    public List<String> ids() {
        return all().stream().map(Contribution::id).toList();
    }
}
