package org.natsume.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.natsume.model.Domain;
import org.natsume.model.Hypervisor;
import org.natsume.model.Identified;
import org.natsume.model.InterruptLine;
import org.natsume.model.IoApicTargetPolicy;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.PciFunction;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.sweep.spec.Setting;

/**
 * Applies a spec's {@link Setting} to a topology (docs/sweeps.md, "Addresses"):
 * <ul>
 * <li>{@code param.SYMBOL} — a declared simulation parameter ({@link SimBinding});</li>
 * <li>{@code proposals} — {@code stock}, {@code P1}, {@code P2} or {@code P1+P2} (the paper's two proposals);</li>
 * <li>{@code FUNCTION.gsi} — move a PCI function onto the interrupt line of that GSI (made if the machine has
 * none);</li>
 * <li>{@code DOMAIN.pinning} — the CPU ids its VCPUs are hard-pinned to, one per VCPU (one id pins all);</li>
 * <li>{@code ID.FEATURE} — any attribute of the element with that id, or a reference to other elements by id
 * ({@code udp-flood-a.pps}, {@code nic-b.bdf}, {@code nic-a.interruptMode}, {@code xen.routingPolicy}).</li>
 * </ul>
 * Errors are {@link IllegalArgumentException}s saying what is wrong with the address or the value; the parser turns
 * them into messages naming the spec's line.
 */
public final class TopologyEdits {

    private TopologyEdits() {
    }

