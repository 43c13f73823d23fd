package org.natsume.editor.diagram;

import org.eclipse.emf.ecore.EObject;
import org.natsume.model.InterruptLine;
import org.natsume.model.LogicalCpu;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.Vcpu;

/**
 * A diagram edge that is a reference in the model rather than an object of its own (domain.md §2.1, §2.2): a device's
 * INTx routing to its GSI, a VCPU's pinning to a PCPU, a bridge's secondary bus. Records compare by value, so a
 * refreshed diagram finds the same edge again. Attachments and network links are model objects and are their own
 * edges.
 */
public sealed interface Wire {
    EObject source();

    EObject target();

    /** PciFunction.line: the function's INTx pin is routed to this GSI. */
    record Intx(PciFunction source, InterruptLine target) implements Wire {
    }

    /** Vcpu.hardAffinity contains this CPU. */
    record Pinning(Vcpu source, LogicalCpu target) implements Wire {
    }

    /** A PCI-to-PCI bridge and the bus behind it (read-only: it is containment). */
    record Bridge(PciBridge source, PciBus target) implements Wire {
    }
}
