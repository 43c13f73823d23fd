package org.natsume.configio.lspci;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.natsume.model.InterruptLine;
import org.natsume.model.InterruptMode;
import org.natsume.model.IntxPin;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.Nic;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.Polarity;
import org.natsume.model.Topology;
import org.natsume.model.TriggerMode;
import org.natsume.model.bdf.Bdf;

// domain.md §2.1, §4.3
/**
 * Maps a parsed lspci dump (and optionally /proc/interrupts) onto a model Machine: one PciFunction per function
 * (a Nic for class 0200, a PciBridge with its secondary bus for PCI bridges), placed on the bus tree that the
 * bridges' {@code Bus: secondary=..} lines describe; the interrupt mode from the MSI/MSI-X {@code Enable+} flags;
 * INTx functions grouped into InterruptLines by GSI, so sharing shows up as lines with several sharers.
 *
 * <p>Assumptions, each reported as a warning: IRQ numbers of INTx functions are GSIs (true for ACPI/IO-APIC
 * systems); IO-APICs have 24 pins at 0xFEC00000 + n*0x1000 with consecutive GSI bases (the dump does not show
 * them); APIC ids equal CPU numbers (real ones are in /proc/cpuinfo). When lspci could not read the capabilities
 * (not run as root), /proc/interrupts decides: an IRQ of type PCI-MSI means MSI, otherwise INTx.
 */
public final class BoardImporter {

    private static final NatsumeFactory F = NatsumeFactory.eINSTANCE;
    private static final int PINS_PER_IOAPIC = 24;
    /** The highest IRQ number taken for a GSI when it comes with MSI-X: above it Linux numbers dynamic IRQs (Xen Dom0: 1276). */
    private static final int MAX_GSI = 255;

    private BoardImporter() {
    }

