package org.natsume.configio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import org.natsume.configio.internal.CpuList;
import org.natsume.configio.internal.FileNames;
import org.natsume.configio.internal.GuestChecks;
import org.natsume.configio.internal.Header;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Refusals;
import org.natsume.configio.internal.RtPools;
import org.natsume.configio.internal.Unquotable;
import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.AttachmentInfo;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.GuestType;
import org.natsume.topology.Topology.VcpuInfo;

// domain.md §7.3
/**
 * One {@code xl.cfg(5)} per guest (every domain except Dom0) plus {@code pci-assignable.sh}, which binds every
 * pass-through function to pciback with {@code xl pci-assignable-add}. Strings are double-quoted with the escapes
 * libxlutil understands ({@link Quoting#xl}); each generated file is checked against libxlutil by the tests.
 */
public final class XlExporter implements ConfigExporter {

    static final String KERNEL_PLACEHOLDER = "/boot/vmlinuz-guest";
    static final String RAMDISK_PLACEHOLDER = "/boot/initrd.img-guest";

    @Override
    public String id() {
        return "xl";
    }

    @Override
    public String description() {
        return "xl.cfg per guest (Xen 4.1+) and pci-assignable.sh";
    }

    @Override
    public List<GeneratedFile> export(Topology t) throws ExportRefusedException {
        Refusals r = new Refusals(id());
        GuestChecks.requireHypervisor(t, r, "an xl guest config");
        GuestChecks.checkGuests(t, r);
        r.throwIfAny();
        List<GeneratedFile> files = new ArrayList<>();
        FileNames names = new FileNames();
        List<String> assignable = new ArrayList<>();
        for (DomainInfo d : t.guests()) {
            String file = names.unique(d.name(), d.domid(), ".cfg");
            String content = guestConfig(t, d, r);
            if (content != null) files.add(GeneratedFile.text("xl/" + file, content));
            for (Bdf bdf : d.passthroughBdfs()) {
                assignable.add("xl pci-assignable-add " + bdf + "   # " + Quoting.comment(d.name()));
            }
        }
        r.throwIfAny();
        if (!assignable.isEmpty()) {
            StringBuilder sh = new StringBuilder("#!/bin/sh\n");
            sh.append(Header.lines("# ", t, "xl pass-through preparation (xl.cfg(5), xl pci-assignable-add)"));
            sh.append("# Run in Dom0 as root before 'xl create': hands each pass-through function to pciback.\n");
            sh.append("set -eu\n");
            assignable.forEach(l -> sh.append(l).append('\n'));
            files.add(GeneratedFile.script("xl/pci-assignable.sh", sh.toString()));
        }
        return files;
    }

    private String guestConfig(Topology t, DomainInfo d, Refusals r) {
        StringBuilder sb = new StringBuilder();
        sb.append(Header.lines("# ", t, "xl guest config (xl.cfg(5), Xen 4.1+)"));
        sb.append("# Domain ").append(d.domid()).append(" (").append(d.kind()).append(")\n");
        try {
            line(sb, "name", Quoting.xl(d.name()));
            line(sb, "type", Quoting.xl(d.guestType().name().toLowerCase(java.util.Locale.ROOT)));
            if (d.guestType() != GuestType.HVM) {
                line(sb, "kernel", Quoting.xl(d.kernel().orElse(KERNEL_PLACEHOLDER)));
                line(sb, "ramdisk", Quoting.xl(d.ramdisk().orElse(RAMDISK_PLACEHOLDER)));
                line(sb, "extra", Quoting.xl(d.extra().orElse("console=hvc0")));
            }
            line(sb, "memory", Long.toString(d.memoryMiB()));
            line(sb, "vcpus", Integer.toString(d.vcpus().size()));
            cpus(d).ifPresent(c -> line(sb, "cpus", c));
            if (d.weight() > 0 && d.weight() != 256) line(sb, "cpu_weight", Integer.toString(d.weight()));
            if (d.cap() > 0) line(sb, "cap", Integer.toString(d.cap()));
            Optional<RtPools.Pool> pool = RtPools.poolOf(t, d);
            if (pool.isPresent()) line(sb, "pool", Quoting.xl(pool.get().name()));
            List<String> vifs = new ArrayList<>();
            for (AttachmentInfo a : d.vifs()) vifs.add(Quoting.xl(GuestChecks.vifSpec(t, a, r)));
            if (!vifs.isEmpty()) line(sb, "vif", "[ " + String.join(", ", vifs) + " ]");
            List<String> pcis = new ArrayList<>();
            for (Bdf bdf : d.passthroughBdfs()) pcis.add(Quoting.xl(bdf.toString()));
            if (!pcis.isEmpty()) line(sb, "pci", "[ " + String.join(", ", pcis) + " ]");
            sb.append("# The model has no disks; add one, e.g. disk = [ 'phy:/dev/vg0/").append(FileNames.slug(d.name())).append(",xvda1,w' ]\n");
        } catch (Unquotable e) {
            r.add("domain '" + Quoting.comment(d.name()) + "': " + e.getMessage());
            return null;
        }
        return sb.toString();
    }

    /** One string when all VCPUs share the same hard affinity, otherwise the per-VCPU list form of xl.cfg(5). */
    static Optional<String> cpus(DomainInfo d) {
        if (d.vcpus().stream().allMatch(v -> v.hardAffinity().isEmpty())) return Optional.empty();
        SortedSet<Integer> first = d.vcpus().get(0).hardAffinity();
        boolean same = d.vcpus().stream().allMatch(v -> v.hardAffinity().equals(first));
        if (same) return Optional.of("\"" + CpuList.ranges(first) + "\"");
        List<String> each = new ArrayList<>();
        for (VcpuInfo v : d.vcpus()) {
            each.add("\"" + (v.hardAffinity().isEmpty() ? "all" : CpuList.ranges(v.hardAffinity())) + "\"");
        }
        return Optional.of("[ " + String.join(", ", each) + " ]");
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(key).append(" = ").append(value).append('\n');
    }
}
