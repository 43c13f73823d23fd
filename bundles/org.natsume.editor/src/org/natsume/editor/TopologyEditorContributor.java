package org.natsume.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.gef.ui.actions.ZoomComboContributionItem;
import org.eclipse.gef.ui.actions.ZoomInRetargetAction;
import org.eclipse.gef.ui.actions.ZoomOutRetargetAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.RetargetAction;
import org.natsume.editor.actions.EditorActions;

/**
 * Connects the active topology editor to the workbench: the retargetable Undo, Redo, Delete, Select All and Save of
 * the main window run the editor's actions (which work on its EMF command stack), and the editor's tool bar gets the
 * routing-policy toggle, auto-layout, zoom and export. A Diagram menu repeats them.
 */
public final class TopologyEditorContributor extends ActionBarContributor {
    /** Every id whose global handler follows the active editor, retarget actions included (GEF's list is private). */
    private final List<String> handlerIds = new ArrayList<>();

    @Override
    protected void addGlobalActionKey(String id) {
        super.addGlobalActionKey(id);
        handlerIds.add(id);
    }

    /**
     * An editor of this type that failed to open (the workbench's error part) shares these action bars but has no
     * actions: its handlers are cleared so that Route by BDF, Undo or Delete pressed on the error tab cannot change
     * the topology editor hidden behind it.
     */
    @Override
    public void setActiveEditor(IEditorPart editor) {
        if (editor != null && editor.getAdapter(ActionRegistry.class) != null) {
            super.setActiveEditor(editor);
            return;
        }
        IActionBars bars = getActionBars();
        for (String id : handlerIds) {
            bars.setGlobalActionHandler(id, null);
        }
        bars.updateActionBars();
    }

    @Override
    protected void buildActions() {
        addRetargetAction(new UndoRetargetAction());
        addRetargetAction(new RedoRetargetAction());
        addRetargetAction(new DeleteRetargetAction());
        addRetargetAction(new ZoomInRetargetAction());
        addRetargetAction(new ZoomOutRetargetAction());
        addRetargetAction(new RetargetAction(EditorActions.ROUTING_POLICY, "Route by BDF", IAction.AS_CHECK_BOX));
        addRetargetAction(new RetargetAction(EditorActions.AUTO_LAYOUT, "Auto-Layout"));
        addRetargetAction(new RetargetAction(EditorActions.PATH_FILTER, "Show Interrupt Path Only", IAction.AS_CHECK_BOX));
        addRetargetAction(new RetargetAction(EditorActions.ZOOM_FIT, "Zoom to Fit"));
        addRetargetAction(new RetargetAction(EditorActions.EXPORT, "Export Diagram..."));
        addRetargetAction(new RetargetAction(GEFActionConstants.TOGGLE_GRID_VISIBILITY, "Show Grid",
                IAction.AS_CHECK_BOX));
    }

    @Override
    protected void declareGlobalActionKeys() {
        addGlobalActionKey(ActionFactory.SAVE.getId());
        addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
        addGlobalActionKey(ActionFactory.COPY.getId());
        addGlobalActionKey(ActionFactory.PASTE.getId());
        addGlobalActionKey(ActionFactory.PRINT.getId());
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        toolBar.add(getAction(EditorActions.ROUTING_POLICY));
        toolBar.add(getAction(EditorActions.PATH_FILTER));
        toolBar.add(new Separator());
        toolBar.add(getAction(EditorActions.AUTO_LAYOUT));
        toolBar.add(getAction(GEFActionConstants.ZOOM_OUT));
        toolBar.add(new ZoomComboContributionItem(getPage()));
        toolBar.add(getAction(GEFActionConstants.ZOOM_IN));
        toolBar.add(getAction(EditorActions.ZOOM_FIT));
        toolBar.add(new Separator());
        toolBar.add(getAction(EditorActions.EXPORT));
    }

    @Override
    public void contributeToMenu(IMenuManager menuBar) {
        MenuManager diagram = new MenuManager("&Diagram", "org.natsume.editor.menu");
        diagram.add(getAction(EditorActions.ROUTING_POLICY));
        diagram.add(getAction(EditorActions.PATH_FILTER));
        diagram.add(getAction(EditorActions.AUTO_LAYOUT));
        diagram.add(new Separator());
        diagram.add(getAction(GEFActionConstants.ZOOM_IN));
        diagram.add(getAction(GEFActionConstants.ZOOM_OUT));
        diagram.add(getAction(EditorActions.ZOOM_FIT));
        diagram.add(getAction(GEFActionConstants.TOGGLE_GRID_VISIBILITY));
        diagram.add(new Separator());
        diagram.add(getAction(EditorActions.EXPORT));
        menuBar.insertAfter(IWorkbenchActionConstants.M_EDIT, diagram);
    }
}
