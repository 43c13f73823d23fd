package org.natsume.configio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.natsume.configio.internal.CpuList;
import org.natsume.configio.internal.FileNames;
import org.natsume.configio.internal.Header;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Refusals;
import org.natsume.configio.internal.Unquotable;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.PciFunctionInfo;

// domain.md §7.5
/**
 * {@code irq-affinity.sh} for the native host (case 1) or Dom0: writes {@code /proc/irq/N/smp_affinity} for every
 * device IRQ that OS handles. INTx functions use their GSI from the model (the script warns when sysfs disagrees);
 * MSI/MSI-X IRQ numbers are allocated at boot, so the script finds them under {@code /sys/bus/pci/devices/BDF/msi_irqs}.
 * Target CPUs: on a native host the host's pinned CPUs (all enabled CPUs when unpinned); in Dom0 the mask selects
 * Dom0 VCPUs, not PCPUs, so every Dom0 IRQ goes to VCPU 0. Also writes modprobe.d files with the NICs' ITR options.
 */
public final class IrqAffinityExporter implements ConfigExporter {

    /** Drivers with an {@code InterruptThrottleRate} module parameter (one value per port). */
    private static final List<String> ITR_DRIVERS = List.of("e1000", "e1000e");
    private static final Pattern ITR_VALUE = Pattern.compile("[0134]|[1-9][0-9]{2,5}");

    @Override
    public String id() {
        return "irq-affinity";
    }

    @Override
    public String description() {
        return "smp_affinity script for native/Dom0 IRQs and NIC InterruptThrottleRate options";
    }

