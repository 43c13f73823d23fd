package org.natsume.editor.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.natsume.editor.diagram.DeviceKind;
import org.natsume.editor.figures.NodeFigure;
import org.natsume.editor.figures.Palette;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.ExternalHost;
import org.natsume.model.InterruptLine;
import org.natsume.model.InterruptMode;
import org.natsume.model.IntxPin;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.Vcpu;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.pci.PciTree;

/**
 * What each node figure says (domain.md §2.1, §2.2, §4.3): devices show name, BDF, driver and how they interrupt; lines
 * show the GSI and how many devices share it, in red when shared; domains are coloured by kind; CPUs show their APIC
 * id. {@link #DETAIL_BDF} is the detail line that direct edit of a BDF starts on.
 */
final class NodeRenderer {
    static final int DETAIL_BDF = 0;
    static final int TITLE_MAX = 26;

    private NodeRenderer() {
    }

    static boolean isContainer(EObject model) {
        return model instanceof PciBus || model instanceof Domain;
    }

    static void render(NodeFigure f, EObject model) {
        List<String> d = new ArrayList<>();
        String tag = null;
        if (model instanceof PciFunction fn) {
            DeviceKind kind = DeviceKind.of(fn);
            f.setTitle(shorten(name(fn.getName(), kind.label())));
            d.add(fn.getBdf() == null ? "(no BDF)" : fn.getBdf());
            d.add(fn.getDriver() == null || fn.getDriver().isBlank() ? "no driver" : "driver " + fn.getDriver());
            if (fn instanceof PciBridge b) {
                d.add(b.getSecondaryBus() == null ? "no secondary bus"
                        : String.format("→ bus %02x", b.getSecondaryBus().getBusNumber()));
            } else if (fn.getInterruptMode() != InterruptMode.INTX) {
                d.add(fn.getInterruptMode().getLiteral() + " (own vector)");
            } else if (fn.getIntxPin() != IntxPin.NONE) {
                d.add("INT" + fn.getIntxPin().getLiteral() + "# → " + (fn.getLine() == null ? "unrouted"
                        : "GSI " + fn.getLine().getGsi()));
            }
            f.setStyle(Palette.device(kind), Palette.BORDER, 1);
        } else if (model instanceof InterruptLine line) {
            int sharers = Ownership.activeSharers(line).size();
            f.setTitle("GSI " + line.getGsi());
            d.add(line.getTrigger().getLiteral().toLowerCase() + ", active " + line.getPolarity().getLiteral().toLowerCase());
            d.add(sharers + " INTx sharer" + (sharers == 1 ? "" : "s")
                    + (line.getSharers().size() > sharers ? " (+" + (line.getSharers().size() - sharers) + " MSI)" : ""));
            if (sharers > 1) {
                tag = "SHARED by " + sharers;
                f.setStyle(Palette.LINE_SHARED, Palette.LINE_SHARED_BORDER, 3);
            } else {
                f.setStyle(Palette.LINE, Palette.BORDER, 1);
            }
        } else if (model instanceof Domain dom) {
            f.setTitle(Ownership.label(dom));
            d.add(kindLabel(dom.getKind()) + " · domid " + dom.getDomid() + " · " + dom.getGuestType().getLiteral());
            d.add(dom.getMemoryMiB() + " MiB · weight " + dom.getWeight());
            f.setStyle(Palette.domain(dom.getKind()), Palette.BORDER, dom.getKind() == DomainKind.RT_VM ? 2 : 1);
        } else if (model instanceof Vcpu v) {
            f.setTitle("vcpu" + v.getVcpuId());
            d.add(v.getHardAffinity().isEmpty() ? "unpinned" : "pinned to CPU " + v.getHardAffinity().stream()
                    .map(c -> String.valueOf(c.getCpuId())).collect(Collectors.joining(",")));
            f.setStyle(Palette.VCPU, Palette.BORDER, 1);
        } else if (model instanceof LogicalCpu cpu) {
            f.setTitle("CPU " + cpu.getCpuId());
            d.add("APIC " + cpu.getApicId() + " · core " + cpu.getCore() + "." + cpu.getThread());
            if (!cpu.isEnabled()) {
                d.add("disabled");
            }
            f.setStyle(cpu.isEnabled() ? Palette.CPU : Palette.CPU_DISABLED, Palette.BORDER, 1);
        } else if (model instanceof IoApic a) {
            f.setTitle("IO-APIC " + a.getIoApicId());
            d.add("GSI " + a.getGsiBase() + "–" + (a.getGsiBase() + a.getPinCount() - 1));
            d.add(String.format("MMIO 0x%08x", a.getMmioBase()));
            f.setStyle(Palette.IOAPIC, Palette.BORDER, 1);
        } else if (model instanceof PciBus bus) {
            f.setTitle(String.format("PCI bus %04x:%02x", bus.getSegment(), bus.getBusNumber()));
            if (bus.eContainer() instanceof PciBridge b) {
                d.add("behind bridge " + PciTree.bdfText(b));
            } else {
                d.add("root bus");
            }
            f.setStyle(Palette.BUS, Palette.BORDER, 1);
        } else if (model instanceof ExternalHost h) {
            f.setTitle(name(h.getName(), "host"));
            d.add(h.getRole().getLiteral().toLowerCase().replace('_', ' '));
            f.setStyle(Palette.HOST, Palette.BORDER, 1);
        }
        f.setDetails(d);
        f.setTag(tag, Palette.LINE_SHARED_BORDER);
    }

    static String kindLabel(DomainKind kind) {
        return switch (kind) {
        case DOM0 -> "Dom0";
        case DOMU -> "DomU";
        case RT_VM -> "RT-VM";
        case NATIVE -> "native OS";
        };
    }

    /** Long PCI names ("NIC-A 82567LM-2 Gigabit Network Connection") are cut so boxes stay compact. */
    static String shorten(String s) {
        return s.length() <= TITLE_MAX ? s : s.substring(0, TITLE_MAX - 1).strip() + "…";
    }

    private static String name(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }
}
