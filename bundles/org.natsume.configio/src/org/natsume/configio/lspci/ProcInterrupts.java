package org.natsume.configio.lspci;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    public enum Kind { IO_APIC, MSI, XT_PIC, OTHER }

    /** One numbered row: {@code type} as printed (e.g. "IO-APIC-fasteoi", "IO-APIC 16-fasteoi", "PCI-MSI 512000-edge"). */
    public record Irq(int number, String type, Kind kind, List<String> handlers, long total) {
        public Irq {
            handlers = List.copyOf(handlers);
        }
    }

    public Optional<Irq> irq(int n) {
        return Optional.ofNullable(irqs.get(n));
    }
}
