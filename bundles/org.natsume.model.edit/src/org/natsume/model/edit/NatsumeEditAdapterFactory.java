package org.natsume.model.edit;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.natsume.model.provider.NatsumeItemProviderAdapterFactory;

/**
 * The adapter factory the editor and the Properties view use: the generated item providers, each wrapped in one
 * {@link LabelDecorator} (the labels of {@link NatsumeLabels}, refreshed on every change of their object). Everything
 * else — property descriptors with their categories and descriptions, children, commands, icons — is the generated
 * providers' own. Generated code stays untouched.
 */
public class NatsumeEditAdapterFactory extends DecoratorAdapterFactory {

    public NatsumeEditAdapterFactory() {
        super(null);
        setDecoratedAdapterFactory(new GeneratedProviders());
    }

    @Override
    protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
        return new LabelDecorator(this);
    }

    @Override
    public void dispose() {
        super.dispose();
        ((GeneratedProviders) decoratedAdapterFactory).dispose();
    }

    /**
     * The generated factory, answering to this factory's root: its property descriptors label the values they offer
     * (a VCPU's PCPUs, an attachment's device) through the root, so those labels are the decorated ones too.
     */
    private final class GeneratedProviders extends NatsumeItemProviderAdapterFactory {
        @Override
        public ComposeableAdapterFactory getRootAdapterFactory() {
            return NatsumeEditAdapterFactory.this.getRootAdapterFactory();
        }
    }
}
