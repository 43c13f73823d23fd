package org.natsume.editor.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.natsume.editor.diagram.NodeKind;
import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.InterruptLine;
import org.natsume.model.InterruptMode;
import org.natsume.model.IoApicTargetPolicy;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.NatsumePackage.Literals;
import org.natsume.model.PciFunction;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.TimingValue;
import org.natsume.model.Vcpu;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.ioapic.PinProgramming;
import org.natsume.model.pci.PciTree;
import org.natsume.model.validation.Finding;
import org.natsume.editor.commands.TopologyCommands;

/**
 * The quick fixes of the built-in validation rules (docs/model.md's rule table): what the finding's message proposes,
 * as commands, contributed to {@code org.natsume.editor.quickFixes} once per rule id in this bundle's plugin.xml. A
 * rule without an obvious fix offers none. The objects a fix edits come from the finding, main object first, in the
 * order the rule lists them.
 */
public final class BuiltInQuickFixes implements QuickFixProvider {

    @Override
    public void fixes(Finding f, TopologyCommands commands, List<QuickFix> out) {
        FixCommands fx = new FixCommands(commands);
        List<EObject> o = f.objects();
        switch (f.rule()) {
        case "shared-gsi-passthrough" -> sharedLine(out, fx, (PciFunction) o.get(1), (PciFunction) o.get(2),
                (Domain) o.get(3));
        case "msi-on-shared-line" -> {
            PciFunction d = (PciFunction) o.get(0);
            out.add(toMsi(d));
        }
        case "rtvm-pcpu-sharing" -> {
            Domain rt = (Domain) o.get(2);
            fx.cpuFor(rt).ifPresent(cpu -> out.add(new QuickFix("Re-pin " + rt.getName() + " to CPU "
                    + cpu.getCpuId(), "Pins every VCPU of the RT-VM to CPU " + cpu.getCpuId() + ", the enabled CPU"
                    + " the fewest other domains use.", true, (c, m) -> repin(new FixCommands(c), m.get(rt),
                            m.get(cpu)))));
        }
        case "gsi-routing" -> gsiRouting(out, fx, f);
        case "vcpu-unpinned" -> {
            Vcpu v = (Vcpu) o.get(0);
            Domain d = (Domain) o.get(1);
            fx.cpuFor(d).ifPresent(cpu -> out.add(new QuickFix("Pin " + d.getName() + " VCPU " + v.getVcpuId()
                    + " to CPU " + cpu.getCpuId(), "Draws the pinning "
                    + (d.getKind() == DomainKind.DOM0 ? "to the first enabled CPU, where Dom0 runs in the paper."
                            : "to the enabled CPU the fewest other domains use."),
                    false, (c, m) -> new FixCommands(c).pin(m.get(v), m.get(cpu)))));
        }
        case "pinning-target" -> {
            Vcpu v = (Vcpu) o.get(0);
            LogicalCpu bad = (LogicalCpu) o.get(1);
            Domain d = (Domain) o.get(2);
            if (!bad.isEnabled() && bad.eContainer() == commands.topology().getMachine()) {
                out.add(new QuickFix("Enable CPU " + bad.getCpuId(), "Marks the CPU enabled (online).", false,
                        (c, m) -> new FixCommands(c).set(m.get(bad), Literals.LOGICAL_CPU__ENABLED, true)));
            }
            fx.cpuFor(d).ifPresent(cpu -> out.add(new QuickFix("Pin VCPU " + v.getVcpuId() + " to CPU "
                    + cpu.getCpuId() + " instead", "Replaces the pinning by one to an enabled CPU.", false,
                    (c, m) -> new FixCommands(c).pin(m.get(v), m.get(cpu)))));
        }
        case "domain-vcpu" -> {
            Domain d = (Domain) o.get(0);
            out.add(new QuickFix("Add a VCPU to " + d.getName(), "Adds VCPU 0, pinned to an enabled CPU.", false,
                    (c, m) -> addVcpu(new FixCommands(c), m.get(d))));
        }
        case "domain-memory" -> {
            Domain d = (Domain) o.get(0);
            out.add(new QuickFix("Give " + d.getName() + " 512 MiB", "Sets memoryMiB to 512, as the paper's guests.",
                    false, (c, m) -> new FixCommands(c).set(m.get(d), Literals.DOMAIN__MEMORY_MI_B, 512)));
        }
        case "machine" -> machine(out, f);
        case "driver-domain" -> driverDomain(out, f);
        case "attachment" -> {
            DeviceAttachment a = (DeviceAttachment) o.get(0);
            if (a.getFunction() == null) {
                out.add(new QuickFix("Delete the attachment", "Removes the attachment that names no device.", false,
                        (c, m) -> new FixCommands(c).delete(m.get(a))));
            } else if (a.getMode() == AttachmentMode.EMULATED) {
                out.add(new QuickFix("Pass " + name(a.getFunction()) + " through instead",
                        "Sets the attachment's mode to PASSTHROUGH.", false, (c, m) -> new FixCommands(c)
                                .set(m.get(a), Literals.DEVICE_ATTACHMENT__MODE, AttachmentMode.PASSTHROUGH)));
            } else {
                out.add(new QuickFix("Attach " + name(a.getFunction()) + " NATIVE", "Without a hypervisor the"
                        + " operating system drives the device itself.", false, (c, m) -> new FixCommands(c)
                                .set(m.get(a), Literals.DEVICE_ATTACHMENT__MODE, AttachmentMode.NATIVE)));
            }
        }
        case "attached-twice" -> {
            for (EObject x : o) {
                if (x instanceof DeviceAttachment extra) {
                    out.add(new QuickFix("Remove " + ((Domain) extra.eContainer()).getName() + "'s attachment",
                            "Deletes this domain's " + extra.getMode() + " attachment of the device; the others"
                                    + " keep it.", false, (c, m) -> new FixCommands(c).delete(m.get(extra))));
                }
            }
        }
        case "vif-backend" -> {
            DeviceAttachment a = (DeviceAttachment) o.get(0);
            Ownership.driverDomain(commands.topology()).filter(b -> b != a.eContainer()).ifPresent(b -> out.add(
                    new QuickFix("Back the vif by " + b.getName(), "Sets backendDomain to the driver domain.", false,
                            (c, m) -> new FixCommands(c).set(m.get(a), Literals.DEVICE_ATTACHMENT__BACKEND_DOMAIN,
                                    m.get(b)))));
        }
        case "pin-to-rtvm-cpu" -> out.add(new QuickFix("Use Xen's default IO-APIC target",
                "Sets ioapicTargetPolicy to XEN_DEFAULT (proposal 1 off).", true, (c, m) -> new FixCommands(c)
                        .set(c.topology().getHypervisor(), Literals.HYPERVISOR__IOAPIC_TARGET_POLICY,
                                IoApicTargetPolicy.XEN_DEFAULT)));
        case "timing" -> {
            TimingValue v = (TimingValue) o.get(0);
            out.add(new QuickFix("Remove '" + v.getSymbol() + "' (use the default)", "Deletes the value, so the"
                    + " parameter takes its documented default.", false, (c, m) -> new FixCommands(c).delete(m.get(v))));
        }
        case "unique-id" -> {
            EObject dup = o.get(0);
            out.add(new QuickFix("Give this " + dup.eClass().getName() + " a new id", "Sets a fresh id; references"
                    + " follow the object.", false, (c, m) -> new FixCommands(c).set(m.get(dup),
                            Literals.IDENTIFIED__ID, c.uniqueId(String.valueOf(dup.eGet(Literals.IDENTIFIED__ID))))));
        }
        default -> {
        }
        }
    }

