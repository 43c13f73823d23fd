package org.natsume.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.ui.EditorOpener;
import org.natsume.ui.PathEditorInput;
import org.natsume.ui.WorkbenchState;
import org.natsume.ui.internal.NatsumeWorkbenchAdvisor;

/**
 * What a second start finds: recent files in the File menu, the last session's editors reopened (the active one on
 * top), and no Welcome view offered (the platform's needs an intro the product does not have).
 */
class RestartTest {
    @TempDir
    Path dir;

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    private static void spin() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain
        }
    }

    @AfterEach
    void closeEditors() {
        window().getActivePage().closeAllEditors(false);
        spin();
    }

    private Path topology(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return p;
    }

    private static List<String> fileMenu() {
        Menu bar = window().getShell().getMenuBar();
        MenuItem file = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("File")).findFirst()
                .orElseThrow();
        Menu m = file.getMenu();
        m.notifyListeners(SWT.Show, new Event());
        spin();
        List<String> out = new ArrayList<>();
        for (MenuItem i : m.getItems()) {
            out.add(i.getText().replace("&", ""));
        }
        m.notifyListeners(SWT.Hide, new Event());
        return out;
    }

    @Test
    void openedFilesAreRecentInTheFileMenuMostRecentFirst() throws Exception {
        Path a = topology("alpha.natsume");
        Path b = topology("beta.natsume");
        assertNotNull(EditorOpener.open(window(), a));
        assertNotNull(EditorOpener.open(window(), b));
        spin();
        List<Path> recent = WorkbenchState.get().recentFiles();
        assertEquals(b.toAbsolutePath().normalize(), recent.get(0));
        assertEquals(a.toAbsolutePath().normalize(), recent.get(1));
        List<String> menu = fileMenu();
        assertTrue(menu.stream().anyMatch(s -> s.startsWith("1 beta.natsume")), menu.toString());
        assertTrue(menu.stream().anyMatch(s -> s.startsWith("2 alpha.natsume")), menu.toString());

        Files.delete(a);
        assertEquals(List.of(b.toAbsolutePath().normalize()), WorkbenchState.get().recentFiles().subList(0, 1));
        assertTrue(WorkbenchState.get().recentFiles().stream().noneMatch(p -> p.endsWith("alpha.natsume")),
                "a deleted file is no longer offered");
    }

    @Test
    void theLastSessionsEditorsAreReopenedTheActiveOneOnTop() throws Exception {
        Path a = topology("one.natsume");
        Path b = topology("two.natsume");
        Path c = topology("three.natsume");
        EditorOpener.open(window(), a);
        EditorOpener.open(window(), b);
        EditorOpener.open(window(), c);
        IWorkbenchPage page = window().getActivePage();
        page.activate(page.findEditor(new PathEditorInput(b)));
        spin();
        NatsumeWorkbenchAdvisor.rememberEditors(window(), WorkbenchState.get());
        page.closeAllEditors(false);
        spin();
        Files.delete(c); // gone since: not reopened, no error

        String old = System.getProperty("natsume.restore");
        System.setProperty("natsume.restore", "true");
        try {
            assertEquals(2, NatsumeWorkbenchAdvisor.restoreEditors(window(), WorkbenchState.get()));
        } finally {
            if (old == null) {
                System.clearProperty("natsume.restore");
            } else {
                System.setProperty("natsume.restore", old);
            }
        }
        spin();
        assertEquals(2, page.getEditorReferences().length);
        IEditorPart active = page.getActiveEditor();
        assertEquals(new PathEditorInput(b), active.getEditorInput(), "the editor that was active is on top");
    }

    @Test
    void theWelcomeViewIsNotOffered() {
        IViewDescriptor welcome = PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.ui.internal.introview");
        if (welcome != null) {
            assertTrue(WorkbenchActivityHelper.filterItem(welcome), "Show View > Other lists no Welcome view");
        }
    }
}
