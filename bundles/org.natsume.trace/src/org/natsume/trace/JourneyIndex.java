package org.natsume.trace;

import java.util.Arrays;

/**
 * Journey id → event index (−1 = none), in pages of {@value #PAGE_SIZE} ids allocated on first use. A full trace
 * numbers its journeys densely from 0, but a flight-recorder trace of an hour keeps a few hundred journeys whose ids
 * reach 10⁸: a flat array would need gigabytes for ids that never occur, pages need one per kept stretch.
 *
 * <p>One writer, any number of readers: a page is filled before it is stored, and a grown directory is complete
 * before it replaces the old one, so a reader sees either −1 or a value the writer stored (published through the
 * store's volatile size, as the event columns are).
 */
final class JourneyIndex {
    static final int PAGE_SHIFT = 12;
    static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    private static final int PAGE_MASK = PAGE_SIZE - 1;

    private int[][] pages = new int[0][];
    private int allocated;

    /** The value for journey j, or −1. */
    int get(int j) {
        int[][] dir = pages;
        int p = j >>> PAGE_SHIFT;
        if (j < 0 || p >= dir.length || dir[p] == null) {
            return -1;
        }
        return dir[p][j & PAGE_MASK];
    }

    void set(int j, int value) {
        int p = j >>> PAGE_SHIFT;
        if (p >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(p + 1, pages.length + (pages.length >> 1)));
        }
        int[] page = pages[p];
        if (page == null) {
            page = new int[PAGE_SIZE];
            Arrays.fill(page, -1);
            pages[p] = page;
            allocated++;
        }
        page[j & PAGE_MASK] = value;
    }

    long retainedBytes() {
        return 16 + 8L * pages.length + allocated * (16L + 4L * PAGE_SIZE);
    }
}
