package org.natsume.trace;

/**
 * Packs and unpacks the {@code arg} of {@link TraceKind#VCPU_STATE}: {@code (vcpuId << 8) | runState << 4 | priority}
 * (domain.md §2.2 Vcpu state, §5.1 credit priorities). Run states follow the model's order RUNNING, RUNNABLE,
 * BLOCKED; priority classes BOOST, UNDER, OVER, IDLE.
 */
public final class VcpuStateArg {

    public static final int RUNNING = 0;
    public static final int RUNNABLE = 1;
    public static final int BLOCKED = 2;
    /** Names of the run states by ordinal; unknown ordinals print as "state N". */
    public static final String[] RUN_STATE_NAMES = {"RUNNING", "RUNNABLE", "BLOCKED"};

    public static final int BOOST = 0;
    public static final int UNDER = 1;
    public static final int OVER = 2;
    public static final int IDLE = 3;
    public static final String[] PRIORITY_NAMES = {"BOOST", "UNDER", "OVER", "IDLE"};

    private VcpuStateArg() {
    }

    public static long pack(int vcpuId, int runState, int priority) {
        return ((long) vcpuId << 8) | (runState & 0xF) << 4 | (priority & 0xF);
    }

    public static int vcpuId(long arg) {
        return (int) (arg >>> 8);
    }

    public static int runState(long arg) {
        return (int) (arg >>> 4) & 0xF;
    }

    public static int priority(long arg) {
        return (int) arg & 0xF;
    }

    public static String runStateName(int state) {
        return state >= 0 && state < RUN_STATE_NAMES.length ? RUN_STATE_NAMES[state] : "state " + state;
    }

    public static String priorityName(int priority) {
        return priority >= 0 && priority < PRIORITY_NAMES.length ? PRIORITY_NAMES[priority] : "priority " + priority;
    }
}
