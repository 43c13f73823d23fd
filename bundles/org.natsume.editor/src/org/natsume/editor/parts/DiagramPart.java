package org.natsume.editor.parts;

import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.SnapToHelper;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;

/** The diagram itself: a freeform layer whose children are the top-level nodes of the {@code DiagramIndex}. */
public class DiagramPart extends AbstractGraphicalEditPart {
    private final DiagramContext ctx;

    public DiagramPart(DiagramContext ctx) {
        setModel(ctx.topology());
        this.ctx = ctx;
    }

    public DiagramContext context() {
        return ctx;
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(20));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new Policies.DiagramLayout(ctx));
    }

    @Override
    protected List<?> getModelChildren() {
        return ctx.index().nodes();
    }

    @SuppressWarnings("rawtypes")
    @Override
    public Object getAdapter(Class key) {
        if (key == SnapToHelper.class && Boolean.TRUE.equals(getViewer().getProperty(SnapToGrid.PROPERTY_GRID_ENABLED))) {
            return new SnapToGrid(this);
        }
        return super.getAdapter(key);
    }
}
