package org.natsume.export.dom0less;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.natsume.topology.Topology;
import org.natsume.topology.Topology.AttachmentInfo;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.VcpuInfo;

/**
 * What the dom0less binding of Xen 4.19 cannot say, done from Dom0 once it runs: VCPU hard affinity (a
 * {@code xen,domain} node has a VCPU count, not a pinning) with {@code xl vcpu-pin}, and each vif with
 * {@code xl network-attach} after {@code init-dom0less} (tools/helpers, Xen 4.17+) has introduced the guests to
 * xenstore. Guests are addressed by the domain id Xen gave them (their order in {@code /chosen}).
 */
final class Dom0Setup {

    private Dom0Setup() {
    }

    /** True when every Dom0 VCPU i is pinned to exactly PCPU i, which Xen's {@code dom0_vcpus_pin} does. */
    static boolean dom0IdentityPinned(DomainInfo dom0) {
        return !dom0.vcpus().isEmpty() && dom0.vcpus().stream().allMatch(v -> v.hardAffinity().size() == 1 && v.hardAffinity().first() == v.id());
    }

    /** The script, or empty when there is nothing to do after boot. */
    static Optional<String> render(Topology t, List<GuestNode> guests) {
        StringBuilder cmds = new StringBuilder();
        DomainInfo dom0 = t.dom0().orElseThrow();
        if (!dom0IdentityPinned(dom0)) pins(cmds, 0, dom0);
        boolean vifs = guests.stream().anyMatch(g -> !g.domain().vifs().isEmpty());
        if (vifs) {
            cmds.append("# the guests with vifs have xen,enhanced; init-dom0less puts them into xenstore (Xen 4.17+)\n");
            cmds.append("\"${INIT_DOM0LESS:-/usr/lib/xen/bin/init-dom0less}\" || status=1\n");
        }
        for (GuestNode g : guests) {
            pins(cmds, g.createdAs(), g.domain());
            for (AttachmentInfo v : g.domain().vifs()) {
                cmds.append("xl network-attach ").append(g.createdAs());
                v.mac().ifPresent(m -> cmds.append(" 'mac=").append(m.toLowerCase(Locale.ROOT)).append('\''));
                v.bridge().ifPresent(b -> cmds.append(" 'bridge=").append(b).append('\''));
                cmds.append(" || status=1\n");
            }
        }
        if (cmds.isEmpty()) return Optional.empty();
        StringBuilder s = new StringBuilder("#!/bin/sh\n");
        s.append(Sources.header("# ", t, "Dom0 setup of a Xen dom0less system (what its device tree cannot express)"));
        s.append("# Run as root in Dom0 after boot. Xen created the guests from /chosen as domains ");
        s.append(guests.stream().map(g -> g.createdAs() + " = " + Dts.comment(g.domain().name())).collect(Collectors.joining(", "))).append(".\n");
        s.append("status=0\n").append(cmds).append("exit \"$status\"\n");
        return Optional.of(s.toString());
    }

    private static void pins(StringBuilder cmds, int domid, DomainInfo d) {
        for (VcpuInfo v : d.vcpus()) {
            if (v.hardAffinity().isEmpty()) continue;
            String cpus = v.hardAffinity().stream().map(String::valueOf).collect(Collectors.joining(","));
            cmds.append("xl vcpu-pin ").append(domid).append(' ').append(v.id()).append(' ').append(cpus).append(" || status=1\n");
        }
    }
}
