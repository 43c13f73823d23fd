package org.natsume.editor.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.natsume.model.NatsumePackage.Literals;
import org.natsume.model.PciFunction;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.bdf.BdfFormatException;
import org.natsume.ui.properties.ValueValidator;

/**
 * What the Properties view refuses before a value reaches the model, in the field's words: a BDF the parser rejects
 * (as direct edit does), and numbers outside what the hardware or Xen accept (domain.md §2, §4.1, §5). The same limits
 * the validation rules report for models that arrive from files; here the bad value never gets in.
 */
public final class PropertyRules implements ValueValidator {

    /** A feature's lowest and highest accepted value and how the message names it. */
    private record Range(long min, long max, String what) {
    }

    private static final Map<EStructuralFeature, Range> RANGES = Map.ofEntries(
            Map.entry(Literals.DOMAIN__MEMORY_MI_B, new Range(1, Integer.MAX_VALUE,
                    "Memory must be at least 1 MiB (the paper's guests have 512 MiB)")),
            Map.entry(Literals.DOMAIN__WEIGHT, new Range(1, 65535, "Credit weight is 1–65535 (default 256)")),
            Map.entry(Literals.DOMAIN__CAP, new Range(0, 100 * 256, "Cap is a percentage of one PCPU, 0 = none")),
            Map.entry(Literals.DOMAIN__DOMID, new Range(0, 32751, "A domid is 0–32751 (0 is Dom0)")),
            Map.entry(Literals.INTERRUPT_LINE__GSI, new Range(0, 4095, "A GSI is 0 or more")),
            Map.entry(Literals.IO_APIC__GSI_BASE, new Range(0, 4095, "The GSI base is 0 or more")),
            Map.entry(Literals.IO_APIC__PIN_COUNT, new Range(1, 240, "An IO-APIC has 1–240 pins (the ICH's has 24)")),
            Map.entry(Literals.REDIRECTION_ENTRY__VECTOR, new Range(0, 255, "A vector is 0–255 (devices use 0x20–0xEF)")),
            Map.entry(Literals.LOGICAL_CPU__CPU_ID, new Range(0, 4095, "A CPU number is 0 or more")),
            Map.entry(Literals.VCPU__VCPU_ID, new Range(0, 4095, "A VCPU number is 0 or more")),
            Map.entry(Literals.NIC__NAPI_WEIGHT, new Range(1, 65535, "The NAPI weight is at least 1 (Linux: 64)")),
            Map.entry(Literals.NIC__LINK_SPEED_BPS, new Range(1, Long.MAX_VALUE, "The link speed is positive")),
            Map.entry(Literals.NETWORK_LINK__RATE_BPS, new Range(1, Long.MAX_VALUE, "The link rate is positive")),
            Map.entry(Literals.PERIODIC_RT_TASK__PERIOD_US, new Range(1, Integer.MAX_VALUE,
                    "The period is at least 1 µs")),
            Map.entry(Literals.PERIODIC_RT_TASK__WCET_US, new Range(0, Integer.MAX_VALUE,
                    "The execution time is 0 µs or more")),
            Map.entry(Literals.UDP_FLOOD__PACKET_SIZE_BYTES, new Range(64, 9018,
                    "An Ethernet frame is 64–9018 bytes")),
            Map.entry(Literals.SIMULATION_SETTINGS__RUNS, new Range(1, 10_000, "Runs are 1–10000")));

    @Override
    public String check(Object owner, EStructuralFeature feature, String text) {
        if (owner instanceof PciFunction && feature == Literals.PCI_FUNCTION__BDF) {
            try {
                Bdf.parse(text);
            } catch (BdfFormatException e) {
                return "Bad BDF: " + e.getMessage();
            }
            return null;
        }
        if (feature == Literals.SIMULATION_SETTINGS__DURATION_S) {
            try {
                return Double.parseDouble(text.strip()) > 0 ? null : "The duration is a positive number of seconds";
            } catch (NumberFormatException e) {
                return null; // the data type's own message says it is not a number
            }
        }
        Range r = RANGES.get(feature);
        if (r == null) {
            return null;
        }
        long value;
        try {
            value = Long.decode(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        return value < r.min() || value > r.max() ? r.what() + "; " + text.strip() + " is not." : null;
    }
}
