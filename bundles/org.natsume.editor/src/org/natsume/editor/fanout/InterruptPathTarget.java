package org.natsume.editor.fanout;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.natsume.model.Topology;
import org.natsume.model.bdf.BdfFormatException;
import org.natsume.model.pci.PciTree;
import org.natsume.ui.InterruptPathSelection;

/**
 * The diagram element that stands for an interrupt journey selected in the trace views: the asserting device when
 * the trace names its BDF, else the interrupt line of its GSI. Selecting that element shows the journey's fan-out.
 */
public final class InterruptPathTarget {

    private InterruptPathTarget() {
    }

    public static Optional<EObject> find(Topology topology, InterruptPathSelection path) {
        if (topology.getMachine() == null) {
            return Optional.empty();
        }
        if (!path.deviceBdf().isBlank()) {
            try {
                Optional<EObject> device = PciTree.find(topology.getMachine(), path.deviceBdf()).map(EObject.class::cast);
                if (device.isPresent()) {
                    return device;
                }
            } catch (BdfFormatException e) {
                // a trace of another topology may name devices this one lacks: fall back to the line
            }
        }
        return topology.getMachine().getInterruptLines().stream().filter(l -> l.getGsi() == path.gsi())
                .map(EObject.class::cast).findFirst();
    }
}
