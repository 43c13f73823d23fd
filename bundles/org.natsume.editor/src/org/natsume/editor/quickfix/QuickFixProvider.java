package org.natsume.editor.quickfix;

import java.util.List;

import org.natsume.editor.commands.TopologyCommands;
import org.natsume.model.validation.Finding;

/**
 * The quick fixes of one or more validation rules, contributed to {@code org.natsume.editor.quickFixes} with the
 * {@code ruleId} of each rule it fixes (schema {@code schema/quickFixes.exsd}, docs/extending.md). Stateless, public
 * no-argument constructor. UI code: a fix is an EMF command on the editor's command stack.
 */
public interface QuickFixProvider {

    /** Adds the fixes of {@code f}, a finding of a rule this provider is contributed for, best first. */
    void fixes(Finding f, TopologyCommands commands, List<QuickFix> out);
}
