package org.natsume.configio.export;

import java.util.List;
import java.util.Optional;

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

    public static Optional<ConfigExporter> byId(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(ConfigExporter::id).toList();
    }
}
