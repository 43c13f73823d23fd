package org.natsume.sim.tcp;

/**
 * A FIFO of rows of long columns held in parallel arrays (no object per row): rows are pushed at the tail and popped
 * at the head. When the arrays are full the live rows move to the front, or the arrays double when more than half of
 * them is live. The TCP logs keep a handful of rows at a time, so this stays small and allocation-free.
 */
public final class ColumnFifo {
    private final long[][] cols;
    private int head;
    private int tail;

    public ColumnFifo(int columns, int capacity) {
        cols = new long[columns][capacity];
    }

    public int head() {
        return head;
    }

    public int tail() {
        return tail;
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public long get(int col, int row) {
        return cols[col][row];
    }

    /** Adds delta to one cell (a run that grows in place). */
    public void add(int col, int row, long delta) {
        cols[col][row] += delta;
    }

    public void pop() {
        head++;
    }

    public void push(long a, long b) {
        int r = room();
        cols[0][r] = a;
        cols[1][r] = b;
    }

    public void push(long a, long b, long c) {
        int r = room();
        cols[0][r] = a;
        cols[1][r] = b;
        cols[2][r] = c;
    }

    private int room() {
        if (tail == cols[0].length) {
            int live = tail - head;
            boolean grow = live > cols[0].length / 2;
            for (int c = 0; c < cols.length; c++) {
                long[] src = cols[c];
                long[] dst = grow ? new long[src.length * 2] : src;
                System.arraycopy(src, head, dst, 0, live);
                cols[c] = dst;
            }
            head = 0;
            tail = live;
        }
        return tail++;
    }
}
