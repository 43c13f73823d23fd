package org.natsume.editor.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.parts.ScrollableThumbnail;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.natsume.model.Topology;

/**
 * The Outline of a topology editor: the model as a tree (labels from the {@code .edit} item providers) above an
 * overview thumbnail of the whole diagram with the visible area marked. Selecting in the tree selects and reveals the
 * element on the diagram.
 */
public final class TopologyOutlinePage extends Page implements IContentOutlinePage {
    private final Topology topology;
    private final AdapterFactory factory;
    private final GraphicalViewer diagram;
    private SashForm sash;
    private TreeViewer tree;
    private ScrollableThumbnail thumbnail;
    private LightweightSystem lws;

    public TopologyOutlinePage(Topology topology, AdapterFactory factory, GraphicalViewer diagram) {
        this.topology = topology;
        this.factory = factory;
        this.diagram = diagram;
    }

    @Override
    public void createControl(Composite parent) {
        sash = new SashForm(parent, SWT.VERTICAL);
        tree = new TreeViewer(sash, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        ItemProviderTreeContent content = new ItemProviderTreeContent(factory);
        tree.setContentProvider(content);
        tree.setLabelProvider(content);
        tree.setInput(new Object[] { topology });
        tree.expandToLevel(2);
        tree.addSelectionChangedListener(e -> selectOnDiagram(e.getStructuredSelection()));

        Canvas canvas = new Canvas(sash, SWT.BORDER);
        lws = new LightweightSystem(canvas);
        if (diagram.getRootEditPart() instanceof ScalableFreeformRootEditPart root) {
            thumbnail = new ScrollableThumbnail((Viewport) root.getFigure());
            thumbnail.setSource(root.getLayer(LayerConstants.PRINTABLE_LAYERS));
            lws.setContents(thumbnail);
        }
        sash.setWeights(new int[] { 65, 35 });
    }

    private void selectOnDiagram(IStructuredSelection selection) {
        List<EditPart> parts = new ArrayList<>();
        for (Object o : selection.toList()) {
            EditPart part = partFor(o);
            if (part != null) {
                parts.add(part);
            }
        }
        if (!parts.isEmpty()) {
            diagram.setSelection(new StructuredSelection(parts));
            diagram.reveal(parts.get(0));
        }
    }

    /** The edit part that shows {@code o}, or the one of its nearest shown container. */
    private EditPart partFor(Object o) {
        for (Object x = o; x instanceof EObject e; x = e.eContainer()) {
            Object part = diagram.getEditPartRegistry().get(x);
            if (part instanceof EditPart p) {
                return p;
            }
        }
        return null;
    }

    /** Called by the editor after every command. */
    public void refresh() {
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.refresh();
        }
    }

    public TreeViewer tree() {
        return tree;
    }

    @Override
    public Control getControl() {
        return sash;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (thumbnail != null) {
            thumbnail.deactivate();
        }
        super.dispose();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        tree.addSelectionChangedListener(listener);
    }

    @Override
    public ISelection getSelection() {
        return tree == null ? StructuredSelection.EMPTY : tree.getSelection();
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        if (tree != null) {
            tree.removeSelectionChangedListener(listener);
        }
    }

    @Override
    public void setSelection(ISelection selection) {
        tree.setSelection(selection);
    }
}
