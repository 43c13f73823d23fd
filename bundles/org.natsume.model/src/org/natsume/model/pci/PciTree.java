package org.natsume.model.pci;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.natsume.model.Machine;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.bdf.BdfFormatException;

/**
 * Navigation and placement in a machine's PCI tree (domain.md §2.1, §4.3): root buses hang off the machine, a bridge
 * holds its secondary bus. Importers (lspci) and the examples place functions with {@link #place}; everybody else reads
 * with {@link #functions} and {@link #find}.
 */
public final class PciTree {

    private PciTree() {
    }

    /** All functions in tree order (depth first: a bridge, then the functions behind it, then its next sibling). */
    public static List<PciFunction> functions(Machine machine) {
        List<PciFunction> out = new ArrayList<>();
        for (PciBus bus : machine.getPciRoots()) {
            collect(bus, out);
        }
        return out;
    }

    /** All buses in tree order. */
    public static List<PciBus> buses(Machine machine) {
        List<PciBus> out = new ArrayList<>();
        for (PciBus bus : machine.getPciRoots()) {
            collectBuses(bus, out);
        }
        return out;
    }

    private static void collect(PciBus bus, List<PciFunction> out) {
        for (PciFunction f : bus.getFunctions()) {
            out.add(f);
            if (f instanceof PciBridge b && b.getSecondaryBus() != null) {
                collect(b.getSecondaryBus(), out);
            }
        }
    }

    private static void collectBuses(PciBus bus, List<PciBus> out) {
        out.add(bus);
        for (PciFunction f : bus.getFunctions()) {
            if (f instanceof PciBridge b && b.getSecondaryBus() != null) {
                collectBuses(b.getSecondaryBus(), out);
            }
        }
    }

    /** The parsed BDF of a function, or empty when its bdf text is missing or malformed. */
    public static Optional<Bdf> bdf(PciFunction f) {
        return Optional.ofNullable(Bdf.tryParse(f.getBdf()));
    }

    /** The BDF text of a function in canonical form when it parses, else as written (for messages). */
    public static String bdfText(PciFunction f) {
        return bdf(f).map(Bdf::toString).orElse(f.getBdf() == null ? "<no BDF>" : f.getBdf());
    }

    public static Optional<PciFunction> find(Machine machine, Bdf bdf) {
        return functions(machine).stream().filter(f -> bdf(f).map(bdf::equals).orElse(false)).findFirst();
    }

    public static Optional<PciFunction> find(Machine machine, String bdfText) throws BdfFormatException {
        return find(machine, Bdf.parse(bdfText));
    }

    public static Optional<PciBus> findBus(Machine machine, int segment, int busNumber) {
        return buses(machine).stream().filter(b -> b.getSegment() == segment && b.getBusNumber() == busNumber)
                .findFirst();
    }

    /**
     * Puts {@code f} on the bus its BDF names and sets its bdf text to the canonical form. A missing bus becomes a new
     * root bus (lspci does not always show the bridge). Functions stay ordered by device and function number.
     */
    public static void place(Machine machine, PciFunction f, Bdf bdf) {
        f.setBdf(bdf.toString());
        PciBus bus = findBus(machine, bdf.segment(), bdf.bus()).orElseGet(() -> {
            PciBus b = NatsumeFactory.eINSTANCE.createPciBus();
            b.setSegment(bdf.segment());
            b.setBusNumber(bdf.bus());
            b.setId(busId(bdf.segment(), bdf.bus()));
            machine.getPciRoots().add(b);
            return b;
        });
        int index = 0;
        for (PciFunction existing : bus.getFunctions()) {
            Optional<Bdf> e = bdf(existing);
            if (e.isPresent() && e.get().compareTo(bdf) > 0) {
                break;
            }
            index++;
        }
        bus.getFunctions().add(index, f);
    }

    /** Gives a bridge a (new, empty) secondary bus with the given number. */
    public static PciBus attachSecondaryBus(PciBridge bridge, int busNumber) {
        int segment = bdf(bridge).map(Bdf::segment).orElse(0);
        PciBus b = NatsumeFactory.eINSTANCE.createPciBus();
        b.setSegment(segment);
        b.setBusNumber(busNumber);
        b.setId(busId(segment, busNumber));
        bridge.setSecondaryBus(b);
        return b;
    }

    public static String busId(int segment, int bus) {
        return String.format("bus-%04x-%02x", segment, bus);
    }
}
