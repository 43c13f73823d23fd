package org.natsume.configio.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.AttachmentInfo;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.VcpuInfo;

/**
 * Checks shared by the Xen guest-config targets (xl, xm, boot): the things Xen itself would reject at
 * {@code xl create} time, reported up front with the domain and element named.
 */
public final class GuestChecks {

    private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}");
    /** Linux interface names: IFNAMSIZ 16 including NUL, no '/', no whitespace; we also keep ',' and '=' out. */
    private static final Pattern IFNAME = Pattern.compile("[A-Za-z0-9_.-]{1,15}");

    private GuestChecks() {
    }

    public static void requireHypervisor(Topology t, Refusals r, String what) {
        if (t.hypervisor().isEmpty()) {
            r.add("the model has no Xen hypervisor (native topology); " + what + " needs one");
        }
        if (t.hypervisor().isPresent() && t.dom0().isEmpty()) {
            r.add("the model has a hypervisor but no DOM0 domain");
        }
    }

    /** Memory, VCPUs, affinity, devices of every guest; each BDF passed through at most once. */
    public static void checkGuests(Topology t, Refusals r) {
        Map<Bdf, String> passedTo = new HashMap<>();
        UniqueNames.duplicates(t.domains(), "Xen domain").forEach(r::add);
        for (DomainInfo d : t.domains()) {
            String dn = "domain '" + Quoting.comment(d.name()) + "'";
            if (d.name().isBlank()) r.add("domain id " + d.domid() + " has an empty name");
            if (d.kind() != Topology.DomainKind.DOM0 && d.memoryMiB() <= 0) {
                r.add(dn + ": memory must be at least 1 MiB, is " + d.memoryMiB());
            }
            if (d.vcpus().isEmpty()) r.add(dn + ": has no VCPU");
            for (VcpuInfo v : d.vcpus()) {
                for (int cpu : v.hardAffinity()) {
                    var c = t.machine().cpu(cpu);
                    if (c.isEmpty()) r.add(dn + ": VCPU " + v.id() + " is pinned to PCPU " + cpu + ", which the machine does not have");
                    else if (!c.get().enabled()) r.add(dn + ": VCPU " + v.id() + " is pinned to PCPU " + cpu + ", which is disabled");
                }
            }
            for (AttachmentInfo a : d.attachments()) {
                if (a.mode() == Topology.AttachmentMode.PASSTHROUGH) {
                    if (a.bdf().isEmpty()) {
                        r.add(dn + ": a pass-through attachment has no PCI function");
                        continue;
                    }
                    Bdf bdf = a.bdf().get();
                    if (t.machine().function(bdf).isEmpty()) r.add(dn + ": passes through " + bdf + ", which the machine does not have");
                    if (d.kind() == Topology.DomainKind.DOM0) r.add(dn + ": Dom0 cannot take a device by pass-through (" + bdf + ")");
                    String prev = passedTo.putIfAbsent(bdf, d.name());
                    if (prev != null && !prev.equals(d.name())) {
                        r.add(bdf + " is passed through to both '" + Quoting.comment(prev) + "' and '" + Quoting.comment(d.name()) + "'");
                    }
                } else if (a.mode() == Topology.AttachmentMode.PARAVIRTUAL_VIF) {
                    a.mac().ifPresent(m -> {
                        if (!MAC.matcher(m).matches()) r.add(dn + ": vif MAC '" + Quoting.comment(m) + "' is not six hex octets aa:bb:cc:dd:ee:ff");
                    });
                    a.bridge().ifPresent(b -> {
                        if (!IFNAME.matcher(b).matches()) r.add(dn + ": vif bridge '" + Quoting.comment(b) + "' is not a Linux interface name ([A-Za-z0-9_.-], 1-15 characters)");
                    });
                    a.backendDomain().ifPresent(b -> {
                        if (t.domains().stream().noneMatch(o -> o.name().equals(b))) r.add(dn + ": vif backend '" + Quoting.comment(b) + "' is not a domain of the model");
                    });
                }
            }
        }
    }

    /** True when the backend is Dom0 (absent or named like the DOM0 domain), so the key can be left out. */
    public static boolean isDom0Backend(Topology t, AttachmentInfo vif) {
        return vif.backendDomain().isEmpty()
                || t.dom0().map(d -> d.name().equals(vif.backendDomain().get())).orElse(false);
    }

    /** {@code mac=..,bridge=..,backend=..} for xl and xm (values are checked by {@link #checkGuests} first). */
    public static String vifSpec(Topology t, AttachmentInfo vif, Refusals r) {
        StringBuilder sb = new StringBuilder();
        vif.mac().ifPresent(m -> sb.append("mac=").append(m.toLowerCase(java.util.Locale.ROOT)));
        vif.bridge().ifPresent(b -> sb.append(sb.length() > 0 ? "," : "").append("bridge=").append(b));
        if (!isDom0Backend(t, vif)) {
            String b = vif.backendDomain().get();
            if (b.contains(",") || b.contains("=")) {
                r.add("vif backend domain '" + Quoting.comment(b) + "' contains ',' or '=', which the vif spec cannot carry");
            }
            sb.append(sb.length() > 0 ? "," : "").append("backend=").append(b);
        }
        return sb.toString();
    }
}
