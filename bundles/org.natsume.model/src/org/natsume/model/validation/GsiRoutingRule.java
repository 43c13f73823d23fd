package org.natsume.model.validation;

import java.util.HashMap;
import java.util.Map;

import org.natsume.model.InterruptLine;
import org.natsume.model.IoApic;
import org.natsume.model.Machine;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.Topology;
import org.natsume.model.analysis.Ownership;

/**
 * A GSI that devices use must exist once, sit on an IO-APIC pin and, if that pin's redirection entry is modelled, be
 * unmasked with the line's trigger and polarity (domain.md §4.1, §4.3). Pins without a modelled entry (e.g. after an
 * lspci import) are not checked.
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
            IoApic apic = m.getIoApics().stream().filter(a -> line.getGsi() >= a.getGsiBase()
                    && line.getGsi() < a.getGsiBase() + a.getPinCount()).findFirst().orElse(null);
            if (apic == null) {
                out.add(Severity.WARNING, this, "GSI " + line.getGsi() + " is used by "
                        + Findings.device(Ownership.activeSharers(line).get(0)) + " but no IO-APIC covers it. Add an"
                        + " IO-APIC whose GSI range includes it, or correct the GSI.", line);
                continue;
            }
            int pin = line.getGsi() - apic.getGsiBase();
            RedirectionEntry rte = apic.getEntries().stream().filter(e -> e.getPin() == pin).findFirst().orElse(null);
            if (rte == null) {
                continue;
            }
            String where = "IO-APIC " + apic.getIoApicId() + " pin " + pin + " (GSI " + line.getGsi() + ")";
            if (rte.isMasked()) {
                out.add(Severity.WARNING, this, where + " is masked, so interrupts of "
                        + Findings.device(Ownership.activeSharers(line).get(0)) + " are never delivered. Unmask the"
                        + " redirection entry and give it a vector.", rte, line);
            } else if (rte.getTrigger() != line.getTrigger() || rte.getPolarity() != line.getPolarity()) {
                out.add(Severity.WARNING, this, where + " is programmed " + rte.getTrigger() + "/" + rte.getPolarity()
                        + " but the line is " + line.getTrigger() + "/" + line.getPolarity()
                        + " (PCI INTx is LEVEL/LOW). Make the redirection entry match the line.", rte, line);
            }
        }
    }
}
