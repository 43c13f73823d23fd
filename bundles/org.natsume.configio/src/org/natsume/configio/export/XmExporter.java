package org.natsume.configio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.natsume.configio.internal.CpuList;
import org.natsume.configio.internal.FileNames;
import org.natsume.configio.internal.GuestChecks;
import org.natsume.configio.internal.Header;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Refusals;
import org.natsume.configio.internal.RtPools;
import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.AttachmentInfo;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.GuestType;

// domain.md §7.2
/**
 * Xen 3.4 xm guest configs, the paper's era: the file is Python executed by xend, so every string is a Python 2
 * literal ({@link Quoting#python}). xm has no cpupools, no PVH and one {@code cpus} string for all VCPUs; a model
 * that needs those is refused rather than silently simplified.
 */
public final class XmExporter implements ConfigExporter {

    @Override
    public String id() {
        return "xm";
    }

    @Override
    public String description() {
        return "xm guest configs for Xen 3.4 (Python syntax)";
    }

    @Override
    public List<GeneratedFile> export(Topology t) throws ExportRefusedException {
        Refusals r = new Refusals(id());
        GuestChecks.requireHypervisor(t, r, "an xm guest config");
        GuestChecks.checkGuests(t, r);
        for (DomainInfo d : t.guests()) {
            String dn = "domain '" + Quoting.comment(d.name()) + "'";
            if (d.guestType() == GuestType.PVH) r.add(dn + ": PVH guests do not exist in Xen 3.4 (use PV or HVM)");
            if (d.cpupool().isPresent()) {
                r.add(dn + ": asks for cpupool '" + Quoting.comment(d.cpupool().get()) + "', but cpupools need Xen 4.1+ (use the xl and cpupool targets)");
            }
            if (d.vcpus().size() > 1 && d.vcpus().stream().map(v -> v.hardAffinity()).distinct().count() > 1) {
                r.add(dn + ": VCPUs have different hard affinities; xm's cpus= sets one CPU list for all VCPUs (use 'xm vcpu-pin' or the xl target)");
            }
        }
        r.throwIfAny();
        List<GeneratedFile> files = new ArrayList<>();
        FileNames names = new FileNames();
        for (DomainInfo d : t.guests()) {
            files.add(GeneratedFile.text("xm/" + names.unique(d.name(), d.domid(), ".cfg"), guestConfig(t, d, r)));
        }
        r.throwIfAny();
        return files;
    }

    private String guestConfig(Topology t, DomainInfo d, Refusals r) {
        StringBuilder sb = new StringBuilder();
        sb.append(Header.lines("# ", t, "xm guest config for Xen 3.4 (Python syntax, tools/examples/xmexample1)"));
        sb.append("# Domain ").append(d.domid()).append(" (").append(d.kind()).append(")\n");
        if (d.guestType() == GuestType.HVM) {
            line(sb, "builder", Quoting.python("hvm"));
            line(sb, "kernel", Quoting.python("/usr/lib/xen/boot/hvmloader"));
        } else {
            line(sb, "kernel", Quoting.python(d.kernel().orElse("/boot/vmlinuz-2.6.26-2-xen-686")));
            line(sb, "ramdisk", Quoting.python(d.ramdisk().orElse("/boot/initrd.img-2.6.26-2-xen-686")));
        }
        line(sb, "name", Quoting.python(d.name()));
        line(sb, "memory", Long.toString(d.memoryMiB()));
        line(sb, "vcpus", Integer.toString(d.vcpus().size()));
        if (!d.vcpus().isEmpty() && !d.vcpus().get(0).hardAffinity().isEmpty()) {
            line(sb, "cpus", Quoting.python(CpuList.ranges(d.vcpus().get(0).hardAffinity())));
        }
        if (d.weight() > 0 && d.weight() != 256) sb.append("# credit weight ").append(d.weight()).append(": set with 'xm sched-credit -d NAME -w ").append(d.weight()).append("'\n");
        Optional<RtPools.Pool> pool = RtPools.poolOf(t, d);
        pool.ifPresent(p -> sb.append("# The xl target puts this domain in cpupool ").append(Quoting.comment(p.name()))
                .append("; Xen 3.4 has no cpupools, isolation relies on pinning alone.\n"));
        List<String> vifs = new ArrayList<>();
        for (AttachmentInfo a : d.vifs()) vifs.add(Quoting.python(GuestChecks.vifSpec(t, a, r)));
        if (!vifs.isEmpty()) line(sb, "vif", "[ " + String.join(", ", vifs) + " ]");
        List<String> pcis = new ArrayList<>();
        for (Bdf bdf : d.passthroughBdfs()) pcis.add(Quoting.python(bdf.toString()));
        if (!pcis.isEmpty()) line(sb, "pci", "[ " + String.join(", ", pcis) + " ]");
        if (d.guestType() != GuestType.HVM) line(sb, "extra", Quoting.python(d.extra().orElse("console=hvc0")));
        sb.append("# The model has no disks; add one, e.g. disk = [ 'phy:/dev/vg0/").append(FileNames.slug(d.name()))
                .append(",xvda1,w' ] and root = \"/dev/xvda1 ro\"\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(String.format(java.util.Locale.ROOT, "%-8s= %s", key, value)).append('\n');
    }
}