    @Override
    public List<GeneratedFile> export(Topology t) throws ExportRefusedException {
        Refusals r = new Refusals(id());
        boolean xen = t.hypervisor().isPresent();
        Optional<DomainInfo> host = t.host();
        SortedSet<Integer> target = new TreeSet<>();
        if (xen) {
            if (host.isEmpty() || host.get().vcpus().isEmpty()) r.add("Dom0 has no VCPU to send its IRQs to");
            target.add(0);
        } else {
            host.ifPresent(h -> target.addAll(h.pinnedCpus()));
            if (target.isEmpty()) t.machine().cpus().stream().filter(Topology.CpuInfo::enabled).forEach(c -> target.add(c.id()));
            if (target.isEmpty()) r.add("the machine has no enabled CPU");
        }
        // ITR options grouped by the domain that runs the driver, values in BDF order per driver.
        Map<String, Map<String, List<String>>> itr = new TreeMap<>();
        List<PciFunctionInfo> noItrOption = new ArrayList<>();
        for (PciFunctionInfo f : sorted(t.machine().functions())) {
            if (f.itrMode().isEmpty()) continue;
            String v = Integer.toString(f.itrMode().getAsInt());
            if (!ITR_DRIVERS.contains(f.driver())) {
                noItrOption.add(f); // the model's default ITR on a NIC whose driver has no such option: say so, don't guess
                continue;
            }
            if (!ITR_VALUE.matcher(v).matches()) {
                r.add(f.bdf() + ": ITR mode '" + Quoting.comment(v) + "' is not 0, 1, 3, 4 or an interrupt rate 100-100000");
                continue;
            }
            String owner = t.ownerOf(f.bdf()).map(DomainInfo::name).orElse("host");
            itr.computeIfAbsent(owner, k -> new TreeMap<>()).computeIfAbsent(f.driver(), k -> new ArrayList<>()).add(v);
        }
        r.throwIfAny();

        String mask = CpuList.smpAffinity(target);
        StringBuilder sh = new StringBuilder("#!/bin/sh\n");
        sh.append(Header.lines("# ", t, xen ? "Dom0 IRQ affinity (domain.md 7.5)" : "native IRQ affinity (domain.md 7.5)"));
        sh.append(xen
                ? "# Run in Dom0 as root. In Dom0 the mask selects Dom0 VCPUs: every IRQ goes to VCPU 0 (mask 1).\n"
                        + "# From Xen 4.1 the physical IRQ follows that VCPU's PCPU; Xen 3.4 only rebinds the event channel.\n"
                : "# Run as root on the native host. Target CPUs: " + CpuList.ranges(target) + " (mask " + mask + ").\n");
        sh.append("# Stop irqbalance first (service irqbalance stop), or it will undo these settings.\n");
        sh.append("set -u\nstatus=0\n\n");
        Map<Integer, List<PciFunctionInfo>> byGsi = new TreeMap<>();
        List<PciFunctionInfo> msi = new ArrayList<>();
        for (PciFunctionInfo f : sorted(t.machine().functions())) {
            Optional<DomainInfo> owner = t.ownerOf(f.bdf());
            boolean handledHere = owner.isEmpty() || owner.get().kind() == DomainKind.DOM0 || owner.get().kind() == DomainKind.NATIVE;
            if (!handledHere) continue;
            if (f.usesIoApicPin()) byGsi.computeIfAbsent(f.gsi().get(), k -> new ArrayList<>()).add(f);
            else if (f.interruptMode() != Topology.InterruptMode.INTX) msi.add(f);
        }
        // only the helpers the script calls: shellcheck flags a function nobody calls (SC2317)
        if (!byGsi.isEmpty() || !msi.isEmpty()) {
            sh.append("pin_irq() { # IRQ MASK LABEL\n");
            sh.append("\tif [ -w \"/proc/irq/$1/smp_affinity\" ]; then\n");
            sh.append("\t\techo \"$2\" > \"/proc/irq/$1/smp_affinity\" || { echo \"failed: IRQ $1 ($3)\" >&2; status=1; }\n");
            sh.append("\telse\n\t\techo \"missing: /proc/irq/$1 ($3)\" >&2; status=1\n\tfi\n}\n\n");
        }
        if (!byGsi.isEmpty()) {
            sh.append("check_gsi() { # BDF GSI: warn when the kernel routed the function elsewhere than the model says\n");
            sh.append("\tif [ -r \"/sys/bus/pci/devices/$1/irq\" ] && [ \"$(cat \"/sys/bus/pci/devices/$1/irq\")\" != \"$2\" ]; then\n");
            sh.append("\t\techo \"warning: $1 uses IRQ $(cat \"/sys/bus/pci/devices/$1/irq\"), the model says GSI $2\" >&2\n\tfi\n}\n\n");
        }
        if (!msi.isEmpty()) {
            sh.append("pin_msi() { # BDF MASK\n\tfound=0\n");
            sh.append("\tfor f in \"/sys/bus/pci/devices/$1/msi_irqs/\"*; do\n\t\t[ -e \"$f\" ] || continue\n\t\tfound=1\n");
            sh.append("\t\tpin_irq \"${f##*/}\" \"$2\" \"$1 MSI\"\n\tdone\n");
            sh.append("\tif [ \"$found\" = 0 ]; then echo \"no MSI IRQs for $1\" >&2; status=1; fi\n}\n\n");
        }
        try {
            for (var e : byGsi.entrySet()) {
                List<String> who = e.getValue().stream().map(f -> f.bdf() + " " + Quoting.comment(f.driver())).toList();
                sh.append("# GSI ").append(e.getKey()).append(e.getValue().size() > 1 ? " (shared): " : ": ").append(String.join(", ", who)).append('\n');
                for (PciFunctionInfo f : e.getValue()) sh.append("check_gsi ").append(Quoting.shell(f.bdf().toString())).append(' ').append(e.getKey()).append('\n');
                sh.append("pin_irq ").append(e.getKey()).append(' ').append(mask).append(' ')
                        .append(Quoting.shell(String.join(", ", e.getValue().stream().map(f -> f.bdf() + " " + f.driver()).toList()))).append('\n');
            }
            for (PciFunctionInfo f : msi) {
                sh.append("# ").append(f.bdf()).append(' ').append(Quoting.comment(f.driver())).append(" (").append(f.interruptMode()).append(")\n");
                sh.append("pin_msi ").append(Quoting.shell(f.bdf().toString())).append(' ').append(mask).append('\n');
            }
        } catch (Unquotable e) {
            r.add(e.getMessage());
        }
        r.throwIfAny();
        for (PciFunctionInfo f : noItrOption) {
            sh.append("# ").append(f.bdf()).append(": driver '").append(Quoting.comment(f.driver()))
                    .append("' has no InterruptThrottleRate option; set moderation with 'ethtool -C' instead\n");
        }
        sh.append("exit \"$status\"\n");

        List<GeneratedFile> files = new ArrayList<>();
        files.add(GeneratedFile.script("irq-affinity/irq-affinity.sh", sh.toString()));
        FileNames names = new FileNames();
        for (var e : itr.entrySet()) {
            StringBuilder conf = new StringBuilder(Header.lines("# ", t, "NIC interrupt throttling for " + Quoting.comment(e.getKey()) + " (/etc/modprobe.d)"));
            e.getValue().forEach((driver, values) -> conf.append("options ").append(driver).append(" InterruptThrottleRate=")
                    .append(String.join(",", values)).append('\n'));
            files.add(GeneratedFile.text("irq-affinity/modprobe.d/" + names.unique(e.getKey(), 0, "-itr.conf"), conf.toString()));
        }
        return files;
    }

    private static List<PciFunctionInfo> sorted(List<PciFunctionInfo> fs) {
        List<PciFunctionInfo> out = new ArrayList<>(fs);
        out.sort((a, b) -> a.bdf().compareTo(b.bdf()));
        return out;
    }

}
