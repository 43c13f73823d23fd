package org.natsume.editor.fanout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.InterruptLine;
import org.natsume.model.PciFunction;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;
import org.natsume.model.analysis.FanOut;
import org.natsume.model.analysis.Ownership;

/**
 * Which domains receive the interrupts of the selected device or interrupt line under the current routing policy
 * (domain.md §3.2, §3.3 proposal 2), computed with the model's {@link FanOut}. A domain is an {@link Role#OWNER} when
 * every interrupt it receives comes from a device it owns, {@link Role#SPURIOUS} when it also receives interrupts of
 * devices it does not own: the paper's problem, which BY_BDF routing removes.
 */
public record FanOutHighlight(EObject subject, String policy, Map<Domain, Role> domains, String summary) {

    public enum Role {
        OWNER, SPURIOUS
    }

    public static final FanOutHighlight NONE = new FanOutHighlight(null, RoutingPolicies.BY_IRQ, Map.of(), "");

    public boolean isEmpty() {
        return domains.isEmpty();
    }

    /** The routing policy in force: BY_IRQ (stock Xen) when the topology has no hypervisor. */
    public static String policyOf(Topology t) {
        return t.getHypervisor() == null || t.getHypervisor().getRoutingPolicy() == null ? RoutingPolicies.BY_IRQ
                : t.getHypervisor().getRoutingPolicy();
    }

    /** The highlight for {@code selected} (a device, an interrupt line, an attachment or an INTx edge's device). */
    public static FanOutHighlight of(Topology t, EObject selected) {
        String policy = policyOf(t);
        if (selected instanceof DeviceAttachment a && a.getFunction() != null) {
            selected = a.getFunction();
        }
        Map<Domain, Role> roles = new LinkedHashMap<>();
        String what;
        if (selected instanceof PciFunction f) {
            add(roles, FanOut.of(t, f), policy);
            what = "Interrupts of " + FanOut.of(t, f).bdf() + (f.getName() == null || f.getName().isBlank() ? ""
                    : " (" + shortName(f.getName()) + ")");
        } else if (selected instanceof InterruptLine line) {
            for (FanOut.DeviceFanOut d : FanOut.of(t, line).devices()) {
                add(roles, d, policy);
            }
            what = "Interrupts on GSI " + line.getGsi() + " (" + Ownership.activeSharers(line).size() + " INTx sharer"
                    + (Ownership.activeSharers(line).size() == 1 ? "" : "s") + ")";
        } else {
            return new FanOutHighlight(selected, policy, Map.of(), "");
        }
        String summary = what + " under " + policy + " reach " + (roles.isEmpty() ? "no domain"
                : roles.entrySet().stream().map(e -> Ownership.label(e.getKey())
                        + (e.getValue() == Role.SPURIOUS ? " (spurious)" : "")).collect(Collectors.joining(", ")));
        return new FanOutHighlight(selected, policy, Map.copyOf(roles), summary);
    }

    /** "NIC-B" for "NIC-B 82541GI Gigabit Ethernet Controller": the summary must fit the editor's header. */
    static String shortName(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        return n.length() > 20 && space > 0 ? n.substring(0, space) : n;
    }

    private static void add(Map<Domain, Role> roles, FanOut.DeviceFanOut device, String policy) {
        List<Domain> spurious = device.spurious(policy);
        for (Domain d : device.notified(policy)) {
            Role role = spurious.contains(d) ? Role.SPURIOUS : Role.OWNER;
            roles.merge(d, role, (a, b) -> a == Role.SPURIOUS || b == Role.SPURIOUS ? Role.SPURIOUS : Role.OWNER);
        }
    }
}
