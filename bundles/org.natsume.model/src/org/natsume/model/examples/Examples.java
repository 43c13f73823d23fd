package org.natsume.model.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.natsume.model.Topology;
import org.natsume.model.examples.PaperTestbed.PaperCase;

/**
 * Built-in topologies, loadable by name (domain.md §6.1, §6.2). Every call builds a fresh model, so callers may
 * modify what they get.
 */
public final class Examples {

    /** One built-in example: its name, one-line description and how to build it. */
    public record Example(String name, String description, Supplier<Topology> factory) {
        public Topology build() {
            return factory.get();
        }
    }

    private static final Map<String, Example> EXAMPLES = new LinkedHashMap<>();

    static {
        add("paper-case1-native", "Case 1: native Linux 2.6.26, 2 NICs, 1 CPU enabled; netperf on NIC-B (GSI 16, shared with USB)",
                () -> PaperTestbed.build(PaperCase.NATIVE, true));
        add("paper-case2-vif", "Case 2: Xen 3.4.1, guest A and guest B on vif bridged in Dom0 (guest B on NIC-B)",
                () -> PaperTestbed.build(PaperCase.VIF, true));
        add("paper-case3-passthrough-shared",
                "Case 3: guest B (RT-VM) gets NIC-B by pass-through; its GSI 16 is shared with Dom0's quiet USB UHCI",
                () -> PaperTestbed.build(PaperCase.PASSTHROUGH, true));
        add("paper-case3-passthrough-unshared",
                "Case 3, NICs swapped: guest B (RT-VM) gets NIC-A (82567LM-2) by pass-through, alone on GSI 20",
                () -> PaperTestbed.build(PaperCase.PASSTHROUGH, false));
        add("synthetic-500", "Synthetic benchmark topology: 500 PCI functions, 16 IO-APICs, 25 guests",
                () -> SyntheticTopology.build(500));
        add("template-empty-machine", "Wizard template: 4 CPUs, a 24-pin IO-APIC, PCI bus 00, Xen and a Dom0 on CPU 0",
                () -> Templates.emptyMachine("New topology"));
        add("template-rt-vm-passthrough",
                "Wizard template: an RT-VM on CPU 1 with a passed-through NIC alone on GSI 16, netperf to a peer",
                () -> Templates.rtVmPassthrough("RT-VM with a pass-through NIC"));
    }

    private Examples() {
    }

    private static void add(String name, String description, Supplier<Topology> factory) {
        EXAMPLES.put(name, new Example(name, description, factory));
    }

    public static List<Example> all() {
        return List.copyOf(EXAMPLES.values());
    }

    public static List<String> names() {
        return List.copyOf(EXAMPLES.keySet());
    }

    public static Optional<Example> find(String name) {
        return Optional.ofNullable(EXAMPLES.get(name));
    }

    /**
     * Builds the example called {@code name}.
     *
     * @throws IllegalArgumentException naming the known examples if there is no such example
     */
    public static Topology load(String name) {
        return find(name).map(Example::build).orElseThrow(() -> new IllegalArgumentException(
                "unknown example '" + name + "'; known examples: " + String.join(", ", names())));
    }

    /** A large generated topology for benchmarks; see {@link SyntheticTopology}. */
    public static Topology synthetic(int devices) {
        return SyntheticTopology.build(devices);
    }
}
