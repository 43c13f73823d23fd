package org.natsume.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ToggleGridAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.natsume.editor.actions.EditorActions;
import org.natsume.editor.commands.EmfCommandStack;
import org.natsume.editor.commands.TopologyCommands;
import org.natsume.editor.diagram.DiagramNotation;
import org.natsume.editor.diagram.PathFilter;
import org.natsume.editor.diagram.Wire;
import org.natsume.editor.export.DiagramExport;
import org.natsume.editor.fanout.FanOutHighlight;
import org.natsume.editor.layout.AutoLayout;
import org.natsume.editor.layout.LayoutEngine;
import org.natsume.editor.outline.TopologyOutlinePage;
import org.natsume.editor.parts.DiagramContext;
import org.natsume.editor.parts.NodePart;
import org.natsume.editor.parts.PartFactory;
import org.natsume.editor.validation.LiveValidation;
import org.natsume.model.Topology;
import org.natsume.model.io.Ids;
import org.natsume.editor.validation.ExportProblems;
import org.natsume.editor.validation.PropertyRules;
import org.natsume.model.io.TopologyLoadException;
import org.natsume.model.io.TopologyStore;
import org.natsume.model.edit.NatsumeEditAdapterFactory;
import org.natsume.model.validation.Severity;
import org.natsume.ui.PathEditorInput;
import org.natsume.ui.properties.ItemPropertySourceProvider;

/**
 * The graphical topology editor for {@code .natsume} files (domain.md §2–§4). The model is loaded with
 * {@link TopologyStore}; every edit (diagram tools, direct edit, Properties view, auto-layout, routing policy) is an
 * EMF command on one {@link BasicCommandStack}, which GEF sees through {@link EmfCommandStack}; after each command
 * the diagram, the live validation, the fan-out highlight, the Outline and the Problems view are brought up to date.
 */
public class TopologyEditor extends GraphicalEditorWithFlyoutPalette {
    public static final String ID = "org.natsume.editor.TopologyEditor";