    private static void sharedLine(List<QuickFix> out, FixCommands fx, PciFunction rtDevice, PciFunction other,
            Domain rt) {
        for (PciFunction d : List.of(other, rtDevice)) {
            if (d.isMsiCapable() && d.getInterruptMode() == InterruptMode.INTX) {
                out.add(toMsi(d));
            }
        }
        fx.freeGsi(rtDevice).ifPresent(gsi -> out.add(new QuickFix("Move " + name(rtDevice) + " to GSI " + gsi,
                "Routes the device's INTx to GSI " + gsi + ", which no other device uses (as another slot would),"
                        + " and programs that pin as firmware does.", true,
                (c, m) -> new FixCommands(c).routeToFreeGsi(m.get(rtDevice)).orElse(null))));
        out.add(new QuickFix("Route by BDF (proposal 2)", "Sets the hypervisor's routingPolicy to BY_BDF: Xen"
                + " notifies only the owner of the asserting device, at the cost of a status read per sharer.", true,
                (c, m) -> c.setRoutingPolicy(RoutingPolicies.BY_BDF)));
        List<LogicalCpu> pcpus = rt.getVcpus().stream().flatMap(v -> v.getHardAffinity().stream()).distinct()
                .toList();
        if (pcpus.size() == 1 && fx.topology().getHypervisor()
                .getIoapicTargetPolicy() != IoApicTargetPolicy.PIN_TO_RTVM_CPU) {
            out.add(new QuickFix("Steer the pin to " + rt.getName() + "'s CPU " + pcpus.get(0).getCpuId()
                    + " (proposal 1)", "Sets ioapicTargetPolicy to PIN_TO_RTVM_CPU: the RT-VM's interrupts arrive on"
                    + " its own PCPU without a kick IPI. The line stays shared, so under BY_IRQ the error remains.",
                    true, (c, m) -> new FixCommands(c).set(c.topology().getHypervisor(),
                            Literals.HYPERVISOR__IOAPIC_TARGET_POLICY, IoApicTargetPolicy.PIN_TO_RTVM_CPU)));
        }
    }

