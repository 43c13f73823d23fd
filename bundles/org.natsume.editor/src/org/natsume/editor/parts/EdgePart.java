package org.natsume.editor.parts;

import java.util.stream.Collectors;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.natsume.editor.diagram.Wire;
import org.natsume.editor.figures.EdgeFigure;
import org.natsume.editor.figures.Palette;
import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.NetworkLink;
import org.natsume.model.validation.Finding;

/**
 * Edit part of every edge (domain.md §2): INTx wiring (solid dark), pinning (dashed blue), attachments styled by mode
 * (pass-through heavy red, vif dashed green, native grey, labelled), network links (heavy black) and a bridge's
 * secondary bus (dotted grey, read-only).
 */
public class EdgePart extends AbstractConnectionEditPart {
    private final DiagramContext ctx;

    public EdgePart(Object model, DiagramContext ctx) {
        setModel(model);
        this.ctx = ctx;
    }

    @Override
    protected IFigure createFigure() {
        return new EdgeFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
        if (!(getModel() instanceof Wire.Bridge)) {
            installEditPolicy(EditPolicy.CONNECTION_ROLE, new Policies.DeleteEdge(ctx));
        }
    }

    @Override
    protected void refreshVisuals() {
        EdgeFigure f = (EdgeFigure) getFigure();
        Object m = getModel();
        if (m instanceof Wire.Intx) {
            f.setStyle(Palette.INTX, 1, Graphics.LINE_SOLID, true);
            f.setLabel(null, null);
        } else if (m instanceof Wire.Pinning) {
            f.setStyle(Palette.PINNING, 1, Graphics.LINE_DASH, true);
            f.setLabel("pinned", Palette.PINNING);
        } else if (m instanceof Wire.Bridge) {
            f.setStyle(Palette.BRIDGE, 1, Graphics.LINE_DOT, true);
            f.setLabel(null, null);
        } else if (m instanceof DeviceAttachment a) {
            AttachmentMode mode = a.getMode();
            f.setStyle(Palette.attachment(mode), mode == AttachmentMode.PASSTHROUGH ? 3 : 2,
                    mode == AttachmentMode.PARAVIRTUAL_VIF ? Graphics.LINE_DASH : Graphics.LINE_SOLID, true);
            f.setLabel(switch (mode) {
            case PASSTHROUGH -> "pass-through";
            case PARAVIRTUAL_VIF -> "vif";
            case NATIVE -> "native";
            default -> mode.getLiteral().toLowerCase();
            }, Palette.attachment(mode));
        } else if (m instanceof NetworkLink) {
            f.setStyle(Palette.LINK, 3, Graphics.LINE_SOLID, false);
            f.setLabel(null, null);
        }
        if (m instanceof EObject o) {
            f.setBadge(ctx.validation().worst(o));
            java.util.List<Finding> findings = ctx.validation().on(o);
            f.setToolTip(findings.isEmpty() ? null : new Label(findings.stream()
                    .map(x -> x.severity() + ": " + x.message()).collect(Collectors.joining("\n\n"))));
        }
    }

    @SuppressWarnings("rawtypes")
    @Override
    public Object getAdapter(Class key) {
        if (key == EObject.class) {
            return getModel() instanceof Wire w ? w.source() : getModel();
        }
        return super.getAdapter(key);
    }
}
