package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natsume.editor.TopologyEditor;
import org.natsume.editor.actions.EditorActions;
import org.natsume.editor.fanout.FanOutHighlight.Role;
import org.natsume.editor.validation.ProblemsView;
import org.natsume.model.Domain;
import org.natsume.model.InterruptLine;
import org.natsume.model.PciFunction;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.Severity;

/**
 * The paper's case 3 (domain.md §6.2): guest B's pass-through NIC-B shares GSI 16 with Dom0's quiet USB UHCI (§0.3). Selecting NIC-B
 * must ring Dom0 as a spurious receiver under BY_IRQ and nobody but guest B under BY_BDF; the toggle is undoable and
 * the shared-GSI error on the diagram and in the Problems view follows the policy.
 */
class FanOutHighlightTest {
    private EditorFixture fixture;
    private TopologyEditor editor;
    private Topology t;
    private Domain dom0;
    private Domain guestA;
    private Domain guestB;

    @BeforeEach
    void open() throws Exception {
        fixture = new EditorFixture();
        editor = fixture.openExample("paper-case3-passthrough-shared");
        t = editor.topology();
        dom0 = EditorFixture.domain(t, "dom0");
        guestA = EditorFixture.domain(t, "guestA");
        guestB = EditorFixture.domain(t, "guestB");
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private void select(Object model) {
        editor.viewer().setSelection(new StructuredSelection(EditorFixture.anyPart(editor, model)));
        EditorFixture.spin();
    }

    private Role ring(Domain d) {
        return EditorFixture.part(editor, d).nodeFigure().ring();
    }

    private void toggle() {
        IAction toggle = editor.getAdapter(org.eclipse.gef.ui.actions.ActionRegistry.class) instanceof
                org.eclipse.gef.ui.actions.ActionRegistry r ? r.getAction(EditorActions.ROUTING_POLICY) : null;
        toggle.run();
        EditorFixture.spin();
    }

    /** The trace views publish a journey; the editor selects its device and shows that journey's fan-out. */
    private record Journey(String deviceBdf, int gsi, java.util.List<String> notifiedDomains,
            java.util.List<String> spuriousDomains) implements org.natsume.ui.InterruptPathSelection {
    }

    @Test
    void aJourneySelectedInTheTraceViewsSelectsItsDeviceAndShowsItsFanOut() {
        org.eclipse.ui.IViewPart other = EditorFixture.page().findView(IPageLayout.ID_PROP_SHEET);
        editor.selectionChanged(other, new StructuredSelection(
                new Journey("0000:05:00.0", 16, java.util.List.of("dom0", "guestB"), java.util.List.of("dom0"))));
        EditorFixture.spin();
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        assertEquals(nicB, editor.context().highlight().subject());
        assertEquals(Map.of(dom0, Role.SPURIOUS, guestB, Role.OWNER), editor.context().highlight().domains());

        // a journey without a BDF (a line the trace only knows by number) selects the line
        editor.selectionChanged(other, new StructuredSelection(
                new Journey("", 16, java.util.List.of("dom0", "guestB"), java.util.List.of())));
        EditorFixture.spin();
        assertEquals(EditorFixture.line(t, 16), editor.context().highlight().subject());
    }

    @Test
    void theWelcomeExampleOpensOnTheSharedGsiErrorsDevice() {
        org.natsume.editor.WelcomeExample.revealFirstError(editor);
        EditorFixture.spin();
        assertEquals(EditorFixture.byId(t, "nic-b", PciFunction.class), editor.context().highlight().subject());
        assertEquals(Map.of(dom0, Role.SPURIOUS, guestB, Role.OWNER), editor.context().highlight().domains());
    }

    @Test
    void selectingNicBRingsDom0AsSpuriousUnderByIrqAndOnlyGuestBUnderByBdf() {
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        select(nicB);
        assertEquals(Map.of(dom0, Role.SPURIOUS, guestB, Role.OWNER), editor.context().highlight().domains());
        assertEquals(Role.SPURIOUS, ring(dom0));
        assertEquals(Role.OWNER, ring(guestB));
        assertNull(ring(guestA), "guest A (vif) receives no interrupts of NIC-B");

        toggle();
        assertEquals(RoutingPolicies.BY_BDF, t.getHypervisor().getRoutingPolicy());
        assertEquals(Map.of(guestB, Role.OWNER), editor.context().highlight().domains());
        assertNull(ring(dom0), "under BY_BDF Dom0 no longer receives NIC-B's interrupts");
        assertEquals(Role.OWNER, ring(guestB));

        editor.emfStack().undo();
        EditorFixture.spin();
        assertEquals(RoutingPolicies.BY_IRQ, t.getHypervisor().getRoutingPolicy());
        assertEquals(Role.SPURIOUS, ring(dom0), "undo brings the spurious delivery back at once");
    }

    @Test
    void routeByBdfUncheckedReturnsToTheContributedPolicyItLeft() {
        String contributed = "org.example.vendor-routing";
        editor.execute(editor.commands().setRoutingPolicy(contributed));
        EditorFixture.spin();
        toggle();
        assertEquals(RoutingPolicies.BY_BDF, t.getHypervisor().getRoutingPolicy());
        toggle();
        assertEquals(contributed, t.getHypervisor().getRoutingPolicy(), "not reset to BY_IRQ");
    }

    @Test
    void selectingTheSharedLineShowsBothDomainsSpuriousOnlyUnderByIrq() {
        InterruptLine gsi16 = EditorFixture.line(t, 16);
        select(gsi16);
        assertEquals(Map.of(dom0, Role.SPURIOUS, guestB, Role.SPURIOUS), editor.context().highlight().domains());
        toggle();
        assertEquals(Map.of(dom0, Role.OWNER, guestB, Role.OWNER), editor.context().highlight().domains());
        assertTrue(editor.context().highlight().summary().contains("BY_BDF"), editor.context().highlight().summary());
    }

    @Test
    void theSharedGsiErrorIsOnTheFiguresAndInTheProblemsViewAndFollowsThePolicy() throws Exception {
        ProblemsView problems = (ProblemsView) EditorFixture.page().showView(ProblemsView.ID);
        EditorFixture.page().activate(editor);
        EditorFixture.spin();
        PciFunction nicB = EditorFixture.byId(t, "nic-b", PciFunction.class);
        InterruptLine gsi16 = EditorFixture.line(t, 16);
        assertEquals(Severity.ERROR, EditorFixture.part(editor, nicB).nodeFigure().badge());
        assertEquals(Severity.ERROR, EditorFixture.part(editor, gsi16).nodeFigure().badge());
        assertTrue(EditorFixture.part(editor, gsi16).nodeFigure().getToolTip() != null, "the badge has a tooltip");
        assertTrue(sharedGsi(problems, Severity.ERROR), "Problems lists the shared-GSI error: " + problems.shown());

        toggle();
        assertTrue(sharedGsi(problems, Severity.INFO), "under BY_BDF the finding is only INFO");
        assertTrue(EditorFixture.part(editor, nicB).nodeFigure().badge() != Severity.ERROR);

        editor.emfStack().undo();
        EditorFixture.spin();
        assertTrue(sharedGsi(problems, Severity.ERROR));
    }

    private static boolean sharedGsi(ProblemsView view, Severity severity) {
        for (Finding f : view.shown()) {
            if (f.rule().equals("shared-gsi-passthrough") && f.severity() == severity) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theProblemsViewNavigatesToTheElement() throws Exception {
        ProblemsView problems = (ProblemsView) EditorFixture.page().showView(ProblemsView.ID);
        EditorFixture.page().activate(editor);
        EditorFixture.spin();
        Finding f = problems.shown().stream().filter(x -> x.rule().equals("shared-gsi-passthrough")).findFirst()
                .orElseThrow();
        assertTrue(editor.reveal(f.objects().get(0)));
        Object selected = ((StructuredSelection) editor.viewer().getSelection()).getFirstElement();
        assertTrue(selected instanceof org.eclipse.gef.EditPart);
        EditorFixture.page().showView(IPageLayout.ID_PROP_SHEET);
    }
}
