package org.natsume.editor.parts;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.requests.DirectEditRequest;
import org.natsume.editor.diagram.DiagramNotation;
import org.natsume.editor.figures.NodeFigure;
import org.natsume.model.Domain;
import org.natsume.model.ExternalHost;
import org.natsume.model.InterruptLine;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.validation.Finding;

/**
 * Edit part of every node: the top-level ones placed by the notation (CPUs, IO-APICs, buses, lines, domains, hosts)
 * and the nested ones (devices in their bus, VCPUs in their domain). The figure text comes from
 * {@link NodeRenderer}; badges from the live validation; the fan-out ring from the current highlight.
 */
public class NodePart extends AbstractGraphicalEditPart implements org.eclipse.gef.NodeEditPart {
    private final DiagramContext ctx;

    public NodePart(EObject model, DiagramContext ctx) {
        setModel(model);
        this.ctx = ctx;
    }

    public EObject eObject() {
        return (EObject) getModel();
    }

    DiagramContext context() {
        return ctx;
    }

    @Override
    protected IFigure createFigure() {
        NodeFigure f = new NodeFigure(NodeRenderer.isContainer(eObject()));
        NodeRenderer.render(f, eObject());
        return f;
    }

    public NodeFigure nodeFigure() {
        return (NodeFigure) getFigure();
    }

    @Override
    public IFigure getContentPane() {
        IFigure pane = nodeFigure().contentPane();
        return pane == null ? getFigure() : pane;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new Policies.Delete(ctx));
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new Policies.Connect(ctx));
        EObject m = eObject();
        if (m instanceof PciFunction || m instanceof Domain || m instanceof ExternalHost || m instanceof InterruptLine) {
            installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new Policies.DirectEdit(ctx));
        }
        if (m instanceof PciBus || m instanceof Domain) {
            installEditPolicy(EditPolicy.LAYOUT_ROLE, new Policies.ContainerLayout(ctx));
        }
    }

    @Override
    protected List<?> getModelChildren() {
        if (getModel() instanceof PciBus bus) {
            return bus.getFunctions();
        }
        if (getModel() instanceof Domain d) {
            return d.getVcpus();
        }
        return List.of();
    }

    @Override
    protected List<?> getModelSourceConnections() {
        return ctx.index().outgoing(eObject());
    }

    @Override
    protected List<?> getModelTargetConnections() {
        return ctx.index().incoming(eObject());
    }

    boolean isTopLevel() {
        return getParent() instanceof DiagramPart;
    }

    @Override
    protected void refreshVisuals() {
        NodeFigure f = nodeFigure();
        NodeRenderer.render(f, eObject());
        f.setBadge(ctx.validation().worst(eObject()));
        f.setRing(eObject() instanceof Domain d ? ctx.highlight().domains().get(d) : null);
        List<Finding> findings = ctx.validation().on(eObject());
        String tip = findings.isEmpty() ? null
                : findings.stream().map(x -> x.severity() + ": " + x.message()).collect(Collectors.joining("\n\n"));
        if (f.ring() != null) {
            String role = "Receives the selected interrupts" + (f.ring() == org.natsume.editor.fanout.FanOutHighlight
                    .Role.SPURIOUS ? ", including ones of devices it does not own (spurious PIRQs)" : "");
            tip = tip == null ? role : role + "\n\n" + tip;
        }
        f.setToolTip(tip == null ? null : new Label(tip));
        if (isTopLevel()) {
            DiagramNotation notation = ctx.commands().notation();
            int[] xy = notation.position(eObject());
            Point p = xy == null ? new Point(10, 10) : new Point(xy[0], xy[1]);
            ((GraphicalEditPart) getParent()).setLayoutConstraint(this, f, new Rectangle(p.x, p.y, -1, -1));
        }
    }

    @Override
    public void performRequest(Request req) {
        if ((RequestConstants.REQ_DIRECT_EDIT.equals(req.getType()) || RequestConstants.REQ_OPEN.equals(req.getType()))
                && getEditPolicy(EditPolicy.DIRECT_EDIT_ROLE) != null) {
            Point at = req instanceof DirectEditRequest d ? d.getLocation()
                    : req instanceof org.eclipse.gef.requests.LocationRequest l ? l.getLocation() : null;
            new LabelEditManager(this, LabelEditManager.fieldAt(this, at)).show();
        }
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @SuppressWarnings("rawtypes")
    @Override
    public Object getAdapter(Class key) {
        if (key == EObject.class) {
            return getModel();
        }
        return super.getAdapter(key);
    }
}
