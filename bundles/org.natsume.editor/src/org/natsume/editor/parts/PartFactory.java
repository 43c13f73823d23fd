package org.natsume.editor.parts;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.natsume.editor.diagram.Wire;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.NetworkLink;
import org.natsume.model.Topology;

/** Maps model objects to edit parts: the topology to the diagram, edges to {@link EdgePart}, the rest to nodes. */
public final class PartFactory implements EditPartFactory {
    private final DiagramContext ctx;

    public PartFactory(DiagramContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        if (model instanceof Topology) {
            return new DiagramPart(ctx);
        }
        if (model instanceof Wire || model instanceof DeviceAttachment || model instanceof NetworkLink) {
            return new EdgePart(model, ctx);
        }
        return new NodePart((EObject) model, ctx);
    }
}
