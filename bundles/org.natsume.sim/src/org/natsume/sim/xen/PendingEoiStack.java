package org.natsume.sim.xen;

/**
 * Xen's per-CPU pending_eoi stack (domain.md §3.2, flush_ready_eoi): deferred LAPIC EOIs in vector order, because
 * a LAPIC can only EOI its highest in-service vector. Entries below a not-ready top wait.
 */
final class PendingEoiStack {
    private final int[] vector = new int[64];
    private final boolean[] ready = new boolean[64];
    private int sp;

    void push(int v) {
        vector[sp] = v;
        ready[sp] = false;
        sp++;
    }

    void markReady(int v) {
        for (int i = 0; i < sp; i++) {
            if (vector[i] == v) {
                ready[i] = true;
            }
        }
    }

    boolean topReady() {
        return sp > 0 && ready[sp - 1];
    }

    int pop() {
        return vector[--sp];
    }

    int size() {
        return sp;
    }
}