    public static BoardImport importBoard(LspciDump dump, Optional<ProcInterrupts> interrupts) {
        List<String> warnings = new ArrayList<>(dump.warnings());
        interrupts.ifPresent(p -> warnings.addAll(p.warnings()));
        Topology t = F.createTopology();
        t.setId("topology");
        t.setName("Imported from " + dump.file());
        t.setDescription("Board imported from lspci -vvnn dump '" + dump.file() + "'"
                + interrupts.map(p -> " and '" + p.file() + "'").orElse(""));
        Machine m = F.createMachine();
        m.setId("machine");
        m.setName(dump.file());
        t.setMachine(m);
        dump.functions().stream().filter(f -> f.classCode() == 0x0600).findFirst()
                .ifPresent(host -> m.setBoard(host.description()));

        int cpuCount = interrupts.map(ProcInterrupts::cpuCount).orElse(0);
        if (cpuCount == 0) warnings.add("no /proc/interrupts given: the CPU count is unknown, add the CPUs to the machine by hand");
        for (int i = 0; i < cpuCount; i++) {
            LogicalCpu c = F.createLogicalCpu();
            c.setId("cpu" + i);
            c.setCpuId(i);
            c.setApicId(i);
            c.setEnabled(true);
            m.getCpus().add(c);
        }
        if (cpuCount > 0) warnings.add("APIC ids set equal to CPU numbers; check them against /proc/cpuinfo ('apicid')");

        Map<Bdf, PciFunction> byAddress = new HashMap<>();
        Map<String, PciBus> buses = new HashMap<>();
        Map<String, LspciFunction> busOwner = new HashMap<>();
        TreeMap<Integer, InterruptLine> lines = new TreeMap<>();
        int nics = 0;
        // bridges first, so that every secondary bus exists before functions are placed on it
        List<LspciFunction> ordered = new ArrayList<>(dump.functions());
        for (LspciFunction f : ordered) {
            if (f.isBridge() && !leadsDownstream(f)) {
                warnings.add(dump.file() + ":" + f.line() + ": bridge " + f.address() + " has secondary bus "
                        + String.format(Locale.ROOT, "%02x", f.bridgeBuses().get().secondary())
                        + ", not below its own bus (not configured by the firmware/kernel); imported without a secondary bus");
                continue;
            }
            if (f.isBridge()) {
                PciBus secondary = F.createPciBus();
                secondary.setSegment(f.address().segment());
                secondary.setBusNumber(f.bridgeBuses().get().secondary());
                secondary.setId(busId(f.address().segment(), f.bridgeBuses().get().secondary()));
                String k = key(f.address().segment(), secondary.getBusNumber());
                busOwner.putIfAbsent(k, f);
                if (buses.putIfAbsent(k, secondary) != null) {
                    warnings.add(dump.file() + ":" + f.line() + ": bus " + String.format(Locale.ROOT, "%02x", secondary.getBusNumber())
                            + " is the secondary bus of two bridges; keeping the first");
                }
            }
        }
        for (LspciFunction f : ordered) {
            Bdf a = f.address();
            if (byAddress.containsKey(a)) {
                // two lspci runs pasted into one file: a second element with the same BDF would break the model's ids
                warnings.add(dump.file() + ":" + f.line() + ": " + a + " appears a second time in the dump; keeping the first");
                continue;
            }
            if (f.unknownHeaderType()) {
                warnings.add(dump.file() + ":" + f.line() + ": " + a + " has an unknown header type (device not responding); imported without details");
            }
            PciFunction pf;
            if (f.isBridge()) {
                PciBridge br = F.createPciBridge();
                String k = key(a.segment(), f.bridgeBuses().get().secondary());
                // a bus hangs under one bridge only, and never at or above the bridge's own bus (that would be a cycle)
                if (busOwner.get(k) == f && leadsDownstream(f)) br.setSecondaryBus(buses.get(k));
                pf = br;
            } else if (f.isEthernet()) {
                pf = F.createNic();
                nics++;
            } else {
                pf = F.createPciFunction();
            }
            Bdf bdf = new Bdf(a.segment(), a.bus(), a.device(), a.function());
            pf.setId(String.format(Locale.ROOT, "pci-%04x-%02x-%02x.%x", a.segment(), a.bus(), a.device(), a.function()));
            pf.setBdf(bdf.toString());
            pf.setName(f.description());
            pf.setVendorId(f.vendorId());
            pf.setDeviceId(f.deviceId());
            pf.setClassCode((f.classCode() << 8) | f.progIf().orElse(0));
            f.driverInUse().ifPresent(pf::setDriver);
            pf.setIntxPin(f.intxPin().map(p -> IntxPin.get(p - 'A' + 1)).orElse(IntxPin.NONE));
            pf.setMsiCapable(f.msi().isPresent());
            pf.setMsixCapable(f.msix().isPresent());
            InterruptMode mode = mode(f, interrupts, warnings, dump.file());
            pf.setInterruptMode(mode);
            if (keepsLine(f, mode, interrupts, warnings, dump.file())) {
                int gsi = f.irq().get();
                InterruptLine line = lines.computeIfAbsent(gsi, g -> {
                    InterruptLine l = F.createInterruptLine();
                    l.setId("gsi-" + g);
                    l.setGsi(g);
                    l.setTrigger(TriggerMode.LEVEL);
                    l.setPolarity(Polarity.LOW);
                    return l;
                });
                pf.setLine(line);
            }
            placeOnBus(m, buses, pf, a);
            byAddress.put(a, pf);
        }
        m.getInterruptLines().addAll(lines.values());
        if (!lines.isEmpty()) {
            int maxGsi = lines.lastKey();
            int apics = maxGsi / PINS_PER_IOAPIC + 1;
            for (int i = 0; i < apics; i++) {
                IoApic io = F.createIoApic();
                io.setId("ioapic" + i);
                io.setIoApicId(i);
                io.setMmioBase(0xFEC00000L + 0x1000L * i);
                io.setPinCount(PINS_PER_IOAPIC);
                io.setGsiBase(i * PINS_PER_IOAPIC);
                m.getIoApics().add(io);
            }
            warnings.add(apics + " IO-APIC(s) of 24 pins assumed to cover GSIs 0-" + (apics * PINS_PER_IOAPIC - 1)
                    + "; check ids and addresses against the ACPI MADT (dmesg 'IOAPIC[')");
        }
        List<String> shared = new ArrayList<>();
        for (InterruptLine l : lines.values()) {
            List<PciFunction> intx = l.getSharers().stream().filter(f -> f.getInterruptMode() == InterruptMode.INTX).toList();
            if (intx.size() > 1) {
                List<String> who = intx.stream().map(PciFunction::getBdf).sorted().toList();
                // /proc/interrupts names the handlers on the line, which tells the user which interfaces share it
                String handlers = interrupts.flatMap(p -> p.irq(l.getGsi())).map(i -> " (" + String.join(", ", i.handlers()) + ")")
                        .orElse("");
                shared.add("GSI " + l.getGsi() + ": " + String.join(", ", who) + handlers);
            }
            if (intx.isEmpty()) continue;
            interrupts.flatMap(p -> p.irq(l.getGsi())).filter(i -> i.kind() == ProcInterrupts.Kind.MSI).ifPresent(i -> warnings.add(
                    "IRQ " + l.getGsi() + " is an INTx line in the lspci dump but " + i.type() + " in /proc/interrupts; check the dumps are from the same boot"));
        }
        return new BoardImport(t, byAddress.size(), nics, lines.size(), shared, warnings, dump.skippedLines());
    }

