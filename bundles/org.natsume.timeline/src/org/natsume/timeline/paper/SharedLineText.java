package org.natsume.timeline.paper;

import java.util.List;
import java.util.stream.Collectors;

import org.natsume.model.InterruptLine;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.examples.PaperTestbed;
import org.natsume.model.examples.PaperTestbed.PaperCase;

/**
 * What the paper testbed's SH layout shares, read from the testbed model rather than written into the dialog, so the
 * Simulate dialog says what the simulator will run: guest B's NIC-B and the other functions that take their
 * interrupts through its line, each with the domain that binds it (in the corrected testbed: GSI 16 with Dom0's USB
 * UHCI #4, domain.md §0.3).
 */
public final class SharedLineText {

    private SharedLineText() {
    }

    /** e.g. {@code NIC-B (0000:05:00.0) shares GSI 16 with ICH10 USB UHCI #4 (0000:00:1a.0, Domain-0)}. */
    public static String of(PaperCase paperCase) {
        Topology t = PaperTestbed.build(paperCase, true);
        for (InterruptLine line : t.getMachine().getInterruptLines()) {
            for (PciFunction f : line.getSharers()) {
                if (PaperTestbed.NIC_B.equals(f.getId())) {
                    return describe(t, f, line);
                }
            }
        }
        throw new IllegalStateException("the paper testbed has no " + PaperTestbed.NIC_B + " on an interrupt line");
    }

    private static String describe(Topology t, PciFunction nic, InterruptLine line) {
        List<PciFunction> others = Ownership.activeSharers(line).stream().filter(f -> f != nic).toList();
        String head = shortName(nic) + " (" + nic.getBdf() + ")";
        if (others.isEmpty()) {
            return head + " is alone on GSI " + line.getGsi();
        }
        return head + " shares GSI " + line.getGsi() + " with " + others.stream()
                .map(f -> f.getName() + " (" + f.getBdf() + ", "
                        + Ownership.owner(t, f).map(Ownership::label).orElse("no domain") + ")")
                .collect(Collectors.joining(", "));
    }

    /** The model's NIC names start with the paper's label ("NIC-B 82541GI ..."); the label is what the paper uses. */
    private static String shortName(PciFunction f) {
        String n = f.getName() == null || f.getName().isBlank() ? f.getId() : f.getName();
        int sp = n.indexOf(' ');
        return sp > 0 ? n.substring(0, sp) : n;
    }
}
