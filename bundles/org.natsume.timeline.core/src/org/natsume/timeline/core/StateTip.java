package org.natsume.timeline.core;

import org.natsume.trace.lod.Lane;
import org.natsume.trace.lod.LaneKind;
import org.natsume.trace.lod.TraceLod;

/**
 * The tooltip of a state lane (Trace Compass's state tooltip): the state the lane is in at a time, when that state
 * started and how long it lasted, from the LOD's exact state intervals. VCPU lanes say their run state and credit
 * priority, CPU lanes BUSY, GSI lanes ASSERTED / IN_FLIGHT / MASKED (the shared-line rule).
 */
public final class StateTip {

    private StateTip() {
    }

    /** "IN_FLIGHT since 1.300 µs for 1.30 µs", or null when the lane has no state at timeNs. */
    public static String at(TraceLod lod, Lane lane, long timeNs) {
        long[] found = {-1, -1, -1};
        lod.intervals(lane, timeNs, timeNs + 1, (start, end, code) -> {
            if (start <= timeNs && timeNs < end) {
                found[0] = start;
                found[1] = end;
                found[2] = code;
            }
        });
        if (found[0] < 0) {
            return null;
        }
        return name(lane.kind(), (int) found[2]) + " since " + TimeFormat.instant(found[0]) + " for "
                + TimeFormat.duration(found[1] - found[0]) + (found[1] >= lod.endNs() ? " (to the end of the trace)" : "");
    }

    static String name(LaneKind kind, int code) {
        return switch (kind) {
            // code = run state | credit priority class << 4 (VcpuStateArg)
            case VCPU -> kind.slotName(code & 0xF) + ", " + kind.slotName(LaneKind.VCPU_PRIORITY_SLOT + Math.min(3, code >> 4));
            case CPU -> "BUSY";
            case GSI -> kind.slotName(code);
            default -> "state " + code;
        };
    }
}
