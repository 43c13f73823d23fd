package org.natsume.export.dom0less;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.AttachmentInfo;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.PciFunctionInfo;
import org.natsume.topology.Topology.VcpuInfo;

/**
 * What the dom0less device tree of Xen 4.19 on Arm cannot express, each reason naming the domain, device or line
 * (docs/export.md, "dom0less"). All reasons are collected, so the user can fix the model in one pass.
 */
final class Dom0lessChecks {

    private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}");
    /** A Linux interface name (IFNAMSIZ 16 with the NUL), without the ',' and '=' that end an xl device spec key. */
    private static final Pattern BRIDGE = Pattern.compile("[A-Za-z0-9_.-]{1,15}");

    private final Topology t;
    private final List<String> reasons = new ArrayList<>();

    private Dom0lessChecks(Topology t) {
        this.t = t;
    }

    static List<String> reasons(Topology t) {
        Dom0lessChecks c = new Dom0lessChecks(t);
        c.run();
        return List.copyOf(new LinkedHashSet<>(c.reasons));
    }

    private void run() {
        if (t.hypervisor().isEmpty()) {
            reasons.add("the model has no Xen hypervisor (native topology); a dom0less device tree boots Xen");
            return;
        }
        if (t.hypervisor().get().scheduler() == Topology.Scheduler.SEDF) {
            reasons.add("the SEDF scheduler was removed in Xen 4.6; dom0less needs Xen 4.12 or later (pick credit, credit2, rtds or null)");
        }
        t.dom0().ifPresentOrElse(d -> {
            pinning(d, "Dom0");
            commandLine(d, "Dom0");
        },
                () -> reasons.add("the model has a hypervisor but no DOM0 domain; this target writes Dom0's boot modules and setup script"));
        if (t.guests().isEmpty()) reasons.add("the model has no guest domain for Xen to create from the device tree");
        names();
        Map<Bdf, DomainInfo> passedTo = new HashMap<>();
        for (DomainInfo d : t.guests()) guest(d, passedTo);
    }

    private void names() {
        Map<String, List<Integer>> ids = new HashMap<>();
        for (DomainInfo d : t.guests()) ids.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d.domid());
        for (DomainInfo d : t.guests()) {
            List<Integer> same = ids.get(d.name());
            if (d.name().isBlank()) reasons.add("domain id " + d.domid() + " has an empty name; its /chosen node is named after it");
            else if (same.size() > 1 && same.get(0) == d.domid()) {
                reasons.add("domains " + same + " are all named '" + Dts.comment(d.name()) + "'; each /chosen node needs its own name");
            }
        }
    }

    private void guest(DomainInfo d, Map<Bdf, DomainInfo> passedTo) {
        String dn = "domain '" + Dts.comment(d.name()) + "'";
        if (d.memoryMiB() <= 0) reasons.add(dn + ": memory must be at least 1 MiB, is " + d.memoryMiB());
        if (d.vcpus().isEmpty()) reasons.add(dn + ": has no VCPU (the xen,domain node's cpus must be at least 1)");
        if (d.vcpus().size() > Layout.MAX_VCPUS) {
            reasons.add(dn + ": has " + d.vcpus().size() + " VCPUs; an Arm guest has at most " + Layout.MAX_VCPUS + " (GUEST_MAX_VCPUS)");
        }
        pinning(d, dn);
        commandLine(d, dn);
        int devices = 0;
        for (AttachmentInfo a : d.attachments()) {
            if (a.mode() == AttachmentMode.EMULATED) {
                reasons.add(dn + ": a dom0less guest has no device model (EMULATED attachment" + a.bdf().map(b -> " of " + b).orElse("")
                        + "); pass the device through or use a vif");
            } else if (a.mode() == AttachmentMode.PARAVIRTUAL_VIF) {
                vif(dn, a);
            } else if (a.mode() == AttachmentMode.PASSTHROUGH) {
                if (a.bdf().isEmpty()) {
                    reasons.add(dn + ": a pass-through attachment has no PCI function");
                    continue;
                }
                Bdf b = a.bdf().get();
                DomainInfo prev = passedTo.putIfAbsent(b, d);
                if (prev != null && prev != d) {
                    reasons.add(b + " is passed through to both '" + Dts.comment(prev.name()) + "' and '" + Dts.comment(d.name()) + "'");
                }
                var f = t.machine().function(b);
                if (f.isEmpty()) reasons.add(dn + ": passes through " + b + ", which the machine does not have");
                else device(dn, d, f.get());
                devices++;
            }
        }
        if (devices > Layout.MAX_DEVICES_PER_DOMAIN) {
            reasons.add(dn + ": " + devices + " pass-through devices do not fit the guest MMIO window of " + Layout.MAX_DEVICES_PER_DOMAIN
                    + " regions of 64 KiB");
        }
    }

    /** Dom0less guests are created by Xen before Dom0 runs; their PCPUs must still exist, as for any other target. */
    private void pinning(DomainInfo d, String dn) {
        for (VcpuInfo v : d.vcpus()) {
            for (int cpu : v.hardAffinity()) {
                var c = t.machine().cpu(cpu);
                if (c.isEmpty()) reasons.add(dn + ": VCPU " + v.id() + " is pinned to PCPU " + cpu + ", which the machine does not have");
                else if (!c.get().enabled()) reasons.add(dn + ": VCPU " + v.id() + " is pinned to PCPU " + cpu + ", which is disabled");
            }
        }
    }

    private void commandLine(DomainInfo d, String dn) {
        if (d.extra().filter(e -> Dts.string(e).isEmpty()).isPresent()) {
            reasons.add(dn + ": its kernel command line contains a NUL character, which a device-tree string cannot hold");
        }
    }

    private void vif(String dn, AttachmentInfo a) {
        a.mac().filter(m -> !MAC.matcher(m).matches())
                .ifPresent(m -> reasons.add(dn + ": vif MAC '" + Dts.comment(m) + "' is not six hex octets aa:bb:cc:dd:ee:ff"));
        a.bridge().filter(b -> !BRIDGE.matcher(b).matches())
                .ifPresent(b -> reasons.add(dn + ": vif bridge '" + Dts.comment(b) + "' is not a Linux interface name ([A-Za-z0-9_.-], 1-15 characters)"));
        a.backendDomain().ifPresent(b -> {
            if (t.dom0().map(d0 -> !d0.name().equals(b)).orElse(true)) {
                reasons.add(dn + ": vif backend '" + Dts.comment(b) + "' is not Dom0; a driver domain of a dom0less system is not modelled here");
            }
        });
    }

    private void device(String dn, DomainInfo d, PciFunctionInfo f) {
        Bdf b = f.bdf();
        if (f.interruptMode().ownVector()) {
            reasons.add(dn + ": " + b + " uses " + f.interruptMode() + "; a dom0less guest has no virtual GICv3 ITS (Xen 4.19 emulates it"
                    + " for Dom0 only, vgic_v3_its_init_domain), so only a wired SPI reaches it: switch the function to INTx");
            return;
        }
        if (f.gsi().isEmpty()) return; // no interrupt: a device node without "interrupts"
        int gsi = f.gsi().get();
        if (gsi > Layout.MAX_SPI) {
            reasons.add(dn + ": " + b + " is on GSI " + gsi + ", beyond the GIC's last SPI (" + Layout.MAX_SPI + ", INTID 1019)");
        }
        if (gsi == Layout.VPL011_SPI) {
            reasons.add(dn + ": " + b + " is on GSI 0, which becomes SPI 0, the SPI of the guest's virtual PL011 console (GUEST_VPL011_SPI)");
        }
        sharing(dn, d, f, gsi);
    }

    /**
     * Xen routes a physical SPI to one domain only ({@code route_irq_to_guest}, xen/arch/arm/irq.c: "IRQ %u is already
     * used by domain %u", -EBUSY); devices not passed through stay with Dom0 and take their SPI with them.
     */
    private void sharing(String dn, DomainInfo d, PciFunctionInfo f, int gsi) {
        List<String> others = new ArrayList<>();
        for (PciFunctionInfo s : t.machine().sharersOf(gsi)) {
            String owner = s.owner().flatMap(t::domain).map(DomainInfo::name).orElse(t.dom0().map(DomainInfo::name).orElse("(none)"));
            if (owner.equals(d.name())) continue;
            others.add(s.bdf() + " (" + Dts.comment(owner) + ")");
        }
        if (!others.isEmpty()) {
            reasons.add("GSI " + gsi + " is shared by " + f.bdf() + " (" + Dts.comment(d.name()) + ") and " + String.join(", ", others)
                    + "; Xen on Arm routes an SPI to exactly one domain, so " + dn + " cannot take it (move the devices to one domain,"
                    + " use a slot on another line, or leave the device to Dom0)");
        }
    }
}
