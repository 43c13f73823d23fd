package org.natsume.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.natsume.extensions.Extensions;
import org.natsume.model.Hypervisor;
import org.natsume.model.RoutingPolicies;

/**
 * The Properties view offers the installed routing policies' ids for {@code Hypervisor.routingPolicy}, a string
 * since policies are contributed. Reads only the ids of {@code org.natsume.sim.routingPolicies} from the registry (no
 * policy class is created), so this bundle needs no simulator; the model's own value stays offered when its bundle is
 * missing, so opening such a file does not silently change it.
 */
final class RoutingPolicyChoices {

    static final String POINT = "org.natsume.sim.routingPolicies";

    private RoutingPolicyChoices() {
    }

    /** The {@code Hypervisor.routingPolicy} row, offering {@link #ids}. */
    static IItemPropertyDescriptor row(Object hypervisor, IItemPropertyDescriptor descriptor) {
        return new Choices(hypervisor, descriptor);
    }

    /** The installed ids in registry order, then the model's value if no bundle contributes it. */
    static List<String> ids(Hypervisor h) {
        List<String> ids = new ArrayList<>();
        if (Extensions.registry().getExtensionPoint(POINT) != null) {
            for (IConfigurationElement e : Extensions.elements(POINT, "policy")) ids.add(Extensions.required(e, "id"));
        } else {
            ids.addAll(List.of(RoutingPolicies.BY_IRQ, RoutingPolicies.BY_BDF));
        }
        if (h.getRoutingPolicy() != null && !ids.contains(h.getRoutingPolicy())) ids.add(h.getRoutingPolicy());
        return ids;
    }

    private static final class Choices extends ItemPropertyDescriptorDecorator {
        Choices(Object object, IItemPropertyDescriptor descriptor) {
            super(object, descriptor);
        }

        @Override
        public Collection<?> getChoiceOfValues(Object thisObject) {
            return ids((Hypervisor) thisObject);
        }
    }
}
