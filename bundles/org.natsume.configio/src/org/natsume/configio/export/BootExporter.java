package org.natsume.configio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.natsume.configio.internal.CpuList;
import org.natsume.configio.internal.GuestChecks;
import org.natsume.configio.internal.Header;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Refusals;
import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.HypervisorInfo;
import org.natsume.topology.Topology.VcpuInfo;

// domain.md §7.1
/**
 * The Xen + Dom0 boot entry for GRUB legacy (Debian 5), the pciback hide list in both spellings, a modprobe.d file
 * for a modular pciback, and, when Dom0's pinning is not the identity that {@code dom0_vcpus_pin} gives, a script
 * with the equivalent {@code xm vcpu-pin} calls. GRUB legacy has no quoting at all, so paths with whitespace and
 * arguments with control characters are refused.
 */
public final class BootExporter implements ConfigExporter {

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.+_-]{1,32}");

    @Override
    public String id() {
        return "boot";
    }

    @Override
    public String description() {
        return "GRUB legacy entry for Xen + Dom0 (dom0_max_vcpus, sched=, iommu, pciback.hide)";
    }

    @Override
    public List<GeneratedFile> export(Topology t) throws ExportRefusedException {
        Refusals r = new Refusals(id());
        GuestChecks.requireHypervisor(t, r, "a Xen boot entry");
        r.throwIfAny();
        GuestChecks.checkGuests(t, r);
        HypervisorInfo h = t.hypervisor().get();
        DomainInfo dom0 = t.dom0().get();
        if (!VERSION.matcher(h.xenVersion()).matches()) r.add("Xen version '" + Quoting.comment(h.xenVersion()) + "' is not a version string");
        String sched = switch (h.scheduler()) {
            case CREDIT -> "credit";
            case SEDF -> "sedf";
            case CREDIT2 -> needs(h, 4, 1, "sched=credit2", r, "credit2");
            case RTDS -> needs(h, 4, 5, "sched=rtds", r, "rtds");
            case NULL -> needs(h, 4, 10, "sched=null", r, "null");
        };
        if (h.irqRatelimit() > 0 && !h.atLeast(4, 0)) r.add("irq_ratelimit=" + h.irqRatelimit() + " needs Xen 4.0+, the model says Xen " + Quoting.comment(h.xenVersion()));
        String xenPath = "/boot/xen-" + h.xenVersion() + ".gz";
        String kernel = dom0.kernel().orElse("/boot/vmlinuz-2.6.26-2-xen-686");
        String initrd = dom0.ramdisk().orElse("/boot/initrd.img-2.6.26-2-xen-686");
        String args = dom0.extra().orElse("root=/dev/sda1 ro console=tty0");
        grubWord(kernel, "Dom0 kernel path", r);
        grubWord(initrd, "Dom0 ramdisk path", r);
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                r.add(String.format(Locale.ROOT, "Dom0 kernel arguments contain control character U+%04X; a GRUB legacy line cannot carry it", (int) c));
                break;
            }
        }
        r.throwIfAny();

        List<Bdf> hide = new ArrayList<>();
        t.guests().forEach(d -> hide.addAll(d.passthroughBdfs()));
        hide.sort(null);
        StringBuilder hideList = new StringBuilder();
        hide.forEach(b -> hideList.append('(').append(b).append(')'));

        boolean identityPin = !dom0.vcpus().isEmpty() && dom0.vcpus().stream()
                .allMatch(v -> v.hardAffinity().size() == 1 && v.hardAffinity().first() == v.id());
        boolean pinned = dom0.vcpus().stream().anyMatch(v -> !v.hardAffinity().isEmpty());

        StringBuilder xen = new StringBuilder("kernel ").append(xenPath);
        if (dom0.memoryMiB() > 0) xen.append(" dom0_mem=").append(dom0.memoryMiB()).append('M');
        xen.append(" dom0_max_vcpus=").append(dom0.vcpus().size());
        if (identityPin) xen.append(" dom0_vcpus_pin");
        xen.append(" sched=").append(sched);
        if (!hide.isEmpty()) xen.append(" iommu=1");
        if (h.ackMethod() == Topology.AckMethod.OLD) xen.append(" ioapic_ack=old");
        if (h.irqRatelimit() > 0) xen.append(" irq_ratelimit=").append(h.irqRatelimit());
        xen.append(" loglvl=all");

        StringBuilder dom0Line = new StringBuilder("module ").append(kernel).append(' ').append(args.strip());
        if (!hide.isEmpty()) {
            dom0Line.append(" pciback.hide=").append(hideList).append(" xen-pciback.hide=").append(hideList);
        }

        StringBuilder grub = new StringBuilder();
        grub.append(Header.lines("# ", t, "Xen/Dom0 boot entry for GRUB legacy menu.lst (domain.md 7.1)"));
        grub.append("# pciback.hide= is read by classic xenlinux kernels with pciback built in, xen-pciback.hide= by\n");
        grub.append("# pvops kernels (3.1+); each kernel ignores the spelling it does not know.\n");
        grub.append("title Xen ").append(h.xenVersion()).append(" / ").append(Quoting.comment(t.name())).append(" (Natsume)\n");
        grub.append("\troot (hd0,0)\n");
        grub.append('\t').append(xen).append('\n');
        grub.append('\t').append(dom0Line).append('\n');
        grub.append("\tmodule ").append(initrd).append('\n');

        List<GeneratedFile> files = new ArrayList<>();
        files.add(GeneratedFile.text("boot/menu.lst", grub.toString()));
        if (!hide.isEmpty()) {
            String modprobe = Header.lines("# ", t, "pciback hide list for a modular pciback (/etc/modprobe.d/pciback.conf)")
                    + "options pciback hide=" + hideList + "\n"
                    + "options xen-pciback hide=" + hideList + "\n";
            files.add(GeneratedFile.text("boot/modprobe.d/pciback.conf", modprobe));
        }
        if (pinned && !identityPin) {
            StringBuilder sh = new StringBuilder("#!/bin/sh\n");
            sh.append(Header.lines("# ", t, "Dom0 VCPU pinning that dom0_vcpus_pin cannot express"));
            sh.append("# Run in Dom0 as root after boot (use 'xl' instead of 'xm' on Xen 4.1+).\n");
            sh.append("set -eu\n");
            for (VcpuInfo v : dom0.vcpus()) {
                if (!v.hardAffinity().isEmpty()) {
                    sh.append("xm vcpu-pin 0 ").append(v.id()).append(' ').append(CpuList.ranges(v.hardAffinity())).append('\n');
                }
            }
            files.add(GeneratedFile.script("boot/dom0-vcpu-pin.sh", sh.toString()));
        }
        return files;
    }

    private static String needs(HypervisorInfo h, int major, int minor, String option, Refusals r, String value) {
        if (!h.atLeast(major, minor)) {
            r.add(option + " needs Xen " + major + "." + minor + "+, the model says Xen " + Quoting.comment(h.xenVersion()));
        }
        return value;
    }

    private static void grubWord(String path, String what, Refusals r) {
        if (path.isEmpty() || path.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            r.add(what + " '" + Quoting.comment(path) + "' is empty or contains whitespace/control characters; GRUB legacy cannot quote it");
        }
    }
}
