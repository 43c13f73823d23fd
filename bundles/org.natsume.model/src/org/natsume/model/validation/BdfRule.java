package org.natsume.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.bdf.BdfFormatException;
import org.natsume.model.pci.PciTree;

/** Every function has a well-formed BDF on the bus that holds it, and no two functions share a BDF (domain.md §4.3). */
public final class BdfRule implements TopologyRule {

    @Override
    public String id() {
        return "bdf";
    }

    @Override
    public void check(Topology t, Findings out) {
        if (t.getMachine() == null) {
            return;
        }
        Map<Bdf, List<PciFunction>> byBdf = new LinkedHashMap<>();
        for (PciFunction f : PciTree.functions(t.getMachine())) {
            Bdf bdf;
            try {
                bdf = Bdf.parse(f.getBdf());
            } catch (BdfFormatException e) {
                out.add(Severity.ERROR, this, "Function '" + f.getName() + "' has an invalid BDF: " + e.getMessage()
                        + ". Write it as SSSS:BB:DD.F, e.g. 0000:05:00.0.", f);
                continue;
            }
            byBdf.computeIfAbsent(bdf, k -> new ArrayList<>()).add(f);
            if (f.eContainer() instanceof PciBus bus
                    && (bus.getBusNumber() != bdf.bus() || bus.getSegment() != bdf.segment())) {
                out.add(Severity.ERROR, this, "Function " + Findings.device(f) + " sits on bus "
                        + String.format("%04x:%02x", bus.getSegment(), bus.getBusNumber())
                        + " but its BDF names bus " + String.format("%04x:%02x", bdf.segment(), bdf.bus())
                        + ". Move it to that bus or correct the BDF.", f, bus);
            }
        }
        for (Map.Entry<Bdf, List<PciFunction>> e : byBdf.entrySet()) {
            List<PciFunction> fs = e.getValue();
            if (fs.size() > 1) {
                String names = String.join(", ", fs.stream().map(f -> "'" + f.getName() + "'").toList());
                out.add(Severity.ERROR, this, "BDF " + e.getKey() + " is used by " + fs.size() + " functions ("
                        + names + "). Give each function its own address; one of them is probably a copy.",
                        fs.get(0), fs.subList(1, fs.size()).toArray(new PciFunction[0]));
            }
        }
    }
}
