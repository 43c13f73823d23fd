package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;
import org.natsume.editor.outline.TopologyOutlinePage;
import org.natsume.model.Domain;

/** The Outline's model tree selects on the diagram; the workbench Delete and Undo actions run the editor's commands. */
class OutlineTest extends SharedExampleEditorTest {
    @Test
    void theOutlineTreeShowsTheModelAndSelectsOnTheDiagram() {
        TopologyOutlinePage outline = (TopologyOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell();
        try {
            shell.setLayout(new org.eclipse.swt.layout.FillLayout());
            outline.createControl(shell);
            shell.open();
            EditorFixture.spin();
            TreeItem[] roots = outline.tree().getTree().getItems();
            assertEquals(1, roots.length);
            assertTrue(roots[0].getText().contains("case 3"), roots[0].getText());
            Domain guestB = EditorFixture.domain(t, "guestB");
            outline.tree().setSelection(new StructuredSelection(guestB), true);
            EditorFixture.spin();
            Object selected = ((StructuredSelection) editor.viewer().getSelection()).getFirstElement();
            assertEquals(guestB, ((EditPart) selected).getModel(), "selecting in the tree selects on the diagram");
        } finally {
            shell.dispose();
        }
    }

    @Test
    void theWorkbenchDeleteAndUndoActionsRunTheEditorsCommands() {
        Domain guestA = EditorFixture.domain(t, "guestA");
        EditPart part = EditorFixture.part(editor, guestA);
        editor.viewer().setSelection(new StructuredSelection(part));
        EditorFixture.spin();
        ActionRegistry registry = (ActionRegistry) editor.getAdapter(ActionRegistry.class);
        registry.getAction(ActionFactory.DELETE.getId()).run();
        EditorFixture.spin();
        assertTrue(!t.getDomains().contains(guestA));
        assertEquals("Delete", editor.emfStack().getUndoCommand().getLabel());
        registry.getAction(ActionFactory.UNDO.getId()).run();
        EditorFixture.spin();
        assertTrue(t.getDomains().contains(guestA));
    }
}
