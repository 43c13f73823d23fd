package org.natsume.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.editpolicies.FlowLayoutEditPolicy;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.DirectEditRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.natsume.editor.commands.EmfGefCommand;
import org.natsume.editor.diagram.DiagramIndex;
import org.natsume.editor.diagram.ConnectionKind;
import org.natsume.editor.diagram.NodeKind;
import org.natsume.model.InterruptLine;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.bdf.BdfFormatException;

/**
 * The edit policies of the topology diagram. Each one turns a GEF request into an EMF command from
 * {@link org.natsume.editor.commands.TopologyCommands}, wrapped in an {@link EmfGefCommand}, or into {@code null}
 * when the request makes no sense (GEF then shows the "not allowed" cursor).
 */
final class Policies {
    private Policies() {
    }

    /** Top-level nodes: free placement (positions go to the notation), creation at the drop point. */
    static final class DiagramLayout extends XYLayoutEditPolicy {
        private final DiagramContext ctx;

        DiagramLayout(DiagramContext ctx) {
            this.ctx = ctx;
        }

        @Override
        protected EditPolicy createChildEditPolicy(EditPart child) {
            return new NonResizableEditPolicy();
        }

        @Override
        protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
            Rectangle r = (Rectangle) constraint;
            return EmfGefCommand.of(ctx.commands().move((EObject) child.getModel(), r.x, r.y));
        }

        @Override
        protected Command getCreateCommand(CreateRequest request) {
            if (!(request.getNewObjectType() instanceof NodeKind kind)) {
                return null;
            }
            Rectangle r = (Rectangle) getConstraintFor(request);
            return EmfGefCommand.of(ctx.commands().create(kind, null, r.x, r.y));
        }

        @Override
        protected Command createAddCommand(EditPart child, Object constraint) {
            return null; // devices and VCPUs stay in their bus/domain
        }

