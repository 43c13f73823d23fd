package org.natsume.editor.export;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.natsume.editor.TopologyEditor;

/** File > Export > Configurations…: the export wizard for the active topology editor. */
public final class ExportConfigurationsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        if (!(active instanceof TopologyEditor editor)) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Export Configurations",
                    "Open a topology (.natsume) first: the configurations are exported from the active editor.");
            return null;
        }
        new WizardDialog(editor.getSite().getShell(), new ExportConfigurationsWizard(editor)).open();
        return null;
    }
}