    private Path file;
    private Topology topology;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain editingDomain;
    private DiagramContext ctx;
    private TopologyOutlinePage outline;
    private CLabel header;
    private final List<Runnable> refreshListeners = new CopyOnWriteArrayList<>();
    private long initNanos;
    private volatile long firstPaintNanos;
    private final ExportProblems exportProblems = new ExportProblems();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        initNanos = System.nanoTime();
        file = pathOf(input);
        try {
            topology = TopologyStore.load(file);
        } catch (TopologyLoadException e) {
            throw new PartInitException("Cannot open " + file + ": " + e.getMessage(), e);
        }
        Ids.ensureIds(topology);
        adapterFactory = new ComposedAdapterFactory(List.of(new NatsumeEditAdapterFactory(),
                new ReflectiveItemProviderAdapterFactory()));
        BasicCommandStack stack = new BasicCommandStack();
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, stack,
                topology.eResource().getResourceSet());
        topology.eResource().getResourceSet().eAdapters()
                .add(new AdapterFactoryEditingDomain.EditingDomainProvider(editingDomain));
        DiagramNotation notation = DiagramNotation.of(topology.eResource());
        ctx = new DiagramContext(new TopologyCommands(editingDomain, topology, notation), this::status);
        DefaultEditDomain gefDomain = new DefaultEditDomain(this);
        gefDomain.setCommandStack(new EmfCommandStack(stack));
        setEditDomain(gefDomain);
        super.init(site, input);
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
    }

    static Path pathOf(IEditorInput input) throws PartInitException {
        if (input instanceof PathEditorInput p) {
            return p.file();
        }
        if (input instanceof IPathEditorInput p) {
            return p.getPath().toPath();
        }
        IPathEditorInput adapted = input.getAdapter(IPathEditorInput.class);
        if (adapted != null) {
            return adapted.getPath().toPath();
        }
        throw new PartInitException("The topology editor opens files; " + input.getName() + " is not a file");
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        return TopologyPalette.create();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        area.setLayout(layout);
        header = new CLabel(area, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new org.eclipse.swt.layout.FillLayout());
        super.createPartControl(body);
        updateHeader();
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new PartFactory(ctx));
        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(new double[] { 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0 });
        zoom.setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH, ZoomManager.FIT_HEIGHT));
        ActionRegistry registry = getActionRegistry();
        IAction zoomIn = new ZoomInAction(zoom);
        IAction zoomOut = new ZoomOutAction(zoom);
        registry.registerAction(zoomIn);
        registry.registerAction(zoomOut);
        registry.registerAction(new ToggleGridAction(viewer));
        EditorActions.register(this, registry);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_SPACING, new Dimension(10, 10));
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_ENABLED, Boolean.TRUE);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_VISIBLE, Boolean.FALSE);

        KeyHandler keys = new KeyHandler();
        keys.put(KeyStroke.getPressed(SWT.F2, 0), registry.getAction(GEFActionConstants.DIRECT_EDIT));
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), registry.getAction(org.eclipse.ui.actions.ActionFactory.DELETE
                .getId()));
        keys.put(KeyStroke.getPressed('+', SWT.KEYPAD_ADD, 0), zoomIn);
        keys.put(KeyStroke.getPressed('-', SWT.KEYPAD_SUBTRACT, 0), zoomOut);
        viewer.setKeyHandler(new GraphicalViewerKeyHandler(viewer).setParent(keys));
        viewer.setContextMenu(new TopologyContextMenu(viewer, registry));
        getSite().registerContextMenu(TopologyContextMenu.ID, viewer.getContextMenu(), viewer);

        viewer.addSelectionChangedListener(e -> highlightSelection());
        viewer.getControl().addListener(SWT.Paint, e -> {
            if (firstPaintNanos == 0) {
                firstPaintNanos = System.nanoTime();
            }
        });
    }

    @SuppressWarnings("unchecked")
    @Override
    protected void createActions() {
        super.createActions();
        DirectEditAction direct = new DirectEditAction((org.eclipse.ui.IWorkbenchPart) this);
        getActionRegistry().registerAction(direct);
        getSelectionActions().add(direct.getId());
    }

    @Override
    protected void initializeGraphicalViewer() {
        GraphicalViewer viewer = getGraphicalViewer();
        viewer.setContents(topology);
        int placed = AutoLayout.placeUnplaced(ctx.commands().notation(), ctx.index(), this::preferredSize);
        if (placed > 0) {
            refreshDiagram();
        }
    }

    /** The size a top-level node's figure wants, for layout. */
    public int[] preferredSize(EObject node) {
        Object part = getGraphicalViewer().getEditPartRegistry().get(node);
        if (part instanceof GraphicalEditPart g) {
            Dimension d = g.getFigure().getPreferredSize();
            return new int[] { d.width, d.height };
        }
        return new int[] { 120, 60 };
    }

    // ---------------------------------------------------------------------------------------------- refresh

    @Override
    public void commandStackChanged(EventObject event) {
        super.commandStackChanged(event);
        firePropertyChange(PROP_DIRTY); // GEF 3.2 leaves the dirty marker to the editor
        refreshDiagram();
    }

    /** Brings every figure, the highlight, the header, the Outline and the Problems view up to date. */
    public void refreshDiagram() {
        GraphicalViewer viewer = getGraphicalViewer();
        if (viewer == null || viewer.getContents() == null) {
            return;
        }
        List<Object> selected = new ArrayList<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            if (o instanceof EditPart p && p != viewer.getContents()) {
                selected.add(p.getModel());
            }
        }
        ctx.rebuild();
        exportProblems.recompute(topology);
        viewer.getContents().refresh();
        for (Object part : new ArrayList<>(viewer.getEditPartRegistry().values())) {
            // refreshing a container can take away a part of this snapshot (a device moved to another bus)
            if (((EditPart) part).getParent() != null) {
                ((EditPart) part).refresh();
            }
        }
        reselect(viewer, selected);
        if (pathFilter != null) {
            pathFilter = pathFilter.subject().eResource() == null ? null : PathFilter.of(topology, pathFilter.subject());
        }
        applyPathFilter();
        updateHeader();
        if (outline != null) {
            outline.refresh();
        }
        refreshListeners.forEach(Runnable::run);
    }

    /** A part that was re-created (a device moved to another bus) keeps its selection. */
    private static void reselect(GraphicalViewer viewer, List<Object> models) {
        List<Object> parts = new ArrayList<>();
        for (Object m : models) {
            Object part = viewer.getEditPartRegistry().get(m);
            if (part instanceof EditPart p && p.getParent() != null) {
                parts.add(p);
            }
        }
        if (!parts.isEmpty() && !parts.equals(((IStructuredSelection) viewer.getSelection()).toList())) {
            viewer.setSelection(new StructuredSelection(parts));
        }
    }

    private PathFilter pathFilter;

    /**
     * Shows only the interrupt path of subject (a device or a line, see {@link PathFilter}); false, changing nothing,
     * when subject starts no path. {@link #clearPathFilter()} shows everything again.
     */
    public boolean setPathFilter(EObject subject) {
        PathFilter f = subject == null ? null : PathFilter.of(topology, subject);
        if (f == null) {
            return false;
        }
        pathFilter = f;
        applyPathFilter();
        updateHeader();
        refreshListeners.forEach(Runnable::run);
        return true;
    }

    public void clearPathFilter() {
        pathFilter = null;
        applyPathFilter();
        updateHeader();
        refreshListeners.forEach(Runnable::run);
    }

    public PathFilter pathFilter() {
        return pathFilter;
    }

    /** The subject the path filter would take from the selection (a device, a line, an INTx edge's device). */
    public EObject selectedPathSubject() {
        Object first = ((IStructuredSelection) getGraphicalViewer().getSelection()).getFirstElement();
        if (first instanceof EditPart part) {
            Object model = part.getModel();
            return model instanceof Wire w ? w.source() : model instanceof EObject e ? e : null;
        }
        return null;
    }

    /** Hides the figures the path filter does not show (nodes first, then edges whose ends are hidden). */
    private void applyPathFilter() {
        GraphicalViewer viewer = getGraphicalViewer();
        if (viewer == null) {
            return;
        }
        List<org.eclipse.gef.ConnectionEditPart> edges = new ArrayList<>();
        for (Object part : viewer.getEditPartRegistry().values()) {
            if (part instanceof org.eclipse.gef.ConnectionEditPart c) {
                edges.add(c);
            } else if (part instanceof NodePart n) {
                n.getFigure().setVisible(pathFilter == null || pathFilter.shows(n.eObject()));
            }
        }
        for (org.eclipse.gef.ConnectionEditPart c : edges) {
            boolean ends = c.getSource() instanceof GraphicalEditPart s && s.getFigure().isShowing()
                    && c.getTarget() instanceof GraphicalEditPart t && t.getFigure().isShowing();
            boolean own = !(c.getModel() instanceof org.natsume.model.DeviceAttachment a) || pathFilter == null
                    || pathFilter.shows(a);
            ((GraphicalEditPart) c).getFigure().setVisible(pathFilter == null || (ends && own));
        }
    }

    /** How many node figures are showing (for tests and the header). */
    public int shownNodes() {
        int n = 0;
        for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
            if (part instanceof NodePart p && p.getFigure().isShowing()) {
                n++;
            }
        }
        return n;
    }

    private void highlightSelection() {
        IStructuredSelection s = (IStructuredSelection) getGraphicalViewer().getSelection();
        Object first = s.getFirstElement();
        EObject subject = null;
        if (first instanceof EditPart part) {
            Object model = part.getModel();
            subject = model instanceof Wire w ? w.source() : model instanceof EObject e ? e : null;
        }
        ctx.highlight(subject);
        for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
            if (part instanceof NodePart n && n.eObject() instanceof org.natsume.model.Domain) {
                n.refresh();
            }
        }
        updateHeader();
    }

    private void updateHeader() {
        if (header == null || header.isDisposed()) {
            return;
        }
        LiveValidation v = ctx.validation();
        String policy = topology.getHypervisor() == null ? "bare metal"
                : "Routing " + topology.getHypervisor().getRoutingPolicy();
        String problems = plural(v.count(Severity.ERROR), "error") + ", " + plural(v.count(Severity.WARNING), "warning");
        FanOutHighlight h = ctx.highlight();
        String fan = h.isEmpty() ? "Select a device or an interrupt line to see which domains its interrupts reach."
                : h.summary() + ".";
        String filter = pathFilter == null ? "" : "  |  Showing only the " + pathFilter.describe();
        header.setText(policy + "  |  " + problems + filter + "  |  " + fan);
        header.setForeground(v.count(Severity.ERROR) > 0 ? header.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
                : null);
    }

    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The palette starts open on the right, so a new user sees the tools. */
    @Override
    protected org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences getPalettePreferences() {
        return new org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences() {
            private int dock = org.eclipse.draw2d.PositionConstants.EAST;
            private int state = org.eclipse.gef.ui.palette.FlyoutPaletteComposite.STATE_PINNED_OPEN;
            private int width = 150;

            @Override
            public int getDockLocation() {
                return dock;
            }

            @Override
            public int getPaletteState() {
                return state;
            }

            @Override
            public int getPaletteWidth() {
                return width;
            }

            @Override
            public void setDockLocation(int location) {
                dock = location;
            }

            @Override
            public void setPaletteState(int s) {
                state = s;
            }

            @Override
            public void setPaletteWidth(int w) {
                width = w;
            }
        };
    }

    /** Shows message (null clears it) in the status line as an error. */
    public void status(String message) {
        IStatusLineManager line = getEditorSite() == null ? null : getEditorSite().getActionBars().getStatusLineManager();
        if (line != null) {
            line.setErrorMessage(message);
        }
    }

    // ---------------------------------------------------------------------------------------------- saving

    @Override
    public void doSave(IProgressMonitor monitor) {
        saveTo(file);
    }

    private boolean saveTo(Path target) {
        try {
            TopologyStore.save(topology, target);
            getCommandStack().markSaveLocation();
            return true;
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Save Topology", e.getMessage());
            return false;
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save Topology As");
        dialog.setFilterExtensions(new String[] { "*.natsume" });
        dialog.setFilterPath(file.getParent().toString());
        dialog.setFileName(file.getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen.endsWith("." + TopologyStore.EXTENSION) ? chosen
                : chosen + "." + TopologyStore.EXTENSION);
        if (saveTo(target)) {
            file = target;
            setInput(new PathEditorInput(target));
            setPartName(target.getFileName().toString());
            setTitleToolTip(target.toString());
        }
    }

    // ---------------------------------------------------------------------------------------------- adapters

    @SuppressWarnings("rawtypes")
    @Override
    public Object getAdapter(Class type) {
        if (type == IPropertySheetPage.class) {
            return new ItemPropertySourceProvider(adapterFactory, new PropertyRules()).newPage();
        }
        if (type == IContentOutlinePage.class) {
            outline = new TopologyOutlinePage(topology, adapterFactory, getGraphicalViewer());
            return outline;
        }
        if (type == ZoomManager.class) {
            return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
        }
        if (type == TopologyEditor.class) {
            return this;
        }
        if (type == org.eclipse.emf.ecore.resource.Resource.class) {
            return topology == null ? null : topology.eResource();
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        disposeListeners.forEach(Runnable::run);
        super.dispose();
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
    }

    /**
     * GEF's editor already listens to the workbench selection; when the trace views select an interrupt journey of
     * this topology, select its device (or line) here so the fan-out highlight shows the journey's path.
     */
    @Override
    public void selectionChanged(org.eclipse.ui.IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
        super.selectionChanged(part, selection);
        if (part == this || getGraphicalViewer() == null || !(selection instanceof IStructuredSelection s)
                || !(s.getFirstElement() instanceof org.natsume.ui.InterruptPathSelection path)) {
            return;
        }
        org.natsume.editor.fanout.InterruptPathTarget.find(topology, path).ifPresent(this::reveal);
    }

    // ---------------------------------------------------------------------------------------------- API

    public Topology topology() {
        return topology;
    }

    public Path file() {
        return file;
    }

    public DiagramContext context() {
        return ctx;
    }

    /** The refusals of the last configuration export's targets, kept current after every command. */
    public ExportProblems exportProblems() {
        return exportProblems;
    }

    public TopologyCommands commands() {
        return ctx.commands();
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    public BasicCommandStack emfStack() {
        return (BasicCommandStack) editingDomain.getCommandStack();
    }

    /** Executes an EMF command on the editor's stack; {@code false} if it was null or not executable. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        editingDomain.getCommandStack().execute(command);
        return true;
    }

    /** Nanoseconds from {@link #init} to the first paint of the diagram canvas (0 until painted). */
    public long timeToFirstPaintNanos() {
        return firstPaintNanos == 0 ? 0 : firstPaintNanos - initNanos;
    }

    private final List<Runnable> disposeListeners = new CopyOnWriteArrayList<>();

    /** Runs r when the editor is disposed. */
    public void addDisposeListener(Runnable r) {
        disposeListeners.add(r);
    }

    /** Listeners run after every refresh (the Problems view uses this). */
    public void addRefreshListener(Runnable r) {
        refreshListeners.add(r);
    }

    public void removeRefreshListener(Runnable r) {
        refreshListeners.remove(r);
    }

    /** Selects and reveals the part showing {@code o} (or its nearest shown container). */
    public boolean reveal(EObject o) {
        for (EObject x = o; x != null; x = x.eContainer()) {
            Object part = getGraphicalViewer().getEditPartRegistry().get(x);
            if (part instanceof EditPart p) {
                getGraphicalViewer().setSelection(new StructuredSelection(p));
                getGraphicalViewer().reveal(p);
                return true;
            }
        }
        return false;
    }

    /** Runs auto-layout as one undoable command. */
    public boolean autoLayout(LayoutEngine engine) {
        return execute(AutoLayout.command(ctx.commands(), ctx.index(), this::preferredSize, engine));
    }

    /** The printable layers (nodes and edges) for export. */
    public IFigure printableFigure() {
        return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart())
                .getLayer(LayerConstants.PRINTABLE_LAYERS);
    }

    public void exportPng(Path target) throws IOException {
        DiagramExport.png(printableFigure(), target);
    }

    public void exportSvg(Path target) throws IOException {
        DiagramExport.svg(printableFigure(), target);
    }

}