    private static QuickFix toMsi(PciFunction d) {
        return new QuickFix("Switch " + name(d) + " to MSI", "Sets the device's interruptMode to MSI: it gets"
                + " its own vector and stops asserting the shared line.", true, (c, m) -> new FixCommands(c)
                        .set(m.get(d), Literals.PCI_FUNCTION__INTERRUPT_MODE, InterruptMode.MSI));
    }

    /**
     * The device as a fix's label names it: its name, with its BDF when another function of the machine has the same
     * name (drawn devices are all called "NIC" or "Device" until renamed, and two fixes must not read alike).
     */
    static String name(PciFunction d) {
        String n = d.getName() == null || d.getName().isBlank() ? PciTree.bdfText(d) : d.getName();
        if (!(EcoreUtil.getRootContainer(d) instanceof org.natsume.model.Topology t) || t.getMachine() == null) {
            return n;
        }
        boolean clash = PciTree.functions(t.getMachine()).stream().anyMatch(o -> o != d && n.equals(o.getName()));
        return clash ? n + " (" + PciTree.bdfText(d) + ")" : n;
    }

    private static void gsiRouting(List<QuickFix> out, FixCommands fx, Finding f) {
        List<EObject> o = f.objects();
        if (o.get(0) instanceof RedirectionEntry rte && o.get(1) instanceof InterruptLine line) {
            Machine machine = fx.topology().getMachine();
            PinProgramming.Setting s = PinProgramming.firmware(machine, line, rte);
            out.add(new QuickFix(String.format("Program pin %d as firmware does (%s/%s, vector 0x%02X)",
                    rte.getPin(), s.trigger(), s.polarity(), s.vector()), "Unmasks the redirection entry and gives it"
                            + " the line's trigger and polarity, a free vector and Xen's default destination.",
                    false, (c, m) -> c.programPin(m.get(line), m.get(line).getGsi())));
            return;
        }
        InterruptLine line = (InterruptLine) o.get(0);
        if (o.size() > 1 && o.get(1) instanceof InterruptLine first) {
            out.add(new QuickFix("Merge into the first GSI " + first.getGsi() + " line", "Routes this line's devices"
                    + " to the first declaration and deletes this one.", false, (c, m) -> {
                        FixCommands x = new FixCommands(c);
                        CompoundCommand cc = new CompoundCommand("Merge GSI " + first.getGsi());
                        for (PciFunction d : List.copyOf(m.get(line).getSharers())) {
                            cc.append(x.set(d, Literals.PCI_FUNCTION__LINE, m.get(first)));
                        }
                        cc.append(x.delete(m.get(line)));
                        return cc;
                    }));
            return;
        }
        Optional<PciFunction> user = Ownership.activeSharers(line).stream().findFirst();
        user.flatMap(fx::freeGsi).ifPresent(gsi -> out.add(new QuickFix("Move " + name(user.get()) + " to GSI "
                + gsi, "Routes the device to a GSI an IO-APIC covers and programs its pin.", false,
                (c, m) -> new FixCommands(c).routeToFreeGsi(m.get(user.get())).orElse(null))));
    }

