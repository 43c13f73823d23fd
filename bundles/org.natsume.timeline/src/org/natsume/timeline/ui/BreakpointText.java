package org.natsume.timeline.ui;

import java.util.List;

import org.natsume.timeline.core.TimeFormat;
import org.natsume.timeline.core.breakpoint.BreakpointCondition;
import org.natsume.timeline.core.breakpoint.BreakpointHit;
import org.natsume.timeline.core.breakpoint.LatencyAbove;
import org.natsume.timeline.core.breakpoint.SpuriousDelivery;
import org.natsume.timeline.live.LiveRun;
import org.natsume.trace.TraceMetadata;

/**
 * A breakpoint hit in the user's words: conditions describe domains by number, the UI names them from the trace's
 * metadata ("spurious delivery to guestB (RT-VM)").
 */
final class BreakpointText {

    private BreakpointText() {
    }

    static String describe(BreakpointHit hit, LiveRun run, TraceMetadata m) {
        List<BreakpointCondition> cs = run.breakpoints().conditions();
        BreakpointCondition c = hit.condition() >= 0 && hit.condition() < cs.size() ? cs.get(hit.condition()) : null;
        if (c instanceof SpuriousDelivery sd && sd.domain() >= 0) {
            return "spurious delivery to " + m.domainName(sd.domain());
        }
        if (c instanceof LatencyAbove la && la.domain() >= 0) {
            return "guest ISR latency above " + TimeFormat.duration(la.boundNs()) + " in " + m.domainName(la.domain());
        }
        return hit.description();
    }
}
