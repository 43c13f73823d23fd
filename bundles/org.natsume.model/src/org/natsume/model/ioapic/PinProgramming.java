package org.natsume.model.ioapic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.natsume.model.DeliveryMode;
import org.natsume.model.DestinationMode;
import org.natsume.model.InterruptLine;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.Polarity;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.TriggerMode;

/**
 * The IO-APIC pin behind a GSI and how firmware and Xen program it when a PCI device's INTx line is wired to it
 * (domain.md §4.1, §4.3): the line's trigger and polarity (PCI INTx is LEVEL/LOW), unmasked, a free vector, and
 * Xen 3.4's "flat" destination (lowest priority, logical, every online CPU) — or the first online CPU in physical
 * mode once a CPU number no longer fits the 8-bit logical mask. One place for the editor's wiring, the quick fixes,
 * the built-in examples and the validation rule that checks the result.
 */
public final class PinProgramming {

    /** Lowest vector Xen hands out to devices (FIRST_DYNAMIC_VECTOR); vectors below are exceptions and the legacy PIC. */
    public static final int FIRST_DEVICE_VECTOR = 0x20;
    /** Highest vector a device may use; 0xF0 and up are Xen's own (IPIs, timer, spurious). */
    public static final int LAST_DEVICE_VECTOR = 0xEF;

    /** What one redirection entry should hold. */
    public record Setting(int vector, DeliveryMode deliveryMode, DestinationMode destinationMode, int destination,
            TriggerMode trigger, Polarity polarity, boolean masked) {
    }

    private PinProgramming() {
    }

    /** The IO-APIC whose GSI range covers {@code gsi}. */
    public static Optional<IoApic> ioApic(Machine m, int gsi) {
        return m.getIoApics().stream().filter(a -> gsi >= a.getGsiBase() && gsi < a.getGsiBase() + a.getPinCount())
                .findFirst();
    }

    /** The modelled redirection entry of the pin behind {@code gsi}, if the pin's IO-APIC models it. */
    public static Optional<RedirectionEntry> entry(Machine m, int gsi) {
        return ioApic(m, gsi).flatMap(a -> a.getEntries().stream().filter(e -> e.getPin() == gsi - a.getGsiBase())
                .findFirst());
    }

    /**
     * Why {@code e} cannot deliver the interrupts of {@code line} as programmed, in the user's words; empty when it
     * can. Masked, another trigger or polarity than the line, or a vector no device may use.
     */
    public static Optional<String> problem(RedirectionEntry e, InterruptLine line) {
        if (e.isMasked()) {
            return Optional.of("is masked");
        }
        if (e.getTrigger() != line.getTrigger() || e.getPolarity() != line.getPolarity()) {
            return Optional.of("is programmed " + e.getTrigger() + "/" + e.getPolarity() + " but the line is "
                    + line.getTrigger() + "/" + line.getPolarity());
        }
        if (e.getVector() < FIRST_DEVICE_VECTOR || e.getVector() > LAST_DEVICE_VECTOR) {
            return Optional.of(String.format("has vector 0x%02X, outside the device vectors 0x%02X-0x%02X",
                    e.getVector(), FIRST_DEVICE_VECTOR, LAST_DEVICE_VECTOR));
        }
        return Optional.empty();
    }

    /**
     * The entry firmware and Xen leave on the pin of {@code line}: the line's trigger and polarity, unmasked, the
     * entry's vector if it is a device vector no other pin uses, else the lowest free one (Xen steps by 8 so that
     * consecutive IRQs land in different priority classes), and Xen's default destination.
     */
    public static Setting firmware(Machine m, InterruptLine line, RedirectionEntry e) {
        return firmware(m, line, e, List.of());
    }

    /** As {@link #firmware(Machine, InterruptLine, RedirectionEntry)}, also avoiding the vectors of {@code more}. */
    public static Setting firmware(Machine m, InterruptLine line, RedirectionEntry e,
            Collection<RedirectionEntry> more) {
        Set<Integer> taken = new HashSet<>();
        List<RedirectionEntry> entries = new ArrayList<>(more);
        m.getIoApics().forEach(a -> entries.addAll(a.getEntries()));
        for (RedirectionEntry other : entries) {
            if (other != e && !other.isMasked()) {
                taken.add(other.getVector());
            }
        }
        int vector = e.getVector();
        if (vector < FIRST_DEVICE_VECTOR || vector > LAST_DEVICE_VECTOR || taken.contains(vector)) {
            vector = freeVector(taken);
        }
        int mask = 0;
        LogicalCpu first = null;
        boolean flat = true;
        for (LogicalCpu c : m.getCpus()) {
            if (!c.isEnabled()) {
                continue;
            }
            if (first == null) {
                first = c;
            }
            if (c.getCpuId() < 0 || c.getCpuId() >= 8) {
                flat = false;
            } else {
                mask |= 1 << c.getCpuId();
            }
        }
        if (flat && mask != 0) {
            return new Setting(vector, DeliveryMode.LOWEST_PRIORITY, DestinationMode.LOGICAL, mask, line.getTrigger(),
                    line.getPolarity(), false);
        }
        return new Setting(vector, DeliveryMode.FIXED, DestinationMode.PHYSICAL, first == null ? 0 : first.getApicId(),
                line.getTrigger(), line.getPolarity(), false);
    }

    /** Whether {@code e} already holds {@code s}. */
    public static boolean holds(RedirectionEntry e, Setting s) {
        return e.getVector() == s.vector() && e.getDeliveryMode() == s.deliveryMode()
                && e.getDestinationMode() == s.destinationMode() && e.getDestination() == s.destination()
                && e.getTrigger() == s.trigger() && e.getPolarity() == s.polarity() && e.isMasked() == s.masked();
    }

    /** Writes {@code s} into {@code e} directly (for models being built, not edited: those go through commands). */
    public static void apply(Setting s, RedirectionEntry e) {
        e.setVector(s.vector());
        e.setDeliveryMode(s.deliveryMode());
        e.setDestinationMode(s.destinationMode());
        e.setDestination(s.destination());
        e.setTrigger(s.trigger());
        e.setPolarity(s.polarity());
        e.setMasked(s.masked());
    }

    private static int freeVector(Set<Integer> taken) {
        for (int offset = 0; offset < 8; offset++) {
            for (int v = 0x30 + offset; v <= LAST_DEVICE_VECTOR; v += 8) {
                if (!taken.contains(v)) {
                    return v;
                }
            }
        }
        for (int v = FIRST_DEVICE_VECTOR; v <= LAST_DEVICE_VECTOR; v++) {
            if (!taken.contains(v)) {
                return v;
            }
        }
        return LAST_DEVICE_VECTOR; // 208 pins in use: vectors must be shared, and sharing the last one is as good as any
    }
}