    private static void machine(List<QuickFix> out, Finding f) {
        if (!(f.objects().get(0) instanceof Machine machine)) {
            return;
        }
        if (f.message().contains("no enabled CPU") && !machine.getCpus().isEmpty()) {
            LogicalCpu cpu = machine.getCpus().get(0);
            out.add(new QuickFix("Enable CPU " + cpu.getCpuId(), "Marks the first CPU enabled.", false,
                    (c, m) -> new FixCommands(c).set(m.get(cpu), Literals.LOGICAL_CPU__ENABLED, true)));
        } else if (f.message().contains("no enabled CPU")) {
            out.add(new QuickFix("Add a CPU", "Adds CPU 0.", false, (c, m) -> c.create(NodeKind.CPU, null, 40, 40)));
        }
        if (f.message().contains("no IO-APIC")) {
            out.add(new QuickFix("Add a 24-pin IO-APIC", "Adds an IO-APIC covering GSI 0-23; the pins of lines"
                    + " devices use are programmed as firmware does, the others stay masked.", false,
                    (c, m) -> addIoApic(new FixCommands(c), m.get(machine))));
        }
    }

    private static void driverDomain(List<QuickFix> out, Finding f) {
        EObject main = f.objects().get(0);
        if (main instanceof Domain d && f.objects().size() > 1) {
            out.add(new QuickFix("Make " + d.getName() + " a DomU", "Sets the domain's kind to DOMU.", false,
                    (c, m) -> new FixCommands(c).set(m.get(d), Literals.DOMAIN__KIND, DomainKind.DOMU)));
        } else if (main instanceof Domain d) {
            out.add(new QuickFix("Make " + d.getName() + " NATIVE", "Without a hypervisor the domain is the"
                    + " bare-metal operating system.", false,
                    (c, m) -> new FixCommands(c).set(m.get(d), Literals.DOMAIN__KIND, DomainKind.NATIVE)));
        } else if (main instanceof org.natsume.model.Hypervisor) {
            out.add(new QuickFix("Add a Dom0 on the first CPU", "Adds a Dom0 with one VCPU pinned to the first"
                    + " enabled CPU.", false, (c, m) -> {
                        FixCommands x = new FixCommands(c);
                        Domain dom0 = NatsumeFactory.eINSTANCE.createDomain();
                        dom0.setKind(DomainKind.DOM0);
                        dom0.setId(c.uniqueId("dom0"));
                        // a name no other domain has: the unique-domain-name rule would refuse a second "Dom0"
                        dom0.setName(freeDomainName(c.topology(), "Dom0"));
                        Vcpu v = NatsumeFactory.eINSTANCE.createVcpu();
                        v.setId(dom0.getId() + "-vcpu0");
                        dom0.getVcpus().add(v);
                        x.cpuFor(dom0).ifPresent(cpu -> v.getHardAffinity().add(cpu));
                        return x.add(c.topology(), Literals.TOPOLOGY__DOMAINS, dom0);
                    }));
        }
    }

    private static String freeDomainName(org.natsume.model.Topology t, String base) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        t.getDomains().forEach(d -> taken.add(d.getName()));
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    private static org.eclipse.emf.common.command.Command addIoApic(FixCommands fx, Machine m) {
        org.natsume.model.IoApic a = fx.commands().newIoApic(m);
        // a new object, not yet in the model: it is built directly, and the one AddCommand makes it undoable
        for (InterruptLine line : m.getInterruptLines()) {
            int pin = line.getGsi() - a.getGsiBase();
            if (pin >= 0 && pin < a.getPinCount() && !Ownership.activeSharers(line).isEmpty()) {
                RedirectionEntry e = a.getEntries().get(pin);
                PinProgramming.apply(PinProgramming.firmware(m, line, e, a.getEntries()), e);
            }
        }
        return fx.add(m, Literals.MACHINE__IO_APICS, a);
    }

    private static org.eclipse.emf.common.command.Command repin(FixCommands fx, Domain rt, LogicalCpu cpu) {
        CompoundCommand c = new CompoundCommand("Re-pin " + rt.getName());
        rt.getVcpus().forEach(v -> c.append(fx.pin(v, cpu)));
        return c;
    }

    private static org.eclipse.emf.common.command.Command addVcpu(FixCommands fx, Domain d) {
        Vcpu v = NatsumeFactory.eINSTANCE.createVcpu();
        v.setVcpuId(0);
        v.setId(d.getId() + "-vcpu0");
        fx.cpuFor(d).ifPresent(cpu -> v.getHardAffinity().add(cpu));
        return fx.add(d, Literals.DOMAIN__VCPUS, v);
    }
}
