package org.natsume.trace.journey;

import java.util.Arrays;

/**
 * The rows of a {@link JourneyTable} that pass a {@link JourneyFilter}, in table order, as one int array: a virtual
 * table of millions of rows maps its visible index to a table row here. Stepping to the next or previous journey is a
 * binary search.
 */
public final class JourneySelection {

    private final int[] rows;
    private final int size;

    JourneySelection(int[] rows, int size) {
        this.rows = rows;
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Table row of the i-th selected journey. */
    public int row(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("selection index " + i + " outside 0.." + (size - 1));
        }
        return rows[i];
    }

    /** Selection index of table row, or -1 when the row is filtered out. */
    public int indexOfRow(int row) {
        int k = Arrays.binarySearch(rows, 0, size, row);
        return k >= 0 ? k : -1;
    }

    /** The first selected table row after row, or -1 at the end (row may be -1 to get the first). */
    public int next(int row) {
        int k = Arrays.binarySearch(rows, 0, size, row);
        int i = k >= 0 ? k + 1 : -k - 1;
        return i < size ? rows[i] : -1;
    }

    /** The last selected table row before row, or -1 at the start (row may be Integer.MAX_VALUE to get the last). */
    public int previous(int row) {
        int k = Arrays.binarySearch(rows, 0, size, row);
        int i = k >= 0 ? k - 1 : -k - 2;
        return i >= 0 ? rows[i] : -1;
    }

    /** The selected rows that also pass keep, in the same order. */
    public JourneySelection filter(java.util.function.IntPredicate keep) {
        int[] out = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(rows[i])) {
                out[n++] = rows[i];
            }
        }
        return new JourneySelection(out, n);
    }

    public int[] toArray() {
        return Arrays.copyOf(rows, size);
    }
}
