package org.natsume.cli.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.natsume.cli.Args;
import org.natsume.cli.Command;
import org.natsume.cli.CommandContext;
import org.natsume.cli.ExitCodes;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.Hypervisor;
import org.natsume.model.InterruptLine;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.analysis.FanOut;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.pci.PciTree;

/**
 * {@code ./natsume describe FILE|--example NAME [--json]}: CPUs, devices by BDF, GSIs with their sharers, domains
 * with pinning and attachments, and the interrupt fan-out under BY_IRQ and BY_BDF (domain.md §3.2, §3.3).
 */
public final class DescribeCommand implements Command {

    @Override
    public String name() {
        return "describe";
    }

    @Override
    public String synopsis() {
        return "describe FILE|--example NAME [--json]";
    }

    @Override
    public String summary() {
        return "summarise a topology: CPUs, devices, GSIs and sharers, domains, interrupt fan-out per routing policy";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json");
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(TopologyInput.EXAMPLE);
    }

    @Override
    public int run(CommandContext ctx, Args args) throws Exception {
        Optional<TopologyInput.Loaded> loaded = TopologyInput.loadOrReport(ctx, args, name());
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        TopologyInput.Loaded in = loaded.get();
        if (args.flag("--json")) {
            ctx.out().print(DescribeJson.write(DescribeJson.document(in.topology(), in.label())));
        } else {
            text(ctx.out(), in.topology());
        }
        return ExitCodes.OK;
    }

    static void text(PrintStream out, Topology t) {
        out.println("Topology: " + t.getName());
        Machine m = t.getMachine();
        if (m != null) {
            out.println("Machine:  " + m.getName() + " (" + m.getBoard() + "; " + m.getCpuModel() + ", "
                    + String.format("%.2f GHz", m.getClockHz() / 1e9) + ")");
        }
        Hypervisor h = t.getHypervisor();
        out.println("Hypervisor: " + (h == null ? "none (bare metal)"
                : h.getName() + ", scheduler " + h.getScheduler() + ", routing " + h.getRoutingPolicy()
                        + ", IO-APIC target " + h.getIoapicTargetPolicy() + ", ack " + h.getAckMethod()));
        if (m != null) {
            long enabled = m.getCpus().stream().filter(LogicalCpu::isEnabled).count();
            out.println();
            out.println("CPUs (" + m.getCpus().size() + ", " + enabled + " enabled):");
            for (LogicalCpu c : m.getCpus()) {
                out.println(String.format("  cpu%-3d apic %-3d socket %d core %d thread %d  %s", c.getCpuId(),
                        c.getApicId(), c.getSocket(), c.getCore(), c.getThread(),
                        c.isEnabled() ? "enabled" : "disabled"));
            }
            List<PciFunction> functions = byBdf(PciTree.functions(m));
            out.println();
            out.println("Devices (" + functions.size() + "):");
            for (PciFunction f : functions) {
                String irq = f.getLine() == null ? "-" : "GSI " + f.getLine().getGsi();
                String caps = (f.isMsiCapable() ? " msi" : "") + (f.isMsixCapable() ? " msix" : "");
                out.println(String.format("  %s  %04x:%04x  %-13s INT%-4s %-7s %-5s%-9s owner %-9s %s",
                        PciTree.bdfText(f), f.getVendorId(), f.getDeviceId(),
                        f.getDriver() == null ? "-" : f.getDriver(),
                        f.getIntxPin() == org.natsume.model.IntxPin.NONE ? "-" : f.getIntxPin().getName(), irq,
                        f.getIntxPin() == org.natsume.model.IntxPin.NONE && f.getLine() == null ? "-"
                                : f.getInterruptMode().getName(),
                        caps,
                        Ownership.owner(t, f).map(Ownership::label).orElse("-"), f.getName()));
            }
            out.println();
            out.println("GSIs:");
            for (InterruptLine l : m.getInterruptLines()) {
                List<PciFunction> active = Ownership.activeSharers(l);
                out.println(String.format("  GSI %-3d %s/%s  sharers: %s  bound: %s%s", l.getGsi(), l.getTrigger(),
                        l.getPolarity(), String.join(", ", l.getSharers().stream()
                                .map(f -> PciTree.bdfText(f) + (active.contains(f) ? "" : " (" + f.getInterruptMode()
                                        + ")"))
                                .toList()),
                        names(Ownership.boundDomains(t, l)), active.size() > 1 ? "  SHARED" : ""));
            }
        }
        out.println();
        out.println("Domains:");
        for (Domain d : t.getDomains()) {
            out.println(String.format("  %-10s domid %d  %s %s  %d MiB  weight %d cap %d", d.getName(), d.getDomid(),
                    d.getKind(), d.getGuestType(), d.getMemoryMiB(), d.getWeight(), d.getCap()));
            for (Vcpu v : d.getVcpus()) {
                out.println("    vcpu" + v.getVcpuId() + " -> " + (v.getHardAffinity().isEmpty() ? "any PCPU"
                        : "PCPU " + String.join(",",
                                v.getHardAffinity().stream().map(c -> Integer.toString(c.getCpuId())).toList())));
            }
            for (DeviceAttachment a : d.getAttachments()) {
                out.println("    " + a.getMode() + " "
                        + (a.getFunction() == null ? "<no device>" : PciTree.bdfText(a.getFunction()))
                        + (a.getBackendDomain() == null ? "" : " backend " + Ownership.label(a.getBackendDomain()))
                        + (a.getBridge() == null ? "" : " bridge " + a.getBridge())
                        + (a.getMac() == null ? "" : " mac " + a.getMac()));
            }
        }
        out.println();
        out.println("Interrupt fan-out (domains notified per device interrupt):");
        out.println(String.format("  %-4s %-13s %-10s %-5s %-28s %s", "GSI", "device", "owner", "via", "BY_IRQ",
                "BY_BDF"));
        for (FanOut.LineFanOut line : FanOut.compute(t)) {
            for (FanOut.DeviceFanOut d : line.devices()) {
                out.println(String.format("  %-4d %-13s %-10s %-5s %-28s %s", line.gsi(), d.bdf(),
                        d.owner().map(Ownership::label).orElse("-"), d.usesLine() ? "line" : "msi",
                        names(d.byIrq()), names(d.byBdf())));
            }
        }
    }

    /** Functions sorted by BDF (malformed BDFs last, in tree order). */
    static List<PciFunction> byBdf(List<PciFunction> functions) {
        return functions.stream().sorted(java.util.Comparator.comparing(
                (PciFunction f) -> PciTree.bdf(f).orElse(null),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
    }

    private static String names(List<Domain> ds) {
        return ds.isEmpty() ? "-" : String.join(",", ds.stream().map(Ownership::label).toList());
    }
}