        @Override
        protected Command getDeleteDependantCommand(org.eclipse.gef.Request request) {
            return null;
        }
    }

    /** A bus's devices or a domain's VCPUs: creation by dropping onto the container; no reordering. */
    static final class ContainerLayout extends FlowLayoutEditPolicy {
        private final DiagramContext ctx;

        ContainerLayout(DiagramContext ctx) {
            this.ctx = ctx;
        }

        @Override
        protected EditPolicy createChildEditPolicy(EditPart child) {
            NonResizableEditPolicy p = new NonResizableEditPolicy();
            // devices may be dragged onto another bus; VCPUs belong to their domain
            p.setDragAllowed(child.getModel() instanceof PciFunction);
            return p;
        }

        @Override
        protected Command getCreateCommand(CreateRequest request) {
            if (!(request.getNewObjectType() instanceof NodeKind kind)) {
                return null;
            }
            Point p = request.getLocation() == null ? new Point(0, 0) : request.getLocation().getCopy();
            getHostFigure().translateToRelative(p);
            return EmfGefCommand.of(ctx.commands().create(kind, (EObject) getHost().getModel(), p.x, p.y));
        }

        /** A device dragged from another bus onto this one moves here; its BDF follows the bus. */
        @Override
        protected Command createAddCommand(EditPart child, EditPart after) {
            if (!(child.getModel() instanceof PciFunction f) || !(getHost().getModel() instanceof PciBus bus)) {
                return null;
            }
            String refusal = ctx.commands().moveRefusal(f, bus);
            ctx.status(refusal == null ? null : "Move: " + refusal);
            return EmfGefCommand.of(ctx.commands().moveToBus(f, bus));
        }

        @Override
        protected Command createMoveChildCommand(EditPart child, EditPart after) {
            return null;
        }
    }

    /**
     * Deletion of nodes. GEF asks every selected part with the same request; the first part answers for the whole
     * selection, so a device and its attachment selected together are deleted once, consistently.
     */
    static final class Delete extends ComponentEditPolicy {
        private final DiagramContext ctx;

        Delete(DiagramContext ctx) {
            this.ctx = ctx;
        }

        @Override
        protected Command createDeleteCommand(GroupRequest request) {
            return deleteSelection(ctx, getHost(), request);
        }
    }

    static Command deleteSelection(DiagramContext ctx, EditPart host, GroupRequest request) {
        List<?> parts = request.getEditParts();
        if (parts == null || parts.isEmpty()) {
            return EmfGefCommand.of(ctx.commands().delete(List.of(host.getModel())));
        }
        if (parts.get(0) != host) {
            return null;
        }
        List<Object> models = new ArrayList<>();
        for (Object p : parts) {
            models.add(((EditPart) p).getModel());
        }
        return EmfGefCommand.of(ctx.commands().delete(models));
    }

    /** Deletion of edges (unrouting INTx, unpinning, removing an attachment or a link). */
    static final class DeleteEdge extends ConnectionEditPolicy {
        private final DiagramContext ctx;

        DeleteEdge(DiagramContext ctx) {
            this.ctx = ctx;
        }

        @Override
        protected Command getDeleteCommand(GroupRequest request) {
            return deleteSelection(ctx, getHost(), request);
        }
    }

    /** The connection tools: the source is remembered in a start command, the target completes it. */
    static final class Connect extends GraphicalNodeEditPolicy {
        private final DiagramContext ctx;

        Connect(DiagramContext ctx) {
            this.ctx = ctx;
        }

        @Override
        protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
            if (!(request.getNewObjectType() instanceof ConnectionKind kind)) {
                return null;
            }
            EObject source = (EObject) getHost().getModel();
            if (!ctx.commands().canStart(kind, source)) {
                ctx.status(kind.label() + ": " + ctx.commands().refusal(kind, source, null));
                return null;
            }
            Command start = new StartCommand(kind, source);
            request.setStartCommand(start);
            return start;
        }

        @Override
        protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
            if (!(request.getStartCommand() instanceof StartCommand start)) {
                return null;
            }
            EObject target = (EObject) getHost().getModel();
            String refusal = ctx.commands().refusal(start.kind, start.source, target);
            ctx.status(refusal == null ? null : start.kind.label() + ": " + refusal);
            return EmfGefCommand.of(ctx.commands().connect(start.kind, start.source, target));
        }

        @Override
        protected Command getReconnectTargetCommand(ReconnectRequest request) {
            return reconnect(request, false);
        }

        @Override
        protected Command getReconnectSourceCommand(ReconnectRequest request) {
            return reconnect(request, true);
        }

        /** Dragging an edge's end onto this node moves that end here (one undoable step). */
        private Command reconnect(ReconnectRequest request, boolean sourceEnd) {
            Object edge = request.getConnectionEditPart().getModel();
            EObject here = (EObject) getHost().getModel();
            EObject source = sourceEnd ? here : DiagramIndex.source(edge);
            EObject target = sourceEnd ? DiagramIndex.target(edge) : here;
            String refusal = ctx.commands().reconnectRefusal(edge, source, target);
            ctx.status(refusal == null ? null : "Reconnect: " + refusal);
            return EmfGefCommand.of(ctx.commands().reconnect(edge, sourceEnd ? here : null, sourceEnd ? null : here));
        }
    }

    /** The first half of a connection: never executed by itself. */
    static final class StartCommand extends Command {
        final ConnectionKind kind;
        final EObject source;

        StartCommand(ConnectionKind kind, EObject source) {
            super(kind.label());
            this.kind = kind;
            this.source = source;
        }
    }

    /** Renaming, a new BDF (refused with the Bdf parser's message if bad) or a new GSI number. */
    static final class DirectEdit extends org.eclipse.gef.editpolicies.DirectEditPolicy {
        private final DiagramContext ctx;

        DirectEdit(DiagramContext ctx) {
            this.ctx = ctx;
        }

        @Override
        protected Command getDirectEditCommand(DirectEditRequest request) {
            Object value = request.getCellEditor() == null ? null : request.getCellEditor().getValue();
            if (!(value instanceof String text)) {
                return null;
            }
            EObject model = (EObject) getHost().getModel();
            LabelEditManager.Field field = request.getDirectEditFeature() instanceof LabelEditManager.Field f ? f
                    : LabelEditManager.Field.NAME;
            String problem = LabelEditManager.check(model, field, text);
            if (problem != null) {
                ctx.status(problem);
                return null;
            }
            return EmfGefCommand.of(switch (field) {
            case BDF -> ctx.commands().setBdf((PciFunction) model, text);
            case GSI -> ctx.commands().setGsi((InterruptLine) model, Integer.parseInt(text.strip()));
            case NAME -> ctx.commands().rename(model, text.strip());
            });
        }

        @Override
        protected void showCurrentEditValue(DirectEditRequest request) {
            // the figure updates when the command runs
        }
    }

    static String bdfProblem(String text) {
        try {
            org.natsume.model.bdf.Bdf.parse(text);
            return null;
        } catch (BdfFormatException e) {
            return e.getMessage();
        }
    }
}
