package org.natsume.trace.line;

import org.natsume.trace.TraceKind;
import org.natsume.trace.lod.LaneKind;

/**
 * The one rule for which trace events block and release a level-triggered line (domain.md §3.2 "Latency coupling on a
 * shared level-triggered line", §6.3 line-blocked time). The LOD summaries, the breakpoints and the statistics all
 * step a line through {@link #next}; nobody else decides what a LINE_MASK or a GUEST_NOTIFY does to a line.
 *
 * <p>States are the GSI lane's slots: {@link #ASSERTED} (pin up, Xen has not handed it to the guests yet),
 * {@link #IN_FLIGHT} (Xen handed it on and awaits the guests' EOIs), {@link #MASKED} (the pin is masked), or {@link #IDLE}. A line is
 * <em>blocked</em> while in flight or masked: from the end of Xen's do_IRQ, which acks the line and hands it to the
 * bound guests ({@link TraceKind#GUEST_NOTIFY}, or {@link TraceKind#LINE_MASK} for a masking ack), until
 * {@link TraceKind#LINE_EOI}. Neither the LAPIC's acceptance ({@link TraceKind#APIC_DELIVER}) nor the start of do_IRQ
 * ({@link TraceKind#XEN_IRQ_ENTER}) blocks it yet. That is exactly what Xen's own counter measures
 * ({@code lineBlockedNs}, the arg of LINE_EOI); a test holds the two equal on the paper's scenarios.
 * An MSI has no line: a {@link TraceKind#PIN_ASSERT} with arg 1 marks the GSI as MSI, and its events change nothing.
 */
public final class SharedLineState {

    public static final int IDLE = -1;
    public static final int ASSERTED = LaneKind.GSI_ASSERTED;
    public static final int IN_FLIGHT = LaneKind.GSI_IN_FLIGHT;
    public static final int MASKED = LaneKind.GSI_MASKED;

    private static final int PIN_ASSERT = TraceKind.PIN_ASSERT.ordinal();
    private static final int GUEST_NOTIFY = TraceKind.GUEST_NOTIFY.ordinal();
    private static final int LINE_MASK = TraceKind.LINE_MASK.ordinal();
    private static final int LINE_EOI = TraceKind.LINE_EOI.ordinal();

    private SharedLineState() {
    }

    /** True when a PIN_ASSERT with this arg is an MSI (no line); the GSI's other events then change no line state. */
    public static boolean isMsiAssert(int kindOrdinal, long arg) {
        return kindOrdinal == PIN_ASSERT && arg == 1;
    }

    /**
     * The line's state after an event of kindOrdinal on its GSI, from state current (for a line, not an MSI). An
     * assertion of a line that is already taken leaves it as it is; a delivery never unmasks.
     */
    public static int next(int current, int kindOrdinal) {
        if (kindOrdinal == PIN_ASSERT) {
            return current == IDLE ? ASSERTED : current;
        }
        if (kindOrdinal == GUEST_NOTIFY) {
            return current == MASKED ? MASKED : IN_FLIGHT;
        }
        if (kindOrdinal == LINE_MASK) {
            return MASKED;
        }
        if (kindOrdinal == LINE_EOI) {
            return IDLE;
        }
        return current;
    }

    /**
     * The state an event put a line in, given that it changed the line's state (as a state-change list records it):
     * the target of {@link #next} for that kind.
     */
    public static int entered(int kindOrdinal) {
        return next(IDLE, kindOrdinal);
    }

    /** Whether a line in this state is blocked: taken by Xen and not yet EOI'd. */
    public static boolean blocked(int state) {
        return state == IN_FLIGHT || state == MASKED;
    }
}
