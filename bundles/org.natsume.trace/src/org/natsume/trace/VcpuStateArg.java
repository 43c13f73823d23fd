package org.natsume.trace;

/**
 * Packs and unpacks the {@code arg} of {@link TraceKind#VCPU_STATE}: {@code (vcpuId << 8) | runState << 4 |
 * (priority & 0xF)} (domain.md §2.2 Vcpu state, §5.1 credit priorities). Run states follow the model's order RUNNING,
 * RUNNABLE, BLOCKED. The priority is Xen's credit priority as a 4-bit two's-complement number — BOOST 0, UNDER −1
 * (0xF), OVER −2 (0xE) — exactly as the simulation writes {@code v.priority & 0xf}; IDLE (−64) does not fit and is
 * never recorded for a guest VCPU. Viewers use the priority <em>class</em> 0..3 (BOOST, UNDER, OVER, other).
 */
public final class VcpuStateArg {

    public static final int RUNNING = 0;
    public static final int RUNNABLE = 1;
    public static final int BLOCKED = 2;
    /** Names of the run states by ordinal; unknown ordinals print as "state N". */
    public static final String[] RUN_STATE_NAMES = {"RUNNING", "RUNNABLE", "BLOCKED"};

    /** Xen credit priorities (domain.md §5.1). */
    public static final int BOOST = 0;
    public static final int UNDER = -1;
    public static final int OVER = -2;

    /** Priority classes, the index of a priority in {@link #PRIORITY_NAMES} and in LOD slots. */
    public static final int CLASS_BOOST = 0;
    public static final int CLASS_UNDER = 1;
    public static final int CLASS_OVER = 2;
    public static final int CLASS_OTHER = 3;
    public static final String[] PRIORITY_NAMES = {"BOOST", "UNDER", "OVER", "OTHER"};

    private VcpuStateArg() {
    }

    /** The arg for a VCPU state; priority is Xen's value (BOOST 0, UNDER −1, OVER −2). */
    public static long pack(int vcpuId, int runState, int priority) {
        return ((long) vcpuId << 8) | (runState & 0xF) << 4 | (priority & 0xF);
    }

    public static int vcpuId(long arg) {
        return (int) (arg >>> 8);
    }

    public static int runState(long arg) {
        return (int) (arg >>> 4) & 0xF;
    }

    /** Xen's priority, sign-extended from 4 bits: 0, −1, −2, ... */
    public static int priority(long arg) {
        return ((int) arg & 0xF) << 28 >> 28;
    }

    /** The priority class 0..3 ({@link #CLASS_BOOST} ... {@link #CLASS_OTHER}). */
    public static int priorityClass(long arg) {
        int p = priority(arg);
        return p == BOOST ? CLASS_BOOST : p == UNDER ? CLASS_UNDER : p == OVER ? CLASS_OVER : CLASS_OTHER;
    }

    public static String runStateName(int state) {
        return state >= 0 && state < RUN_STATE_NAMES.length ? RUN_STATE_NAMES[state] : "state " + state;
    }

    /** Name of a priority class. */
    public static String priorityName(int priorityClass) {
        return priorityClass >= 0 && priorityClass < PRIORITY_NAMES.length ? PRIORITY_NAMES[priorityClass] : "OTHER";
    }
}
