package org.natsume.model.edit;

import java.util.stream.Collectors;

import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.ExternalHost;
import org.natsume.model.InterruptLine;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.NetworkLink;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.TimingValue;
import org.natsume.model.Vcpu;
import org.natsume.model.Workload;
import org.natsume.model.pci.PciTree;
import org.natsume.model.timing.TimingParameter;

/**
 * Labels a Xen/PCI person recognises at a glance (domain.md §1, §2): functions by BDF, lines by GSI, VCPUs with their
 * pinning, timing values with their unit. Used by {@link NatsumeEditAdapterFactory}; returns null for objects it has
 * no better label for, so the generated label stays.
 */
public final class NatsumeLabels {

    private NatsumeLabels() {
    }

    public static String text(Object o) {
        if (o instanceof PciFunction f) {
            String name = f.getName() == null ? "" : " " + f.getName();
            return PciTree.bdfText(f) + name;
        }
        if (o instanceof InterruptLine l) {
            int n = l.getSharers().size();
            return "GSI " + l.getGsi() + " (" + lower(l.getTrigger().getName()) + ", active " + lower(l.getPolarity().getName())
                    + ", " + n + (n == 1 ? " sharer)" : " sharers)");
        }
        if (o instanceof LogicalCpu c) {
            return "PCPU " + c.getCpuId() + " (APIC " + c.getApicId() + ", core " + c.getCore() + ", thread "
                    + c.getThread() + (c.isEnabled() ? ")" : ", disabled)");
        }
        if (o instanceof Vcpu v) {
            String pins = v.getHardAffinity().isEmpty() ? "any PCPU"
                    : "PCPU " + v.getHardAffinity().stream().map(c -> Integer.toString(c.getCpuId()))
                            .collect(Collectors.joining(","));
            return "VCPU " + v.getVcpuId() + " → " + pins;
        }
        if (o instanceof Domain d) {
            return (d.getName() == null ? "domain" : d.getName()) + " (" + d.getKind().getName() + ", domid "
                    + d.getDomid() + ")";
        }
        if (o instanceof DeviceAttachment a) {
            String dev = a.getFunction() == null ? "no device" : PciTree.bdfText(a.getFunction());
            String backend = a.getBackendDomain() == null ? "" : " via " + a.getBackendDomain().getName();
            return a.getMode().getName() + " " + dev + backend;
        }
        if (o instanceof PciBus b) {
            return String.format("PCI bus %04x:%02x", b.getSegment(), b.getBusNumber());
        }
        if (o instanceof IoApic a) {
            return "IO-APIC " + a.getIoApicId() + " (GSI " + a.getGsiBase() + "–" + (a.getGsiBase() + a.getPinCount() - 1)
                    + String.format(", 0x%08x)", a.getMmioBase());
        }
        if (o instanceof RedirectionEntry e) {
            if (e.isMasked()) {
                return "Pin " + e.getPin() + ": masked";
            }
            return String.format("Pin %d: vector 0x%02x, %s/%s → 0x%02x, %s, active %s", e.getPin(), e.getVector(),
                    e.getDeliveryMode().getName(), e.getDestinationMode().getName(), e.getDestination(),
                    lower(e.getTrigger().getName()), lower(e.getPolarity().getName()));
        }
        if (o instanceof TimingValue tv) {
            String unit = TimingParameter.bySymbol(tv.getSymbol()).map(p -> " " + p.unit()).orElse(" (unknown symbol)");
            return tv.getSymbol() + " = " + tv.getValue() + unit;
        }
        if (o instanceof NetworkLink l) {
            return (l.getNic() == null ? "?" : PciTree.bdfText(l.getNic())) + " ↔ "
                    + (l.getHost() == null ? "?" : l.getHost().getName()) + " (" + l.getRateBps() / 1_000_000 + " Mb/s)";
        }
        if (o instanceof ExternalHost h) {
            return h.getName() + " (" + h.getRole().getName() + ")";
        }
        if (o instanceof Workload w) {
            return w.getName() + (w.getDomain() == null ? "" : " → " + w.getDomain().getName())
                    + (w.isEnabled() ? "" : " (disabled)");
        }
        return null;
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
