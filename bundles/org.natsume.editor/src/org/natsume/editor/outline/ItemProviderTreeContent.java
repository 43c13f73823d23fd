package org.natsume.editor.outline;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * Tree content and labels from the {@code .edit} item providers (the labels of {@code NatsumeLabels}: BDFs, GSIs,
 * pinning). A small stand-in for {@code org.eclipse.emf.edit.ui}'s AdapterFactoryContentProvider, which the target
 * does not have; the outline refreshes itself after each command instead of listening to notifications.
 */
final class ItemProviderTreeContent extends LabelProvider implements ITreeContentProvider {
    private final AdapterFactory factory;

    ItemProviderTreeContent(AdapterFactory factory) {
        this.factory = factory;
    }

    private ITreeItemContentProvider tree(Object o) {
        Object a = factory.adapt(o, ITreeItemContentProvider.class);
        return a instanceof ITreeItemContentProvider t ? t : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Object[] roots ? roots : getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider t = tree(parent);
        Collection<?> children = t == null ? null : t.getChildren(parent);
        return children == null ? new Object[0] : children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider t = tree(element);
        return t == null ? null : t.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider t = tree(element);
        return t != null && t.hasChildren(element);
    }

    @Override
    public String getText(Object element) {
        Object a = factory.adapt(element, IItemLabelProvider.class);
        return a instanceof IItemLabelProvider l ? l.getText(element) : String.valueOf(element);
    }
}
