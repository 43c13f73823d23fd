package org.natsume.configio.export;

import java.util.List;
import java.util.Optional;

import org.natsume.configio.internal.Quoting;
import org.natsume.topology.Topology;
import org.natsume.topology.emf.TopologyReadException;
import org.natsume.topology.emf.TopologyReader;

/** The export targets of domain.md §7, in the order {@code --target all} runs them. */
public final class Exporters {

    private static final List<ConfigExporter> ALL = List.of(new XlExporter(), new XmExporter(), new BootExporter(),
            new CpupoolExporter(), new IrqAffinityExporter(), new NatsumeRoutingExporter(), new JailhouseExporter(),
            new AcrnExporter());

    private Exporters() {
    }

    public static List<ConfigExporter> all() {
        return ALL;
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
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(ConfigExporter::id).toList();
    }
}
