package org.natsume.ui.properties;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * Gives the Properties view an {@link ItemPropertySource} for any selected model object, or for anything that adapts
 * to one (a diagram edit part, a tree item). Use {@link #newPage} for a property sheet page wired to it.
 */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {
    private final AdapterFactory adapterFactory;
    private final ValueValidator validator;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory, ValueValidator validator) {
        this.adapterFactory = adapterFactory;
        this.validator = validator == null ? ValueValidator.NONE : validator;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        Object model = object instanceof EObject ? object : Adapters.adapt(object, EObject.class);
        if (model == null) {
            return null;
        }
        Object adapter = adapterFactory.adapt(model, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource itemSource
                ? new ItemPropertySource(model, itemSource, validator) : null;
    }

    /** A Properties page that shows the selection through this provider. */
    public PropertySheetPage newPage() {
        PropertySheetPage page = new PropertySheetPage();
        page.setPropertySourceProvider(this);
        return page;
    }
}
