package org.natsume.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.natsume.ui.EditorOpener;
import org.natsume.ui.WorkbenchState;

/** The File menu's numbered list of recently opened topologies (most recent first); empty when there are none. */
final class RecentFilesMenu extends CompoundContributionItem {
    private final IWorkbenchWindow window;

    RecentFilesMenu(IWorkbenchWindow window) {
        super("org.natsume.ui.recentFiles");
        this.window = window;
    }

    @Override
    public boolean isDynamic() {
        return true;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> recent = WorkbenchState.get().recentFiles();
        List<IContributionItem> items = new ArrayList<>();
        if (recent.isEmpty()) {
            return new IContributionItem[0];
        }
        items.add(new Separator());
        int n = 1;
        for (Path p : recent) {
            // '&' marks a mnemonic and '@' starts an accelerator in an action's text: a file name keeps both as typed
            String name = (p.getFileName() + "  [" + shorten(p.getParent()) + "]").replace("&", "&&").replace("@", " ");
            String label = "&" + n++ + " " + name;
            Action a = new Action(label) {
                @Override
                public void run() {
                    EditorOpener.open(window, p);
                }
            };
            a.setToolTipText(p.toString());
            items.add(new ActionContributionItem(a));
        }
        return items.toArray(IContributionItem[]::new);
    }

    private static String shorten(Path dir) {
        if (dir == null) {
            return "";
        }
        String s = dir.toString();
        String home = System.getProperty("user.home");
        if (home != null && s.startsWith(home)) {
            s = "~" + s.substring(home.length());
        }
        return s.length() > 50 ? "..." + s.substring(s.length() - 47) : s;
    }
}
