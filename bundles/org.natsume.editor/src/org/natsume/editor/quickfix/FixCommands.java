package org.natsume.editor.quickfix;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.natsume.editor.commands.TopologyCommands;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.InterruptLine;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.NatsumePackage.Literals;
import org.natsume.model.PciFunction;
import org.natsume.model.Polarity;
import org.natsume.model.Topology;
import org.natsume.model.TriggerMode;
import org.natsume.model.Vcpu;
import org.natsume.model.analysis.Ownership;

/** The model edits quick fixes are made of, as EMF commands on the editor's editing domain. */
final class FixCommands {
    private final TopologyCommands commands;

    FixCommands(TopologyCommands commands) {
        this.commands = commands;
    }

    Topology topology() {
        return commands.topology();
    }

    TopologyCommands commands() {
        return commands;
    }

    Command set(EObject o, EStructuralFeature f, Object value) {
        return new SetCommand(commands.domain(), o, f, value);
    }

    Command add(EObject owner, EStructuralFeature f, Object value) {
        return new AddCommand(commands.domain(), owner, f, value);
    }

    Command remove(EObject owner, EStructuralFeature f, Object value) {
        return new RemoveCommand(commands.domain(), owner, f, value);
    }

    Command delete(EObject o) {
        return DeleteCommand.create(commands.domain(), o);
    }

    /** Pins {@code v} to {@code cpu} alone. */
    Command pin(Vcpu v, LogicalCpu cpu) {
        CompoundCommand c = new CompoundCommand("Pin VCPU " + v.getVcpuId() + " to CPU " + cpu.getCpuId());
        if (!v.getHardAffinity().isEmpty()) {
            c.append(new RemoveCommand(commands.domain(), v, Literals.VCPU__HARD_AFFINITY, v.getHardAffinity()));
        }
        c.append(add(v, Literals.VCPU__HARD_AFFINITY, cpu));
        return c;
    }

    /**
     * The GSI {@link #routeToFreeGsi} moves {@code f} to: the lowest PCI GSI (16 and up) of an IO-APIC that no other
     * active device uses — a declared idle line first, else an undeclared pin.
     */
    Optional<Integer> freeGsi(PciFunction f) {
        Machine m = topology().getMachine();
        Set<Integer> busy = new HashSet<>();
        Set<Integer> declared = new HashSet<>();
        for (InterruptLine l : m.getInterruptLines()) {
            declared.add(l.getGsi());
            if (l == f.getLine() || Ownership.activeSharers(l).stream().anyMatch(x -> x != f)) {
                busy.add(l.getGsi());
            }
        }
        Optional<Integer> idle = declared.stream().filter(g -> g >= 16 && !busy.contains(g) && covered(m, g))
                .min(Integer::compare);
        if (idle.isPresent()) {
            return idle;
        }
        for (IoApic a : m.getIoApics()) {
            for (int g = Math.max(16, a.getGsiBase()); g < a.getGsiBase() + a.getPinCount(); g++) {
                if (!declared.contains(g)) {
                    return Optional.of(g);
                }
            }
        }
        return Optional.empty();
    }

    /** Routes {@code f}'s INTx to {@link #freeGsi}, declaring the line if needed; the pin is programmed as firmware does. */
    Optional<Command> routeToFreeGsi(PciFunction f) {
        Optional<Integer> gsi = freeGsi(f);
        if (gsi.isEmpty()) {
            return Optional.empty();
        }
        Machine m = topology().getMachine();
        CompoundCommand c = new CompoundCommand("Route " + f.getName() + " to GSI " + gsi.get());
        InterruptLine target = m.getInterruptLines().stream().filter(l -> l.getGsi() == gsi.get()).findFirst()
                .orElse(null);
        if (target == null) {
            target = NatsumeFactory.eINSTANCE.createInterruptLine();
            target.setGsi(gsi.get());
            target.setTrigger(TriggerMode.LEVEL);
            target.setPolarity(Polarity.LOW);
            target.setId(commands.uniqueId("gsi" + gsi.get()));
            c.append(add(m, Literals.MACHINE__INTERRUPT_LINES, target));
        }
        c.append(set(f, Literals.PCI_FUNCTION__LINE, target));
        Command program = commands.programPin(target, target.getGsi());
        if (program != null) {
            c.append(program);
        }
        return Optional.of(c);
    }

    private static boolean covered(Machine m, int gsi) {
        return m.getIoApics().stream().anyMatch(a -> gsi >= a.getGsiBase() && gsi < a.getGsiBase() + a.getPinCount());
    }

    /**
     * The enabled CPU a VCPU of {@code d} should be pinned to: Dom0 takes the lowest; any other domain the enabled
     * CPU the fewest other domains' VCPUs use (an RT-VM's own PCPU, domain.md §5.2), lowest number first.
     */
    Optional<LogicalCpu> cpuFor(Domain d) {
        Machine m = topology().getMachine();
        if (m == null) {
            return Optional.empty();
        }
        Map<LogicalCpu, Integer> load = new HashMap<>();
        for (Domain other : topology().getDomains()) {
            if (other == d) {
                continue;
            }
            for (Vcpu v : other.getVcpus()) {
                v.getHardAffinity().forEach(c -> load.merge(c, 1, Integer::sum));
            }
        }
        Comparator<LogicalCpu> order = d.getKind() == DomainKind.DOM0 ? Comparator.comparingInt(LogicalCpu::getCpuId)
                : Comparator.<LogicalCpu>comparingInt(c -> load.getOrDefault(c, 0))
                        .thenComparingInt(LogicalCpu::getCpuId);
        return m.getCpus().stream().filter(LogicalCpu::isEnabled).min(order);
    }
}