    public static void apply(Topology t, Setting s) {
        String address = s.address();
        if (address.startsWith("param.")) {
            String symbol = address.substring("param.".length());
            if (!SimBinding.isParameter(symbol)) {
                throw new IllegalArgumentException("unknown parameter '" + symbol + "' (known: "
                        + String.join(", ", SimBinding.parameterSymbols()) + ")");
            }
            SimBinding.setParameter(t, symbol, number(s.value(), address));
            return;
        }
        if (address.equals("proposals")) {
            proposals(t, s.value());
            return;
        }
        int dot = address.lastIndexOf('.');
        if (dot <= 0 || dot == address.length() - 1) {
            throw new IllegalArgumentException("unknown address '" + address + "': write param.SYMBOL, proposals, or "
                    + "ELEMENT_ID.FEATURE (e.g. udp-flood-a.pps, nic-b.gsi, guestB.pinning)");
        }
        String id = address.substring(0, dot);
        String feature = address.substring(dot + 1);
        Map<String, EObject> ids = index(t);
        EObject target = ids.get(id);
        if (target == null) {
            throw new IllegalArgumentException("no element with id '" + id + "' in the topology");
        }
        if (feature.equals("gsi") && target instanceof PciFunction f) {
            moveToGsi(t, f, (int) integer(s.value(), address));
            return;
        }
        if (feature.equals("pinning") && target instanceof Domain d) {
            pin(d, s.values(), ids);
            return;
        }
        EStructuralFeature sf = target.eClass().getEStructuralFeature(feature);
        if (sf == null || sf.isDerived() || !sf.isChangeable() || "id".equals(feature)) {
            throw new IllegalArgumentException(target.eClass().getName() + " '" + id + "' has no settable feature '"
                    + feature + "' (features: " + features(target.eClass()) + ")");
        }
        if (sf instanceof EAttribute a) {
            if (a.isMany()) {
                throw new IllegalArgumentException(address + ": list attributes are not settable");
            }
            target.eSet(a, attributeValue(a, s.value(), address));
        } else {
            EReference r = (EReference) sf;
            if (r.isContainment()) {
                throw new IllegalArgumentException(address + ": contained elements are not settable by id");
            }
            List<EObject> refs = new ArrayList<>();
            for (String v : s.values()) {
                EObject o = ids.get(v);
                if (o == null || !r.getEReferenceType().isInstance(o)) {
                    throw new IllegalArgumentException(address + ": no " + r.getEReferenceType().getName()
                            + " with id '" + v + "'");
                }
                refs.add(o);
            }
            if (r.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) target.eGet(r);
                list.clear();
                list.addAll(refs);
            } else if (refs.size() == 1) {
                target.eSet(r, refs.get(0));
            } else {
                throw new IllegalArgumentException(address + ": takes one id, got " + refs.size());
            }
        }
    }

    private static void proposals(Topology t, String v) {
        Hypervisor hv = t.getHypervisor();
        if (hv == null) {
            throw new IllegalArgumentException("proposals: the topology has no hypervisor");
        }
        boolean p1;
        boolean p2;
        switch (v) {
            case "stock" -> { p1 = false; p2 = false; }
            case "P1" -> { p1 = true; p2 = false; }
            case "P2" -> { p1 = false; p2 = true; }
            case "P1+P2" -> { p1 = true; p2 = true; }
            default -> throw new IllegalArgumentException("proposals: '" + v + "' is none of stock, P1, P2, P1+P2");
        }
        hv.setIoapicTargetPolicy(p1 ? IoApicTargetPolicy.PIN_TO_RTVM_CPU : IoApicTargetPolicy.XEN_DEFAULT);
        hv.setRoutingPolicy(p2 ? RoutingPolicies.BY_BDF : RoutingPolicies.BY_IRQ);
    }

    private static void moveToGsi(Topology t, PciFunction f, int gsi) {
        Machine m = t.getMachine();
        int pins = 0;
        for (org.natsume.model.IoApic io : m.getIoApics()) {
            pins = Math.max(pins, io.getGsiBase() + io.getPinCount());
        }
        if (gsi < 0 || gsi >= pins) {
            throw new IllegalArgumentException(f.getId() + ".gsi: GSI " + gsi + " is not an IO-APIC input (0.."
                    + (pins - 1) + ")");
        }
        InterruptLine line = null;
        for (InterruptLine l : m.getInterruptLines()) {
            if (l.getGsi() == gsi) {
                line = l;
            }
        }
        if (line == null) {
            line = NatsumeFactory.eINSTANCE.createInterruptLine();
            line.setId(freshId(t, "gsi" + gsi));
            line.setGsi(gsi);
            m.getInterruptLines().add(line);
        }
        f.setLine(line); // the opposite end (the old line's sharers) follows
        f.setInterruptMode(org.natsume.model.InterruptMode.INTX);
    }

    private static void pin(Domain d, List<String> cpuIds, Map<String, EObject> ids) {
        List<LogicalCpu> cpus = new ArrayList<>();
        for (String c : cpuIds) {
            if (!(ids.get(c) instanceof LogicalCpu cpu)) {
                throw new IllegalArgumentException(d.getId() + ".pinning: no CPU with id '" + c + "'");
            }
            cpus.add(cpu);
        }
        EList<Vcpu> vcpus = d.getVcpus();
        if (cpus.size() != 1 && cpus.size() != vcpus.size()) {
            throw new IllegalArgumentException(d.getId() + ".pinning: give one CPU, or one per VCPU (" + vcpus.size()
                    + "), not " + cpus.size());
        }
        for (int i = 0; i < vcpus.size(); i++) {
            vcpus.get(i).getHardAffinity().clear();
            vcpus.get(i).getHardAffinity().add(cpus.get(cpus.size() == 1 ? 0 : i));
        }
    }

    private static Object attributeValue(EAttribute a, String text, String address) {
        EDataType type = a.getEAttributeType();
        Class<?> c = type.getInstanceClass();
        try {
            if (a == org.natsume.model.NatsumePackage.Literals.HYPERVISOR__ROUTING_POLICY
                    && !org.natsume.sim.xen.RoutingPolicies.ids().contains(text)) {
                // a string since policies are contributed (docs/extending.md): checked against the installed ones
                throw new IllegalArgumentException(address + ": '" + text + "' is none of "
                        + org.natsume.sim.xen.RoutingPolicies.ids());
            }
            if (type instanceof EEnum e) {
                if (e.getEEnumLiteral(text) == null) {
                    throw new IllegalArgumentException(address + ": '" + text + "' is none of "
                            + e.getELiterals().stream().map(Object::toString).toList());
                }
            } else if (c == int.class || c == Integer.class) {
                return Math.toIntExact(integer(text, address));
            } else if (c == long.class || c == Long.class) {
                return integer(text, address);
            } else if (c == boolean.class || c == Boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException(address + ": expected true or false, not '" + text + "'");
                }
            }
            return EcoreUtil.createFromString(type, text);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(address + ": '" + text + "' is not a " + type.getName());
        }
    }

    static double number(String text, String address) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(address + ": expected a number, not '" + text + "'");
        }
    }

    private static long integer(String text, String address) {
        double d = number(text, address);
        if (d != Math.rint(d) || Math.abs(d) > 9e15) {
            throw new IllegalArgumentException(address + ": expected a whole number, not '" + text + "'");
        }
        return (long) d;
    }

    private static Map<String, EObject> index(Topology t) {
        Map<String, EObject> ids = new HashMap<>();
        ids.put(t.getId(), t);
        for (TreeIterator<EObject> it = t.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Identified i && i.getId() != null) {
                ids.putIfAbsent(i.getId(), o);
            }
        }
        return ids;
    }

    private static String freshId(Topology t, String base) {
        Map<String, EObject> ids = index(t);
        String id = base;
        for (int n = 2; ids.containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String features(EClass c) {
        List<String> names = new ArrayList<>();
        for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
            if (f.isChangeable() && !f.isDerived() && !"id".equals(f.getName())
                    && !(f instanceof EReference r && (r.isContainment() || r.isContainer()))) {
                names.add(f.getName());
            }
        }
        if (c.getEAllStructuralFeatures().stream().anyMatch(f -> f.getName().equals("line"))) {
            names.add("gsi");
        }
        if (c.getName().equals("Domain")) {
            names.add("pinning");
        }
        return String.join(", ", names);
    }
}