    /**
     * The function's interrupt mode. lspci's MSI/MSI-X {@code Enable+} decides when it could read the capabilities.
     * Without them (not root): /proc/interrupts rows that name the function (PCI-MSIX-&lt;bdf&gt;, or the hwirq of
     * PCI-MSI), then {@code DisINTx+} (set by the kernel when it enabled MSI/MSI-X; for MSI-X lspci still shows the
     * legacy IRQ, so the IRQ's row would wrongly say IO-APIC), then the type of the row of the IRQ lspci shows.
     */
    private static InterruptMode mode(LspciFunction f, Optional<ProcInterrupts> interrupts, List<String> warnings, String file) {
        if (f.msix().isPresent() && f.msix().get().enabled()) return InterruptMode.MSIX;
        if (f.msi().isPresent() && f.msi().get().enabled()) return InterruptMode.MSI;
        if (f.capabilitiesReadable()) return InterruptMode.INTX;
        Optional<ProcInterrupts.Kind> rows = interrupts.flatMap(p -> p.messageRowsOf(f.address()));
        if (rows.isPresent()) return rows.get() == ProcInterrupts.Kind.MSIX ? InterruptMode.MSIX : InterruptMode.MSI;
        if (f.intxDisabled() && f.hasRoutedIrq()) {
            warnings.add(file + ":" + f.line() + ": capabilities of " + f.address() + " were not readable (lspci not run as root); "
                    + "assumed MSI because INTx is disabled (Control: DisINTx+)");
            return InterruptMode.MSI;
        }
        if (f.hasRoutedIrq()) {
            Optional<ProcInterrupts.Irq> irq = interrupts.flatMap(p -> p.irq(f.irq().get()));
            if (irq.isPresent()) {
                return irq.get().kind() == ProcInterrupts.Kind.MSI ? InterruptMode.MSI : InterruptMode.INTX;
            }
            warnings.add(file + ":" + f.line() + ": capabilities of " + f.address() + " were not readable (lspci not run as root) "
                    + "and /proc/interrupts does not list IRQ " + f.irq().get() + "; assumed INTx");
        }
        return InterruptMode.INTX;
    }

    /**
     * Whether lspci's IRQ is the function's INTx routing. In INTx mode it is. With MSI enabled it is the first MSI
     * vector's IRQ, not a GSI. With MSI-X Linux leaves the legacy IRQ in place, so the routing is kept (docs/model.md)
     * unless the number cannot be an IO-APIC pin: a Xen Dom0 kernel shows a dynamic IRQ (e.g. 1276), and
     * /proc/interrupts may list the IRQ as message-signalled.
     */
    private static boolean keepsLine(LspciFunction f, InterruptMode mode, Optional<ProcInterrupts> interrupts,
            List<String> warnings, String file) {
        if (f.intxPin().isEmpty() || !f.hasRoutedIrq()) return false;
        if (mode == InterruptMode.INTX) return true;
        if (mode != InterruptMode.MSIX) return false;
        int irq = f.irq().get();
        boolean messageRow = interrupts.flatMap(p -> p.irq(irq)).filter(i -> i.kind() == ProcInterrupts.Kind.MSI).isPresent();
        if (irq > MAX_GSI || messageRow) {
            warnings.add(file + ":" + f.line() + ": " + f.address() + " uses MSI-X and shows IRQ " + irq
                    + ", which is not an IO-APIC pin" + (messageRow ? " (/proc/interrupts lists it as message-signalled)" : "")
                    + "; its INTx routing is not known");
            return false;
        }
        return true;
    }

    /** A configured bridge's secondary bus is numbered above the bus the bridge sits on; 00 means "not assigned". */
    private static boolean leadsDownstream(LspciFunction bridge) {
        return bridge.bridgeBuses().get().secondary() > bridge.address().bus();
    }

    private static void placeOnBus(Machine m, Map<String, PciBus> buses, PciFunction pf, Bdf a) {
        PciBus bus = buses.get(key(a.segment(), a.bus()));
        if (bus == null) {
            bus = F.createPciBus();
            bus.setSegment(a.segment());
            bus.setBusNumber(a.bus());
            bus.setId(busId(a.segment(), a.bus()));
            buses.put(key(a.segment(), a.bus()), bus);
            m.getPciRoots().add(bus); // no bridge leads here: a root bus (host bridge) of this segment
        }
        bus.getFunctions().add(pf);
    }

    private static String key(int segment, int bus) {
        return segment + ":" + bus;
    }

    private static String busId(int segment, int bus) {
        return String.format(Locale.ROOT, "bus-%04x-%02x", segment, bus);
    }
}
