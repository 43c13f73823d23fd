package org.natsume.export.dom0less;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.DomainInfo;

/**
 * One guest as Xen creates it from {@code /chosen}: its node name there, the domain id it gets and the devices of its
 * partial device tree. Xen 4.19 numbers dom0less domains 1, 2, ... in the order of the {@code xen,domain} nodes
 * ({@code create_domUs}, xen/arch/arm/dom0less-build.c: {@code domain_create(++max_init_domid, ...)}), not by the
 * model's domid, so the node order is the model's guest order and the ids follow from it.
 */
record GuestNode(DomainInfo domain, int createdAs, String nodeName, List<PassthroughDevice> devices) {

    GuestNode {
        devices = List.copyOf(devices);
    }

    /** Every guest of the model, in creation order; call only on a topology the checks accepted. */
    static List<GuestNode> of(Topology t) {
        List<GuestNode> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int created = 0;
        for (DomainInfo d : t.guests()) {
            created++;
            String name = Dts.nodeName(d.name(), "domU-");
            // node names compare case-sensitively, but the partial trees become files, which may not
            String base = name;
            for (int n = 1; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = "-" + d.domid() + (n > 1 ? "-" + n : "");
                name = base.substring(0, Math.min(base.length(), Dts.NODE_NAME_MAX - suffix.length())) + suffix;
            }
            List<PassthroughDevice> devs = new ArrayList<>();
            for (Bdf b : d.passthroughBdfs().stream().sorted().distinct().toList()) {
                devs.add(PassthroughDevice.of(t, t.machine().function(b).orElseThrow(), devs.size()));
            }
            out.add(new GuestNode(d, created, name, devs));
        }
        return out;
    }

    String partialTreeFile() {
        return nodeName + "-passthrough.dts";
    }
}
