package org.natsume.editor.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.natsume.editor.commands.TopologyCommands;
import org.natsume.extensions.Extensions;
import org.natsume.extensions.PerRegistry;
import org.natsume.model.validation.Finding;

/** The quick fixes contributed to {@value #POINT} for a finding's rule, built-in ones included. */
public final class QuickFixes {

    public static final String POINT = "org.natsume.editor.quickFixes";

    /** One contribution: the rule it fixes and its provider. */
    public record Contribution(String ruleId, QuickFixProvider provider) {
    }

    private static final PerRegistry<List<Contribution>> FIXES = new PerRegistry<>(QuickFixes::contributions);

    private QuickFixes() {
    }

    public static List<Contribution> contributions(IExtensionRegistry registry) {
        List<Contribution> out = new ArrayList<>();
        for (IConfigurationElement e : Extensions.elements(registry, POINT, "quickFix")) {
            out.add(new Contribution(Extensions.required(e, "ruleId"), Extensions.create(e, "class", QuickFixProvider.class)));
        }
        return List.copyOf(out);
    }

    /** The fixes for {@code f}, best first (providers in contribution order); empty when the rule has none. */
    public static List<QuickFix> of(Finding f, TopologyCommands commands) {
        List<QuickFix> out = new ArrayList<>();
        for (Contribution c : FIXES.get()) {
            if (c.ruleId().equals(f.rule())) c.provider().fixes(f, commands, out);
        }
        return out;
    }
}
