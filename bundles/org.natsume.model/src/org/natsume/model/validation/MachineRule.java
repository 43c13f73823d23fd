package org.natsume.model.validation;

import org.natsume.model.Machine;
import org.natsume.model.Topology;

/**
 * A topology describes one machine with at least one enabled CPU and an IO-APIC (domain.md §2.1, §4.1): without
 * them nothing can run or interrupt, and the simulator and the exporters refuse the model.
 */
public final class MachineRule implements TopologyRule {

    @Override
    public String id() {
        return "machine";
    }

    @Override
    public void check(Topology t, Findings out) {
        Machine m = t.getMachine();
        if (m == null) {
            out.add(Severity.ERROR, this, "The topology has no machine. Add one (File > New > Natsume Topology >"
                    + " Empty machine starts with one).", t);
            return;
        }
        if (m.getCpus().stream().noneMatch(c -> c.isEnabled())) {
            out.add(Severity.ERROR, this, "The machine has no enabled CPU, so no domain can run. Add a CPU or enable"
                    + " one.", m);
        }
        if (m.getIoApics().isEmpty()) {
            out.add(Severity.ERROR, this, "The machine has no IO-APIC, so no INTx line reaches a CPU. Add an IO-APIC"
                    + " (24 pins from GSI 0 is the ICH's).", m);
        }
    }
}
