package org.natsume.export.dom0less;

import java.util.ArrayList;
import java.util.List;

import org.natsume.configio.export.ConfigExporter;
import org.natsume.configio.export.ExportRefusedException;
import org.natsume.configio.export.GeneratedFile;
import org.natsume.topology.Topology;

/**
 * The Xen dom0less target for Arm (docs/export.md): Xen creates every guest at boot from {@code xen,domain} nodes
 * under {@code /chosen} of the host device tree, each with its passed-through devices in a partial device tree.
 * Writes {@code dom0less/xen-chosen.dtsi}, a {@code dom0less/<domain>-passthrough.dts} per guest with devices, and
 * {@code dom0less/dom0-setup.sh} for the pinning and vifs a device tree cannot carry. Contributed to the
 * {@code org.natsume.configio.exportTargets} extension point by this bundle's plugin.xml.
 */
public final class Dom0lessExporter implements ConfigExporter {

    static final String FOLDER = "dom0less/";

    @Override
    public String id() {
        return "dom0less";
    }

    @Override
    public String description() {
        return "Xen dom0less for Arm: /chosen xen,domain nodes and partial device trees for pass-through";
    }

    @Override
    public List<GeneratedFile> export(Topology t) throws ExportRefusedException {
        List<String> reasons = Dom0lessChecks.reasons(t);
        if (!reasons.isEmpty()) throw new ExportRefusedException(id(), reasons);
        List<GuestNode> guests = GuestNode.of(t);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(GeneratedFile.text(FOLDER + "xen-chosen.dtsi", ChosenTree.render(t, guests)));
        for (GuestNode g : guests) {
            if (!g.devices().isEmpty()) files.add(GeneratedFile.text(FOLDER + g.partialTreeFile(), PartialTree.render(t, g)));
        }
        Dom0Setup.render(t, guests).ifPresent(s -> files.add(GeneratedFile.script(FOLDER + "dom0-setup.sh", s)));
        return files;
    }
}
