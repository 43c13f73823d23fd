package org.natsume.configio.lspci;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.natsume.model.bdf.Bdf;

/**
 * {@code /proc/interrupts}: the CPU count (its header row) and, per numbered IRQ, the interrupt chip/type and the
 * handler names (domain.md §7.5). Used to tell IO-APIC lines (GSIs) from MSI IRQs when lspci could not read the
 * capabilities, and to size the machine's CPU list.
 */
public record ProcInterrupts(String file, int cpuCount, Map<Integer, Irq> irqs, List<String> warnings) {

    public ProcInterrupts {
        irqs = Map.copyOf(irqs);
        warnings = List.copyOf(warnings);
    }

    /** The interrupt chip of a row; MSIX only as the answer of {@link #messageRowsOf}, rows themselves say MSI. */
    public enum Kind { IO_APIC, MSI, MSIX, XT_PIC, OTHER }

    /**
     * One numbered row: {@code type} as printed (e.g. "IO-APIC-fasteoi", "IO-APIC 16-fasteoi", "PCI-MSI 512000-edge").
     *
     * @param msiFunction for an MSI row whose chip names the function ("PCI-MSIX-0000:03:00.0" on 6.2+ kernels, or
     *                    the hwirq of "PCI-MSI 1572864-edge" on 4.x-6.1, which encodes segment/bus/devfn): that function.
     * @param msix        true when the chip says MSI-X ("PCI-MSIX-..."); the older hwirq form does not tell.
     */
    public record Irq(int number, String type, Kind kind, List<String> handlers, long total, Optional<Bdf> msiFunction,
            boolean msix) {
        public Irq {
            handlers = List.copyOf(handlers);
        }
    }

    /**
     * The message-signalled mode /proc/interrupts shows for a function: MSI-X when one of its rows is a PCI-MSIX chip,
     * MSI when it only has (undistinguished) PCI-MSI rows, empty when no MSI row names it.
     */
    public Optional<Kind> messageRowsOf(Bdf function) {
        boolean any = false;
        for (Irq i : irqs.values()) {
            if (i.msiFunction().filter(function::equals).isPresent()) {
                if (i.msix()) return Optional.of(Kind.MSIX);
                any = true;
            }
        }
        return any ? Optional.of(Kind.MSI) : Optional.empty();
    }

    public Optional<Irq> irq(int n) {
        return Optional.ofNullable(irqs.get(n));
    }
}
