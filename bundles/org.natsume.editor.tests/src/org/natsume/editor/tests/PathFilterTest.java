package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.junit.jupiter.api.Test;
import org.natsume.editor.TopologyEditor;
import org.natsume.editor.actions.EditorActions;
import org.natsume.model.Domain;
import org.natsume.model.LogicalCpu;
import org.natsume.model.PciFunction;

/**
 * Show Interrupt Path Only: from the selected device through its line, the domains bound to it, their VCPUs and
 * PCPUs; everything else hidden; unchecking shows everything again. On the 500-device board the path is a few nodes.
 */
class PathFilterTest extends SharedExampleEditorTest {

    private boolean showing(EObject o) {
        return EditorFixture.anyPart(editor, o) instanceof org.eclipse.gef.GraphicalEditPart g && g.getFigure().isShowing();
    }

    @Test
    void theToggleShowsOnlyNicBsPathAndClearingShowsAll() {
        int all = editor.shownNodes();
        PciFunction nicA = EditorFixture.byId(t, "nic-a", PciFunction.class);
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        Domain guestA = EditorFixture.domain(t, "guestA");
        Domain guestB = EditorFixture.domain(t, "guestB");
        IAction toggle = ((ActionRegistry) editor.getAdapter(ActionRegistry.class)).getAction(EditorActions.PATH_FILTER);

        editor.viewer().setSelection(StructuredSelection.EMPTY);
        toggle.setChecked(true);
        toggle.run();
        assertFalse(toggle.isChecked(), "nothing selected: no filter");
        assertNull(editor.pathFilter());

        editor.viewer().setSelection(new StructuredSelection(EditorFixture.anyPart(editor, nicB)));
        EditorFixture.spin();
        toggle.setChecked(true);
        toggle.run();
        EditorFixture.spin();
        assertTrue(toggle.isChecked());
        assertTrue(showing(nicB));
        assertTrue(showing(nicB.getLine()), "its line");
        assertTrue(showing(guestB), "its owner");
        for (LogicalCpu c : guestB.getVcpus().get(0).getHardAffinity()) {
            assertTrue(showing(c), "the PCPU guest B's VCPU is pinned to");
        }
        assertFalse(showing(guestA), "guest A is not bound to NIC-B's line");
        Domain dom0 = EditorFixture.domain(t, "dom0");
        assertTrue(org.natsume.model.analysis.Ownership.boundDomains(t, nicB.getLine()).contains(dom0));
        assertTrue(showing(dom0), "Dom0 binds the shared GSI 20 (NIC-A's driver): a binder of NIC-B's line");
        assertFalse(showing(nicA), "the path starts at NIC-B alone; its bus's other devices are hidden");
        int path = editor.shownNodes();
        assertTrue(path < all, path + " of " + all);

        toggle.setChecked(false);
        toggle.run();
        EditorFixture.spin();
        assertNull(editor.pathFilter());
        assertEquals(all, editor.shownNodes(), "clearing the filter shows everything");
        assertTrue(showing(guestA));
    }

    @Test
    void aFiveHundredDeviceBoardShowsAFewNodes() throws Exception {
        TopologyEditor big = fixture.openExample("synthetic-500");
        int all = big.shownNodes();
        PciFunction some = org.natsume.model.pci.PciTree.functions(big.topology().getMachine()).stream()
                .filter(f -> f.getLine() != null).findFirst().orElseThrow();
        assertTrue(big.setPathFilter(some));
        EditorFixture.spin();
        int path = big.shownNodes();
        assertTrue(path > 2 && path < all / 10, path + " of " + all);
        big.clearPathFilter();
        assertEquals(all, big.shownNodes());
    }
}
