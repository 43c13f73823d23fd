package org.natsume.editor;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.natsume.editor.actions.EditorActions;
import org.natsume.editor.quickfix.QuickFixHandler;

/** The diagram's context menu: undo/redo, rename/delete, routing policy, layout, zoom, export. */
final class TopologyContextMenu extends ContextMenuProvider {
    static final String ID = "org.natsume.editor.contextmenu";
    private final ActionRegistry registry;

    TopologyContextMenu(EditPartViewer viewer, ActionRegistry registry) {
        super(viewer);
        this.registry = registry;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        GEFActionConstants.addStandardActionGroups(menu);
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId());
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.REDO.getId());
        add(menu, GEFActionConstants.GROUP_EDIT, GEFActionConstants.DIRECT_EDIT);
        add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.DELETE.getId());
        add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.COPY.getId());
        add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.PASTE.getId());
        menu.appendToGroup(GEFActionConstants.GROUP_EDIT, new CommandContributionItem(
                new CommandContributionItemParameter(PlatformUI.getWorkbench(), null, QuickFixHandler.COMMAND_ID,
                        CommandContributionItem.STYLE_PUSH)));
        add(menu, GEFActionConstants.GROUP_VIEW, EditorActions.ROUTING_POLICY);
        add(menu, GEFActionConstants.GROUP_VIEW, EditorActions.AUTO_LAYOUT);
        add(menu, GEFActionConstants.GROUP_VIEW, EditorActions.ZOOM_FIT);
        add(menu, GEFActionConstants.GROUP_REST, EditorActions.EXPORT);
    }

    private void add(IMenuManager menu, String group, String id) {
        IAction action = registry.getAction(id);
        if (action != null && action.isEnabled()) {
            menu.appendToGroup(group, action);
        }
    }
}
