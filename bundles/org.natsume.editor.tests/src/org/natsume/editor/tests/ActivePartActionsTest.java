package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natsume.editor.TopologyEditor;
import org.natsume.editor.actions.EditorActions;
import org.natsume.model.RoutingPolicies;
import org.natsume.ui.PathEditorInput;

/**
 * Tool bar and menu actions act on the active part only: with the error tab of a file that failed to open in front,
 * Route by BDF (or Undo, Delete) must not change the topology editor hidden behind it.
 */
class ActivePartActionsTest {
    private EditorFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new EditorFixture();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void routeByBdfOnAnErrorTabLeavesTheHiddenEditorAlone() throws Exception {
        TopologyEditor case3 = fixture.openExample("paper-case3-passthrough-shared");
        Path broken = fixture.dir.resolve("broken.natsume");
        Files.writeString(broken, "<not-a-topology/>");
        IEditorPart error = EditorFixture.page().openEditor(new PathEditorInput(broken), TopologyEditor.ID);
        EditorFixture.spin();
        assertNotSame(case3, error);
        assertEquals(error, EditorFixture.page().getActiveEditor());

        var bars = error.getEditorSite().getActionBars();
        for (String id : new String[] {EditorActions.ROUTING_POLICY, EditorActions.AUTO_LAYOUT,
            ActionFactory.UNDO.getId(), ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId()}) {
            assertNull(bars.getGlobalActionHandler(id), id + " still acts on the hidden editor");
        }
        IContributionItem item = bars.getToolBarManager().find(EditorActions.ROUTING_POLICY);
        assertNotNull(item, "the editor tool bar shows Route by BDF");
        var toggle = ((ActionContributionItem) item).getAction();
        assertFalse(toggle.isEnabled(), "Route by BDF is disabled on the error tab");
        toggle.run();
        EditorFixture.spin();
        assertFalse(case3.isDirty(), "the hidden editor was changed");
        assertEquals(RoutingPolicies.BY_IRQ, case3.topology().getHypervisor().getRoutingPolicy());

        EditorFixture.page().activate(case3);
        EditorFixture.spin();
        assertNotNull(case3.getEditorSite().getActionBars().getGlobalActionHandler(EditorActions.ROUTING_POLICY),
                "back on the topology editor, its actions are bound again");
    }
}
