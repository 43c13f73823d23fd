package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.natsume.editor.quickfix.QuickFix;
import org.natsume.editor.quickfix.QuickFixDialog;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.Severity;

/**
 * The Quick Fix dialog on the paper's shared-GSI error: Route by BDF is offered with a before/after preview from a
 * short simulation (the spurious PIRQs disappear), Apply makes it one command, and Edit > Undo takes it back.
 */
class QuickFixDialogTest extends SharedExampleEditorTest {

    private Finding sharedLineError() {
        return editor.context().validation().findings().stream()
                .filter(f -> f.rule().equals("shared-gsi-passthrough") && f.severity() == Severity.ERROR).findFirst()
                .orElseThrow();
    }

    @Test
    void routeByBdfIsPreviewedAppliedAndUndone() throws Exception {
        QuickFixDialog dialog = new QuickFixDialog(editor.getSite().getShell(), editor, List.of(sharedLineError()));
        dialog.setBlockOnOpen(false);
        dialog.open();
        List<String> labels = dialog.fixes().stream().map(QuickFix::label).toList();
        // the other binder of guest B's line is Dom0's USB UHCI, which has no MSI capability (domain.md §0.3)
        assertTrue(labels.stream().noneMatch(l -> l.startsWith("Switch ")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Move NIC-B")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Steer the pin to guestB's CPU 2")), labels.toString());
        int byBdf = labels.indexOf("Route by BDF (proposal 2)");
        dialog.select(byBdf);
        dialog.previewJob().join();
        EditorFixture.spin();
        List<String[]> rows = dialog.previewRows();
        assertEquals("Spurious PIRQs, all domains", rows.get(1)[0]);
        assertNotEquals("0", rows.get(1)[1], "under BY_IRQ Dom0 receives NIC-B's interrupts");
        assertEquals("0", rows.get(1)[2], "under BY_BDF nobody receives another domain's interrupts");
        assertEquals("0", rows.get(0)[2]);
        assertFalse(editor.isDirty(), "the preview simulates copies, never the editor's model");
        assertEquals("Throughput", rows.get(3)[0]);
        assertTrue(dialog.previewFits(), "every row, throughput included, is visible without scrolling");

        dialog.apply();
        EditorFixture.spin();
        assertEquals(RoutingPolicies.BY_BDF, t.getHypervisor().getRoutingPolicy());
        assertTrue(editor.context().validation().findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
        assertTrue(editor.isDirty());

        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        EditorFixture.spin();
        assertEquals(RoutingPolicies.BY_IRQ, t.getHypervisor().getRoutingPolicy());
        assertEquals(Severity.ERROR, sharedLineError().severity());
        assertFalse(editor.isDirty());
    }
}
