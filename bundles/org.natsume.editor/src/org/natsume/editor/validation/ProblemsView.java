package org.natsume.editor.validation;

import java.util.List;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.ViewPart;
import org.natsume.editor.TopologyEditor;
import org.natsume.editor.quickfix.QuickFixHandler;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.Severity;

/**
 * The findings of the active topology editor's live validation (domain.md §2–§5 rules), worst first as the
 * validator orders them: severity, element path, message, rule. Double-click selects and reveals the element on the
 * diagram; Quick Fix (Ctrl+1 or the context menu) offers the rule's fixes. Follows whichever topology editor is
 * active and updates after every command.
 */
public final class ProblemsView extends ViewPart {
    public static final String ID = "org.natsume.editor.problems";

    private TableViewer table;
    private TopologyEditor editor;
    private final Runnable onRefresh = this::update;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof TopologyEditor e) {
                track(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                track(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        Table t = table.getTable();
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        column("Severity", 90, f -> f.severity().name(), this::icon);
        column("Element", 260, Finding::path, f -> null);
        column("Message", 700, Finding::message, f -> null);
        column("Rule", 170, Finding::rule, f -> null);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addDoubleClickListener(e -> {
            if (((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof Finding f && editor != null
                    && !f.objects().isEmpty()) {
                editor.getSite().getPage().activate(editor);
                editor.reveal(f.objects().get(0));
            }
        });
        getSite().setSelectionProvider(table);
        // Quick Fix (Ctrl+1) on the selected problem; registered so plug-ins may add to it
        MenuManager menu = new MenuManager("#PopupMenu", ID);
        menu.add(new CommandContributionItem(new CommandContributionItemParameter(getSite(), null,
                QuickFixHandler.COMMAND_ID, CommandContributionItem.STYLE_PUSH)));
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        table.getControl().setMenu(menu.createContextMenu(table.getControl()));
        getSite().registerContextMenu(menu, table);
        getSite().getPage().addPartListener(partListener);
        IEditorPart active = getSite().getPage().getActiveEditor();
        track(active instanceof TopologyEditor e ? e : null);
    }

    private void column(String title, int width, java.util.function.Function<Finding, String> text,
            java.util.function.Function<Finding, Image> image) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Finding) element);
            }

            @Override
            public Image getImage(Object element) {
                return image.apply((Finding) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Finding) element).message();
            }
        });
    }

    private Image icon(Finding f) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(f.severity() == Severity.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                : f.severity() == Severity.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
    }

    void track(TopologyEditor e) {
        if (editor == e) {
            return;
        }
        if (editor != null) {
            editor.removeRefreshListener(onRefresh);
        }
        editor = e;
        if (editor != null) {
            editor.addRefreshListener(onRefresh);
        }
        update();
    }

    private void update() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        List<Finding> findings = new java.util.ArrayList<>();
        if (editor != null) {
            findings.addAll(editor.context().validation().findings());
            findings.addAll(editor.exportProblems().findings());
        }
        table.setInput(findings);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        setContentDescription(editor == null ? "No topology editor is active."
                : TopologyEditor.plural(errors, "error") + ", " + TopologyEditor.plural(warnings, "warning") + ", "
                        + TopologyEditor.plural(findings.size() - errors - warnings, "info") + " in "
                        + editor.getPartName());
    }

    /** The findings shown (for tests). */
    public List<Finding> shown() {
        @SuppressWarnings("unchecked")
        List<Finding> input = (List<Finding>) table.getInput();
        return input == null ? List.of() : input;
    }

    public TopologyEditor trackedEditor() {
        return editor;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        if (editor != null) {
            editor.removeRefreshListener(onRefresh);
        }
        super.dispose();
    }
}
