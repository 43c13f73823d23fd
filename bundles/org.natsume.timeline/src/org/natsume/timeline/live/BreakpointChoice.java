package org.natsume.timeline.live;

import java.util.ArrayList;
import java.util.List;

import org.natsume.timeline.core.breakpoint.BreakpointCondition;
import org.natsume.timeline.core.breakpoint.LatencyAbove;
import org.natsume.timeline.core.breakpoint.LineBlockedLonger;
import org.natsume.timeline.core.breakpoint.SpuriousDelivery;
import org.natsume.trace.TraceMetadata;

/**
 * The breakpoints a user ticks in the Run dialog (issue "Breakpoints"): a spurious delivery to a domain, a guest ISR
 * latency above a bound, a line blocked longer than a bound. Domains are chosen by name, or {@value #RT_VM} /
 * {@value #ANY}, and resolved against the run's metadata, because the domid is only known once the machine is built.
 *
 * @param spuriousTo  domain name, {@value #RT_VM}, {@value #ANY}, or null for no such breakpoint
 * @param latencyNs   bound, or -1 for none
 * @param lineBlockedNs bound, or -1 for none
 */
public record BreakpointChoice(String spuriousTo, long latencyNs, String latencyDomain, long lineBlockedNs) {

    public static final String RT_VM = "the RT-VM";
    public static final String ANY = "any domain";
    public static final BreakpointChoice NONE = new BreakpointChoice(null, -1, ANY, -1);

    /** The conditions for a run with metadata m; a named domain that does not exist is an error naming it. */
    public List<BreakpointCondition> resolve(TraceMetadata m) {
        List<BreakpointCondition> out = new ArrayList<>();
        if (spuriousTo != null) {
            out.add(new SpuriousDelivery(domain(spuriousTo, m)));
        }
        if (latencyNs >= 0) {
            out.add(new LatencyAbove(latencyNs, domain(latencyDomain, m)));
        }
        if (lineBlockedNs >= 0) {
            out.add(new LineBlockedLonger(-1, lineBlockedNs));
        }
        return out;
    }

    static int domain(String choice, TraceMetadata m) {
        if (choice == null || choice.equals(ANY)) {
            return -1;
        }
        if (choice.equals(RT_VM)) {
            int d = m.rtVm();
            if (d < 0) {
                throw new IllegalArgumentException("breakpoint on the RT-VM: this machine has no domain of kind RT_VM");
            }
            return d;
        }
        for (int d = 0; d < m.domainNames().size(); d++) {
            String n = m.domainNames().get(d);
            if (n.equals(choice) || n.startsWith(choice + " (")) {
                return d;
            }
        }
        throw new IllegalArgumentException("breakpoint on domain '" + choice + "': no such domain; the machine has "
                + String.join(", ", m.domainNames()));
    }
}
