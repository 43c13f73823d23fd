package org.natsume.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's face of one model object, driven entirely by its EMF.Edit item property descriptors (the
 * {@code .edit} bundle's item providers decide labels, categories, choices and what is read-only). Edits go through
 * {@link IItemPropertyDescriptor#setPropertyValue}, which executes a SetCommand on the object's editing domain, so they
 * are undoable like every diagram edit. This replaces {@code org.eclipse.emf.edit.ui}'s PropertySource, which the
 * target platform does not have.
 */
public final class ItemPropertySource implements IPropertySource {
    private final Object object;
    private final IItemPropertySource itemSource;
    private final ValueValidator validator;

    public ItemPropertySource(Object object, IItemPropertySource itemSource, ValueValidator validator) {
        this.object = object;
        this.itemSource = itemSource;
        this.validator = validator;
    }

    @Override
    public Object getEditableValue() {
        return itemSource.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> item = itemSource.getPropertyDescriptors(object);
        if (item == null) {
            return new IPropertyDescriptor[0];
        }
        return item.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d, validator))
                .toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }

    /** The raw value (EMF wraps values in an {@link IItemPropertySource}; the cell editors want the value itself). */
    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        return d == null ? null : unwrap(object, d.getPropertyValue(object));
    }

    static Object unwrap(Object owner, Object value) {
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(owner) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        if (d != null && d.canSetProperty(object)) {
            d.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = descriptor(id);
        if (d != null && d.canSetProperty(object)) {
            d.setPropertyValue(object, value);
        }
    }
}
