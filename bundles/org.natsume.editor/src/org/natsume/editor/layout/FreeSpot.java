package org.natsume.editor.layout;

import java.util.List;

/**
 * Where a new node of a given size goes next to an existing one without covering any other node: the first of the
 * spots right of the original, below it, then further out (a ring at a time) whose rectangle, widened by a gap,
 * meets no occupied rectangle. Used by paste, so a copy is seen next to its original instead of on top of it.
 */
public final class FreeSpot {

    /** Space kept between the new node and its neighbours, in diagram pixels. */
    static final int GAP = 24;
    private static final int MAX_RINGS = 40;

    private FreeSpot() {
    }

    /**
     * @param near     {x, y, w, h} of the original
     * @param size     {w, h} of the new node
     * @param occupied {x, y, w, h} of every node already in the diagram (the original included)
     * @return {x, y} of the spot
     */
    public static int[] near(int[] near, int[] size, List<int[]> occupied) {
        int stepX = Math.max(near[2], size[0]) + GAP;
        int stepY = Math.max(near[3], size[1]) + GAP;
        for (int ring = 1; ring <= MAX_RINGS; ring++) {
            // right of the original first, then below, then the rest of the ring, nearest first
            for (int j = 0; j <= ring; j++) {
                for (int[] d : new int[][] {{ring, j}, {j, ring}}) {
                    int x = near[0] + d[0] * stepX;
                    int y = near[1] + d[1] * stepY;
                    if (free(x, y, size, occupied)) {
                        return new int[] {x, y};
                    }
                }
            }
        }
        return new int[] {near[0] + stepX, near[1]};
    }

    private static boolean free(int x, int y, int[] size, List<int[]> occupied) {
        for (int[] r : occupied) {
            if (x < r[0] + r[2] + GAP && r[0] < x + size[0] + GAP && y < r[1] + r[3] + GAP && r[1] < y + size[1] + GAP) {
                return false;
            }
        }
        return true;
    }
}
