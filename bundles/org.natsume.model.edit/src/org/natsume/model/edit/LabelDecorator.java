package org.natsume.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.natsume.model.NatsumePackage.Literals;

/**
 * Wraps one generated item provider: its text is {@link NatsumeLabels#text}'s where that has one, and every real change
 * of an object refreshes the object's label, because the labels show references and counts (a VCPU's pinning, a line's
 * sharers). The generator marks every feature "notify" (releng/org.natsume.codegen), so the generated provider
 * announces each change; a structural one (children added or removed) is passed on as a label update as well.
 * It offers the interfaces the generated providers implement (plugin.xml's supportedTypes), all passed through.
 */
final class LabelDecorator extends ItemProviderDecorator implements Adapter, IEditingDomainItemProvider,
        IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

    LabelDecorator(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object object) {
        String text = NatsumeLabels.text(object);
        return text != null ? text : super.getText(object);
    }

    /**
     * The generated descriptors, with the installed routing policies offered as choices ({@link RoutingPolicyChoices})
     * and a NIC's ITR shown as the driver runs it ({@link ItrInEffect}).
     */
    @Override
    public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
        List<IItemPropertyDescriptor> generated = super.getPropertyDescriptors(object);
        if (generated == null) return null;
        List<IItemPropertyDescriptor> out = new ArrayList<>(generated.size());
        for (IItemPropertyDescriptor d : generated) {
            Object feature = d.getFeature(object);
            if (feature == Literals.HYPERVISOR__ROUTING_POLICY) {
                out.add(RoutingPolicyChoices.row(object, d));
            } else if (feature == Literals.NIC__ITR_MODE) {
                out.add(ItrInEffect.row(object, d));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    @Override
    public IItemPropertyDescriptor getPropertyDescriptor(Object object, Object propertyId) {
        for (IItemPropertyDescriptor d : getPropertyDescriptors(object)) {
            if (propertyId.equals(d.getId(object))) return d;
        }
        return super.getPropertyDescriptor(object, propertyId);
    }

    @Override
    public void notifyChanged(Notification n) {
        if (n instanceof ViewerNotification v && !v.isLabelUpdate() && !v.isTouch()) {
            super.notifyChanged(new ViewerNotification(v, v.getElement(), v.isContentRefresh(), true));
        } else {
            super.notifyChanged(n);
        }
    }

    // ComposedAdapterFactory hands out what a delegate factory adapts as an Adapter; a decorator is one per item
    // provider, never attached to a notifier itself, so it has no target.

    @Override
    public Notifier getTarget() {
        return null;
    }

    @Override
    public void setTarget(Notifier newTarget) {
        // not attached to any notifier
    }
}
