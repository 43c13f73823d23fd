package org.natsume.configio.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.natsume.configio.internal.CpuList;
import org.natsume.configio.internal.FileNames;
import org.natsume.configio.internal.GuestChecks;
import org.natsume.configio.internal.Header;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Refusals;
import org.natsume.configio.internal.RtPools;
import org.natsume.configio.internal.Unquotable;
import org.natsume.topology.Topology;

// domain.md §7.4
/**
 * {@code xlcpupool.cfg(5)} files for the pools the model asks for ({@link RtPools}: explicit {@code cpupool} on a
 * domain, otherwise derived from an RT_VM with PCPUs of its own) and {@code cpupool-setup.sh}, which frees those
 * PCPUs from Pool-0 and creates the pools. Guests join through {@code pool=} in their xl config.
 */
public final class CpupoolExporter implements ConfigExporter {

    @Override
    public String id() {
        return "cpupool";
    }

    @Override
    public String description() {
        return "xlcpupool.cfg for the RT pool and a setup script (Xen 4.1+)";
    }

    @Override
    public List<GeneratedFile> export(Topology t) throws ExportRefusedException {
        Refusals r = new Refusals(id());
        GuestChecks.requireHypervisor(t, r, "a cpupool");
        r.throwIfAny();
        List<RtPools.Pool> pools = RtPools.of(t);
        if (pools.isEmpty()) {
            r.add("the model asks for no cpupool: no domain names one, and no RT_VM is pinned to PCPUs that no other domain uses");
        }
        String sched = switch (t.hypervisor().get().scheduler()) {
            case CREDIT -> "credit";
            case CREDIT2 -> "credit2";
            case RTDS -> "rtds";
            case NULL -> "null";
            case SEDF -> {
                r.add("scheduler SEDF was removed in Xen 4.6 and cannot be named in xlcpupool.cfg; choose CREDIT or RTDS");
                yield "sedf";
            }
        };
        Set<Integer> taken = new HashSet<>();
        SortedSet<Integer> enabled = new TreeSet<>();
        t.machine().cpus().stream().filter(Topology.CpuInfo::enabled).forEach(c -> enabled.add(c.id()));
        for (RtPools.Pool p : pools) {
            if (p.cpus().isEmpty()) r.add("cpupool '" + Quoting.comment(p.name()) + "' has no pinned PCPU; pin its domains' VCPUs first");
            if (p.name().equalsIgnoreCase("Pool-0")) r.add("cpupool name 'Pool-0' is Xen's default pool and cannot be created");
            for (int c : p.cpus()) {
                if (!taken.add(c)) r.add("PCPU " + c + " is in two cpupools; a PCPU belongs to exactly one pool");
                if (!enabled.contains(c)) r.add("cpupool '" + Quoting.comment(p.name()) + "' names PCPU " + c + ", which is not an enabled CPU of the machine");
            }
        }
        if (!pools.isEmpty() && taken.containsAll(enabled)) {
            r.add("the cpupools take every PCPU; Pool-0 must keep at least one for Dom0");
        }
        r.throwIfAny();

        List<GeneratedFile> files = new ArrayList<>();
        FileNames names = new FileNames();
        StringBuilder sh = new StringBuilder("#!/bin/sh\n");
        sh.append(Header.lines("# ", t, "cpupool setup (xlcpupool.cfg(5), Xen 4.1+)"));
        sh.append("# Run in Dom0 as root before creating the guests; run it from the directory holding the .cfg files.\n");
        sh.append("set -eu\n");
        for (RtPools.Pool p : pools) {
            String file = names.unique(p.name(), 0, ".cfg");
            StringBuilder cfg = new StringBuilder();
            cfg.append(Header.lines("# ", t, "cpupool config (xlcpupool.cfg(5))"));
            cfg.append(p.derived()
                    ? "# Derived: RT_VM " + Quoting.comment(p.members().get(0).name()) + " is the only domain pinned to these PCPUs.\n"
                    : "# Requested by the model for: " + String.join(", ", p.members().stream().map(m -> Quoting.comment(m.name())).toList()) + "\n");
            try {
                cfg.append("name = ").append(Quoting.xl(p.name())).append('\n');
            } catch (Unquotable e) {
                r.add("cpupool '" + Quoting.comment(p.name()) + "': " + e.getMessage());
                continue;
            }
            cfg.append("sched = \"").append(sched).append("\"\n");
            cfg.append("cpus = \"").append(CpuList.ranges(p.cpus())).append("\"\n");
            files.add(GeneratedFile.text("cpupool/" + file, cfg.toString()));
            for (int c : p.cpus()) sh.append("xl cpupool-cpu-remove Pool-0 ").append(c).append('\n');
            try {
                sh.append("xl cpupool-create ").append(Quoting.shell(file)).append('\n');
            } catch (Unquotable e) {
                r.add(e.getMessage());
            }
        }
        r.throwIfAny();
        files.add(GeneratedFile.script("cpupool/cpupool-setup.sh", sh.toString()));
        return files;
    }
}
