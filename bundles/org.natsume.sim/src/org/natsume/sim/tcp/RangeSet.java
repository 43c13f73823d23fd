package org.natsume.sim.tcp;

import java.util.Arrays;

/** A set of segment numbers as sorted, disjoint, non-adjacent ranges [start, end) (a SACK scoreboard's shape). */
public final class RangeSet {
    private long[] s = new long[8];
    private long[] e = new long[8];
    private int n;
    private long size;

    public int ranges() {
        return n;
    }

    public long start(int i) {
        return s[i];
    }

    public long end(int i) {
        return e[i];
    }

    /** Number of segments in the set. */
    public long size() {
        return size;
    }

    public boolean isEmpty() {
        return n == 0;
    }

    public long first() {
        return n == 0 ? Long.MAX_VALUE : s[0];
    }

    /** One past the highest member, or Long.MIN_VALUE when empty. */
    public long highest() {
        return n == 0 ? Long.MIN_VALUE : e[n - 1];
    }

    public boolean contains(long x) {
        for (int i = 0; i < n && s[i] <= x; i++) {
            if (x < e[i]) {
                return true;
            }
        }
        return false;
    }

    /** Adds [a, b); returns how many segments were new. */
    public long add(long a, long b) {
        if (a >= b) {
            return 0;
        }
        long before = size;
        int i = 0;
        while (i < n && e[i] < a) {
            i++;
        }
        int j = i;
        long na = a;
        long nb = b;
        while (j < n && s[j] <= b) {
            na = Math.min(na, s[j]);
            nb = Math.max(nb, e[j]);
            size -= e[j] - s[j];
            j++;
        }
        // replace ranges i..j-1 by [na, nb)
        int removed = j - i;
        if (removed == 0) {
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            System.arraycopy(s, i, s, i + 1, n - i);
            System.arraycopy(e, i, e, i + 1, n - i);
            n++;
        } else if (removed > 1) {
            System.arraycopy(s, j, s, i + 1, n - j);
            System.arraycopy(e, j, e, i + 1, n - j);
            n -= removed - 1;
        }
        s[i] = na;
        e[i] = nb;
        size += nb - na;
        return size - before;
    }

    /** Removes [a, b); returns how many segments were removed. */
    public long remove(long a, long b) {
        if (a >= b || n == 0) {
            return 0;
        }
        long before = size;
        int i = 0;
        while (i < n) {
            if (e[i] <= a || s[i] >= b) {
                i++;
                continue;
            }
            if (s[i] < a && e[i] > b) { // split
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                    e = Arrays.copyOf(e, n * 2);
                }
                System.arraycopy(s, i + 1, s, i + 2, n - i - 1);
                System.arraycopy(e, i + 1, e, i + 2, n - i - 1);
                n++;
                s[i + 1] = b;
                e[i + 1] = e[i];
                e[i] = a;
                size -= b - a;
                return before - size;
            }
            if (s[i] < a) {
                size -= e[i] - a;
                e[i] = a;
                i++;
            } else if (e[i] > b) {
                size -= b - s[i];
                s[i] = b;
                i++;
            } else {
                size -= e[i] - s[i];
                System.arraycopy(s, i + 1, s, i, n - i - 1);
                System.arraycopy(e, i + 1, e, i, n - i - 1);
                n--;
            }
        }
        return before - size;
    }

    /** Removes everything below x. */
    public void removeBelow(long x) {
        if (n > 0 && s[0] < x) {
            remove(Long.MIN_VALUE / 2, x);
        }
    }

    /** Members of [a, b). */
    public long countIn(long a, long b) {
        long c = 0;
        for (int i = 0; i < n && s[i] < b; i++) {
            long lo = Math.max(a, s[i]);
            long hi = Math.min(b, e[i]);
            if (hi > lo) {
                c += hi - lo;
            }
        }
        return c;
    }

    public void clear() {
        n = 0;
        size = 0;
    }

    /** End of the range holding x, or x itself when x is not a member. */
    public long endOfRangeAt(long x) {
        for (int i = 0; i < n && s[i] <= x; i++) {
            if (x < e[i]) {
                return e[i];
            }
        }
        return x;
    }

    /** The first range start above x, or Long.MAX_VALUE. */
    public long nextStartAfter(long x) {
        for (int i = 0; i < n; i++) {
            if (s[i] > x) {
                return s[i];
            }
        }
        return Long.MAX_VALUE;
    }

    /** Adds [a, b) without the members of a and b; returns how many segments were new. */
    public long addExcept(long a, long b, RangeSet x, RangeSet y) {
        long added = 0;
        long p = a;
        while (p < b) {
            long q = x.endOfRangeAt(p);
            if (q > p) {
                p = q;
                continue;
            }
            q = y.endOfRangeAt(p);
            if (q > p) {
                p = q;
                continue;
            }
            long stop = Math.min(b, Math.min(x.nextStartAfter(p), y.nextStartAfter(p)));
            added += add(p, stop);
            p = stop;
        }
        return added;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append('[').append(s[i]).append(',').append(e[i]).append(')');
        }
        return b.append('}').toString();
    }
}
