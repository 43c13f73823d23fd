package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natsume.editor.TopologyEditor;
import org.natsume.editor.wizard.NewTopologyPage.Source;
import org.natsume.editor.wizard.NewTopologyWizard;
import org.natsume.model.io.TopologyStore;

/** File > New > Natsume Topology: registered, writes the file, opens it laid out. */
class WizardAndStartupTest {
    private EditorFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new EditorFixture();
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    private NewTopologyWizard wizard(WizardDialog[] dialog) throws Exception {
        IWizardDescriptor d = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewTopologyWizard.ID);
        assertNotNull(d, "the wizard is registered under File > New");
        NewTopologyWizard w = (NewTopologyWizard) d.createWizard();
        w.init(PlatformUI.getWorkbench(), null);
        dialog[0] = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), w);
        dialog[0].create();
        return w;
    }

    @Test
    void thePaperExampleIsWrittenAndOpenedLaidOut() throws Exception {
        WizardDialog[] dialog = new WizardDialog[1];
        NewTopologyWizard w = wizard(dialog);
        Path file = fixture.dir.resolve("mine");
        w.page().choose(Source.EXAMPLE, "paper-case3-passthrough-shared", null, file.toString());
        assertTrue(w.page().isPageComplete(), String.valueOf(w.page().getErrorMessage()));
        assertTrue(w.performFinish());
        dialog[0].close();
        Path written = fixture.dir.resolve("mine.natsume");
        assertTrue(Files.isRegularFile(written), "'.natsume' is added to the name");
        TopologyEditor editor = w.opened();
        assertNotNull(editor);
        assertEquals(written, editor.file());
        assertFalse(editor.commands().notation().isEmpty(), "the editor laid the new file out on open");
        assertEquals(TopologyStore.load(written).getDomains().size(), editor.topology().getDomains().size());
    }

    @Test
    void anEmptyMachineHasABusAnIoApicAndDom0() throws Exception {
        WizardDialog[] dialog = new WizardDialog[1];
        NewTopologyWizard w = wizard(dialog);
        w.page().choose(Source.EMPTY, null, null, fixture.dir.resolve("empty.natsume").toString());
        assertTrue(w.performFinish());
        dialog[0].close();
        TopologyEditor editor = w.opened();
        assertEquals(1, editor.topology().getMachine().getPciRoots().size());
        assertEquals(1, editor.topology().getMachine().getIoApics().size());
        assertEquals(1, editor.topology().getDomains().size());
    }

    @Test
    void aMissingLspciDumpKeepsTheWizardFromFinishing() throws Exception {
        WizardDialog[] dialog = new WizardDialog[1];
        NewTopologyWizard w = wizard(dialog);
        w.page().choose(Source.LSPCI, null, fixture.dir.resolve("no-such-dump.txt").toString(),
                fixture.dir.resolve("board.natsume").toString());
        assertFalse(w.page().isPageComplete());
        assertTrue(w.page().getErrorMessage().contains("no-such-dump.txt"), w.page().getErrorMessage());
        dialog[0].close();
    }

    @Test
    void anLspciDumpIsImported() throws Exception {
        Path dump = fixture.dir.resolve("lspci.txt");
        Files.writeString(dump, """
                00:19.0 Ethernet controller [0200]: Intel Corporation 82567LM-2 Gigabit Network Connection [8086:10cc] (rev 02)
                \tInterrupt: pin A routed to IRQ 20
                \tKernel driver in use: e1000e

                05:00.0 Ethernet controller [0200]: Intel Corporation 82541GI Gigabit Ethernet Controller [8086:1076] (rev 05)
                \tInterrupt: pin A routed to IRQ 20
                \tKernel driver in use: e1000

                """);
        WizardDialog[] dialog = new WizardDialog[1];
        NewTopologyWizard w = wizard(dialog);
        w.page().choose(Source.LSPCI, null, dump.toString(), fixture.dir.resolve("board.natsume").toString());
        assertTrue(w.page().isPageComplete(), String.valueOf(w.page().getErrorMessage()));
        assertTrue(w.performFinish(), String.valueOf(w.page().getErrorMessage()));
        dialog[0].close();
        TopologyEditor editor = w.opened();
        assertNotNull(editor);
        assertTrue(editor.topology().getMachine().getInterruptLines().stream().anyMatch(l -> l.getSharers().size() == 2),
                "the two NICs share IRQ 20");
    }
}
