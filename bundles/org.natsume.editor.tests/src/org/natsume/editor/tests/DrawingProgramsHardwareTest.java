package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natsume.editor.TopologyEditor;
import org.natsume.editor.diagram.ConnectionKind;
import org.natsume.editor.diagram.NodeKind;
import org.natsume.model.DeliveryMode;
import org.natsume.model.Domain;
import org.natsume.model.InterruptLine;
import org.natsume.model.Nic;
import org.natsume.model.PciBus;
import org.natsume.model.Polarity;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.Topology;
import org.natsume.model.TriggerMode;
import org.natsume.model.examples.Templates;
import org.natsume.model.ioapic.PinProgramming;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.Severity;
import org.natsume.model.validation.TopologyValidator;

/**
 * The first hour on the wizard's empty machine: a NIC, a line, an RT-VM, the INTx wire, pass-through and pinning
 * drawn with the palette's commands give a model that validates without errors, because the INTx wire programs the
 * line's IO-APIC pin as firmware does; one undo puts the pin back.
 */
class DrawingProgramsHardwareTest {
    private EditorFixture fixture;
    private TopologyEditor editor;
    private Topology t;

    @BeforeEach
    void open() throws Exception {
        fixture = new EditorFixture();
        editor = fixture.open(fixture.write("empty", Templates.emptyMachine("empty")));
        t = editor.topology();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private List<Finding> errors() {
        return TopologyValidator.validate(t).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private <T extends EObject> T created(List<T> before, List<T> after) {
        return after.stream().filter(x -> !before.contains(x)).findFirst().orElseThrow();
    }

    @Test
    void aDrawnTopologyValidatesAndItsWiredPinIsProgrammed() {
        assertEquals(List.of(), errors(), "the empty machine is valid as created");
        PciBus bus = t.getMachine().getPciRoots().get(0);
        assertTrue(editor.execute(editor.commands().create(NodeKind.NIC, bus, 40, 40)));
        Nic nic = (Nic) bus.getFunctions().get(0);
        List<InterruptLine> lines = List.copyOf(t.getMachine().getInterruptLines());
        assertTrue(editor.execute(editor.commands().create(NodeKind.INTERRUPT_LINE, null, 300, 40)));
        InterruptLine line = created(lines, t.getMachine().getInterruptLines());
        List<Domain> domains = List.copyOf(t.getDomains());
        assertTrue(editor.execute(editor.commands().create(NodeKind.RT_VM, null, 500, 40)));
        Domain rt = created(domains, t.getDomains());

        RedirectionEntry pin = PinProgramming.entry(t.getMachine(), line.getGsi()).orElseThrow();
        assertTrue(pin.isMasked(), "an unused pin stays masked");
        assertTrue(editor.execute(editor.commands().connect(ConnectionKind.INTX, nic, line)));
        assertFalse(pin.isMasked());
        assertEquals(TriggerMode.LEVEL, pin.getTrigger());
        assertEquals(Polarity.LOW, pin.getPolarity());
        assertTrue(pin.getVector() >= PinProgramming.FIRST_DEVICE_VECTOR, "a device vector");
        assertEquals(DeliveryMode.LOWEST_PRIORITY, pin.getDeliveryMode());

        assertTrue(editor.execute(editor.commands().connect(ConnectionKind.ASSIGN_PASSTHROUGH, nic, rt)));
        assertTrue(editor.execute(editor.commands().connect(ConnectionKind.PINNING, rt.getVcpus().get(0),
                t.getMachine().getCpus().get(1))));
        assertEquals(List.of(), errors());

        editor.emfStack().undo(); // pinning
        editor.emfStack().undo(); // pass-through
        editor.emfStack().undo(); // the INTx wire and its pin, in one step
        assertTrue(pin.isMasked(), "undoing the wire masks the pin again");
        assertEquals(null, nic.getLine());
    }
}
