package org.natsume.configio.export;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;

import org.natsume.configio.internal.Quoting;
import org.natsume.extensions.Contribution;
import org.natsume.extensions.Contributions;
import org.natsume.topology.Topology;
import org.natsume.topology.emf.TopologyReadException;
import org.natsume.topology.emf.TopologyReader;

/**
 * The export targets contributed to {@value #POINT} (docs/extending.md), the built-in ones of domain.md §7
 * included, in the order {@code --target all} runs them.
 */
public final class Exporters {

    public static final String POINT = "org.natsume.configio.exportTargets";

    private static final Contributions<ConfigExporter> TARGETS = new Contributions<>(POINT, "target",
            ConfigExporter.class, ConfigExporter::id);

    private Exporters() {
    }

    /** The targets of a registry, each exporter created once; its {@code id()} must be the element's id. */
    public static List<Contribution<ConfigExporter>> targets(IExtensionRegistry registry) {
        return TARGETS.of(registry);
    }

    public static List<Contribution<ConfigExporter>> targets() {
        return TARGETS.all();
    }

    public static List<ConfigExporter> all() {
        return targets().stream().map(Contribution::instance).toList();
    }

    /** The target's label from its contribution ("Xen xl (4.1+)"), or the id of an exporter no bundle contributes. */
    public static String label(ConfigExporter exporter) {
        return targets().stream().filter(t -> t.instance() == exporter).map(Contribution::label).findFirst()
                .orElse(exporter.id());
    }

    /**
     * The model resolved once by the one reader ({@link TopologyReader}), as every target reads it. What no target
     * could read (no machine, a BDF that does not parse, ...) is refused as target {@code model}; names in the
     * reasons are made printable as in every other refusal ({@link Quoting#comment}).
     */
    public static Topology resolve(org.natsume.model.Topology model) throws ExportRefusedException {
        try {
            return TopologyReader.read(model);
        } catch (TopologyReadException e) {
            throw new ExportRefusedException("model", e.problems().stream().map(Quoting::comment).distinct().toList());
        }
    }

    public static Optional<ConfigExporter> byId(String id) {
        return TARGETS.byId(id);
    }

    public static List<String> ids() {
        return TARGETS.ids();
    }
}
