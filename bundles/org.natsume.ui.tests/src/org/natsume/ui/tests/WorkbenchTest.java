package org.natsume.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.RectangleFigure;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.natsume.ui.Perspective;
import org.natsume.ui.internal.AboutText;

/** Runs inside the running Natsume workbench on the UI thread (Xvfb on CI). */
class WorkbenchTest {

    private static void spin() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain pending UI work
        }
    }

    private static IWorkbenchWindow window() {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(w, "the workbench has an active window");
        return w;
    }

    private static List<String> labels(Menu menu) {
        List<String> result = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            // menus fill lazily: show them once so contributions appear
            if (item.getMenu() != null) {
                item.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            }
            result.add(item.getText().replace("&", "").split("\t")[0]);
        }
        return result;
    }

    private static Menu submenu(String label) {
        Menu bar = window().getShell().getMenuBar();
        assertNotNull(bar, "the window has a menu bar");
        return Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no menu " + label + " in " + labels(bar)))
                .getMenu();
    }

    @Test
    void theWindowOpensInTheNatsumePerspective() {
        IWorkbenchPage page = window().getActivePage();
        assertEquals(Perspective.ID, page.getPerspective().getId());
        assertEquals("Natsume", page.getPerspective().getLabel());
        assertTrue(window().getShell().getText().startsWith("Natsume Workbench"), window().getShell().getText());
    }

    @Test
    void theMenusHaveTheStandardEntries() {
        Menu bar = window().getShell().getMenuBar();
        // other bundles contribute menus (Run) between Edit and Window; ours keep their order
        List<String> ours = labels(bar).stream().filter(List.of("File", "Edit", "Window", "Help")::contains).toList();
        assertEquals(List.of("File", "Edit", "Window", "Help"), ours);
        List<String> file = labels(submenu("File"));
        for (String expected : List.of("New...", "Open File...", "Close Editor", "Save", "Save As...", "Exit")) {
            assertTrue(file.contains(expected), "File menu lacks " + expected + ": " + file);
        }
        List<String> edit = labels(submenu("Edit"));
        assertTrue(edit.stream().anyMatch(s -> s.startsWith("Undo")), "Edit menu lacks Undo: " + edit);
        assertTrue(edit.stream().anyMatch(s -> s.startsWith("Redo")), "Edit menu lacks Redo: " + edit);
        assertTrue(labels(submenu("Window")).contains("Show View"));
        assertTrue(labels(submenu("Help")).contains("About Natsume Workbench"));
    }

    @Test
    void thePropertiesAndOutlineViewsOpen() throws Exception {
        IWorkbenchPage page = window().getActivePage();
        IViewPart properties = page.showView(IPageLayout.ID_PROP_SHEET);
        IViewPart outline = page.showView(IPageLayout.ID_OUTLINE);
        spin();
        assertNotNull(properties);
        assertNotNull(outline);
        assertTrue(page.isPartVisible(properties) || page.isPartVisible(outline));
    }

    @Test
    void aboutNamesTheProductAndThePlatform() {
        String text = AboutText.build();
        assertTrue(text.startsWith("Natsume Workbench 0.1.0"), text);
        assertTrue(text.contains("GEF 3.2"), text);
        assertTrue(text.contains("EMF Ecore 2."), text);
    }

    @Test
    void gef32RunsOnThisPlatform() {
        // ToolEntry's constructor calls org.eclipse.jface.util.Assert, which only the compat fragment provides
        ToolEntry selection = new SelectionToolEntry();
        PaletteRoot root = new PaletteRoot();
        root.add(new org.eclipse.gef.palette.PaletteDrawer("Tools"));
        assertEquals("Select", selection.getLabel());
        Shell shell = new Shell(Display.getCurrent());
        try {
            shell.setLayout(new FillLayout());
            FigureCanvas canvas = new FigureCanvas(shell);
            Figure contents = new Figure();
            contents.setLayoutManager(new XYLayout());
            RectangleFigure a = new RectangleFigure();
            RectangleFigure b = new RectangleFigure();
            contents.add(a, new Rectangle(10, 10, 80, 40));
            contents.add(b, new Rectangle(150, 100, 80, 40));
            PolylineConnection wire = new PolylineConnection();
            wire.setSourceAnchor(new ChopboxAnchor(a));
            wire.setTargetAnchor(new ChopboxAnchor(b));
            contents.add(wire);
            canvas.setContents(contents);
            shell.setSize(300, 200);
            shell.open();
            spin();
            assertTrue(a.getBounds().width > 0);
            assertTrue(wire.getPoints().size() >= 2);
        } finally {
            shell.dispose();
        }
    }
}
