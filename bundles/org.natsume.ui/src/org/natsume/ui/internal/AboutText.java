package org.natsume.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The text of the About dialog, built from the running bundles so it can never disagree with them. */
public final class AboutText {
    private static final String[][] COMPONENTS = {
            { "Eclipse Platform (workbench)", "org.eclipse.ui.workbench" },
            { "SWT", "org.eclipse.swt" },
            { "Equinox OSGi", "org.eclipse.osgi" },
            { "EMF Ecore", "org.eclipse.emf.ecore" },
            { "EMF.Edit", "org.eclipse.emf.edit" },
            { "GEF", "org.eclipse.gef" },
            { "Draw2d", "org.eclipse.draw2d" },
            { "ELK", "org.eclipse.elk.core" },
    };

    private AboutText() {
    }

    public static String build() {
        StringBuilder text = new StringBuilder();
        Bundle self = Platform.getBundle("org.natsume.ui");
        text.append("Natsume Workbench ").append(self == null ? "?" : self.getVersion()).append("\n\n");
        text.append("Design and simulate real-time virtualized embedded machines:\n");
        text.append("Xen with a real-time VM, IO-APIC routing and PCI pass-through.\n\n");
        text.append("Java ").append(Runtime.version()).append('\n');
        for (String[] c : COMPONENTS) {
            Bundle b = Platform.getBundle(c[1]);
            if (b != null) {
                text.append(c[0]).append(' ').append(b.getVersion()).append('\n');
            }
        }
        return text.toString();
    }
}
