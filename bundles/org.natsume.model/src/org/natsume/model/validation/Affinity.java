package org.natsume.model.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.natsume.model.LogicalCpu;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;

/** Effective hard affinity of a VCPU (domain.md §5.2): its pinned CPUs, or every enabled CPU when it is not pinned. */
final class Affinity {

    private Affinity() {
    }

    static Set<LogicalCpu> effective(Topology t, Vcpu v) {
        if (!v.getHardAffinity().isEmpty()) {
            return new LinkedHashSet<>(v.getHardAffinity());
        }
        Set<LogicalCpu> all = new LinkedHashSet<>();
        if (t.getMachine() != null) {
            t.getMachine().getCpus().stream().filter(LogicalCpu::isEnabled).forEach(all::add);
        }
        return all;
    }

    static String cpus(Set<LogicalCpu> cpus) {
        return String.join(",", cpus.stream().map(c -> Integer.toString(c.getCpuId())).toList());
    }
}
