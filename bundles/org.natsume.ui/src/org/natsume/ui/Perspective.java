package org.natsume.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Natsume perspective: the topology editor in the middle, the Outline to its left, the Properties view and
 * later the problems, timeline and trace views below it. Views of later bundles add themselves to the named folders.
 */
public class Perspective implements IPerspectiveFactory {
    public static final String ID = "org.natsume.ui.perspective";
    /** Folder left of the editor: Outline. */
    public static final String LEFT_FOLDER = "org.natsume.ui.left";
    /** Folder below the editor: Properties, Problems, Timeline, Interrupt Trace. */
    public static final String BOTTOM_FOLDER = "org.natsume.ui.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
