package org.natsume.configio.tests;

import java.util.List;

import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.ExportRefusedException;
import org.natsume.configio.export.GeneratedFile;
import org.natsume.topology.Topology;

/**
 * A target only {@link ExtensionRegistryTest} contributes, through a plugin.xml it builds itself: one line per
 * domain. Not in this bundle's plugin.xml, so the other tests see only the built-in targets.
 */
public final class DomainListExporter implements ConfigExporter {

    @Override
    public String id() {
        return "domain-list";
    }

    @Override
    public String description() {
        return "one line per domain: domid and name";
    }

    @Override
    public List<GeneratedFile> export(Topology topology) throws ExportRefusedException {
        if (topology.domains().isEmpty()) throw new ExportRefusedException(id(), List.of("the model has no domain"));
        StringBuilder sb = new StringBuilder();
        topology.domains().forEach(d -> sb.append(d.domid()).append(' ').append(d.name()).append('\n'));
        return List.of(GeneratedFile.text("domains.txt", sb.toString()));
    }
}
