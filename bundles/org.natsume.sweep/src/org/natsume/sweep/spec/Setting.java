package org.natsume.sweep.spec;

import java.util.List;

/**
 * One change to the base topology: {@code address} (e.g. {@code param.t_cfg_read}, {@code udp-flood-a.pps},
 * {@code nic-b.gsi}) and its value as written (a list for multi-valued references such as a VCPU's pinning).
 * {@code key} and {@code line} say where the spec wrote it, for error messages.
 */
public record Setting(String address, List<String> values, String key, int line) {

    public Setting {
        values = List.copyOf(values);
    }

    /** The single value; addresses that take one value check that there is exactly one. */
    public String value() {
        if (values.size() != 1) {
            throw new IllegalArgumentException("takes one value, got " + values.size());
        }
        return values.get(0);
    }

    /** How the value reads in a label or a message: the value, or [a, b] for a list. */
    public String valueText() {
        return values.size() == 1 ? values.get(0) : "[" + String.join(", ", values) + "]";
    }
}
