package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jface.wizard.WizardDialog;
import org.junit.jupiter.api.Test;
import org.natsume.cli.CommandContext;
import org.natsume.cli.CommandRegistry;
import org.natsume.cli.Dispatcher;
import org.natsume.editor.export.ExportConfigurationsWizard;
import org.natsume.editor.validation.ProblemsView;
import org.natsume.model.PciFunction;
import org.natsume.model.pci.PciTree;

/**
 * File > Export > Configurations on the shared-GSI case: the wizard writes exactly the files {@code ./natsume export
 * --target all} writes, byte for byte; Jailhouse's and ACRN's refusals are rows in the Problems view, which go away
 * once the USB controller that shares NIC-B's line leaves it.
 */
class ExportConfigurationsWizardTest extends SharedExampleEditorTest {

    @Test
    void theWizardWritesWhatTheCommandLineWritesAndItsRefusalsReachProblems() throws Exception {
        System.setProperty("natsume.export.noSummary", "true");
        Path ui = fixture.dir.resolve("ui");
        ExportConfigurationsWizard w = new ExportConfigurationsWizard(editor);
        WizardDialog dialog = new WizardDialog(editor.getSite().getShell(), w);
        dialog.setBlockOnOpen(false);
        dialog.open();
        w.page().choose(ui, null);
        assertTrue(w.page().isPageComplete(), String.valueOf(w.page().getErrorMessage()));
        assertTrue(w.performFinish());
        dialog.close();

        Path cli = fixture.dir.resolve("cli");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new Dispatcher(new CommandRegistry()).dispatch(List.of("export", editor.file().toString(), "--target",
                    "all", "-o", cli.toString()), new CommandContext(o, o, fixture.dir));
        }
        Map<String, String> fromUi = tree(ui);
        assertFalse(fromUi.isEmpty());
        assertEquals(tree(cli), fromUi, out.toString(StandardCharsets.UTF_8));
        assertTrue(w.summary().contains("jailhouse: refused"), w.summary());

        ProblemsView problems = (ProblemsView) EditorFixture.page().showView(ProblemsView.ID);
        EditorFixture.spin();
        assertTrue(problems.shown().stream().anyMatch(f -> f.rule().equals("export-jailhouse")),
                problems.shown().toString());
        PciFunction usb = PciTree.find(t.getMachine(), "00:1a.0").orElseThrow();
        editor.execute(org.eclipse.emf.edit.command.SetCommand.create(editor.editingDomain(), usb,
                org.natsume.model.NatsumePackage.Literals.PCI_FUNCTION__LINE, null));
        EditorFixture.spin();
        assertFalse(problems.shown().stream().anyMatch(f -> f.rule().equals("export-jailhouse")),
                "the refusal went away with the shared line");
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
