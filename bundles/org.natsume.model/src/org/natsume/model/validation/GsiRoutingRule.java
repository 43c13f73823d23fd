package org.natsume.model.validation;

import java.util.HashMap;
import java.util.Map;

import org.natsume.model.InterruptLine;
import org.natsume.model.IoApic;
import org.natsume.model.Machine;
import org.natsume.model.PciFunction;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.Topology;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.ioapic.PinProgramming;

/**
 * A GSI that devices use must exist once, sit on an IO-APIC pin and, if that pin's redirection entry is modelled, be
 * unmasked with the line's trigger and polarity and a device vector (domain.md §4.1, §4.3): otherwise the device's
 * interrupts never arrive, which the simulator would not show. Pins without a modelled entry (e.g. after an lspci
 * import) are not checked.
 */
public final class GsiRoutingRule implements TopologyRule {

    @Override
    public String id() {
        return "gsi-routing";
    }

    @Override
    public void check(Topology t, Findings out) {
        Machine m = t.getMachine();
        if (m == null) {
            return;
        }
        Map<Integer, InterruptLine> seen = new HashMap<>();
        for (InterruptLine line : m.getInterruptLines()) {
            InterruptLine first = seen.putIfAbsent(line.getGsi(), line);
            if (first != null) {
                out.add(Severity.ERROR, this, "GSI " + line.getGsi() + " is declared twice (also "
                        + ModelPath.of(first) + "). Route all its functions to one InterruptLine and delete the other.",
                        line, first);
            }
            if (line.getGsi() < 0) {
                // a hand-edited or generated file; tools downstream read a negative GSI as "no line"
                out.add(Severity.ERROR, this, "GSI " + line.getGsi() + " is negative: GSIs number the IO-APIC inputs"
                        + " from 0. Correct the GSI of this interrupt line.", line);
                continue;
            }
            if (Ownership.activeSharers(line).isEmpty() || m.getIoApics().isEmpty()) {
                continue;
            }
            PciFunction user = Ownership.activeSharers(line).get(0);
            IoApic apic = PinProgramming.ioApic(m, line.getGsi()).orElse(null);
            if (apic == null) {
                out.add(Severity.ERROR, this, "GSI " + line.getGsi() + " is used by " + Findings.device(user)
                        + " but no IO-APIC covers it, so its interrupts reach no CPU. Add an IO-APIC whose GSI range"
                        + " includes it, or correct the GSI.", line);
                continue;
            }
            RedirectionEntry rte = PinProgramming.entry(m, line.getGsi()).orElse(null);
            if (rte == null) {
                continue;
            }
            String where = "IO-APIC " + apic.getIoApicId() + " pin " + rte.getPin() + " (GSI " + line.getGsi() + ")";
            PinProgramming.problem(rte, line).ifPresent(problem -> out.add(Severity.ERROR, this, where + " " + problem
                    + ", so interrupts of " + Findings.device(user) + " are " + (rte.isMasked() ? "never delivered"
                            : "lost or misdelivered") + ". Program the pin as firmware does for PCI INTx: "
                    + line.getTrigger() + "/" + line.getPolarity() + ", unmasked, a free vector.", rte, line));
        }
    }
}
