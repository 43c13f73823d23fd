package org.natsume.configio.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** CPU set notations: Xen/Linux list form ({@code 2-3,5}) and the hexadecimal bitmask of smp_affinity (§7.5). */
public final class CpuList {

    private CpuList() {
    }

    public static String ranges(SortedSet<Integer> cpus) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int c : cpus) {
            if (start == null) {
                start = c;
            } else if (c != prev + 1) {
                parts.add(start.equals(prev) ? "" + start : start + "-" + prev);
                start = c;
            }
            prev = c;
        }
        if (start != null) parts.add(start.equals(prev) ? "" + start : start + "-" + prev);
        return String.join(",", parts);
    }

    public static BigInteger mask(SortedSet<Integer> cpus) {
        BigInteger m = BigInteger.ZERO;
        for (int c : cpus) m = m.setBit(c);
        return m;
    }

    /** Linux smp_affinity format: lowercase hex, groups of 8 digits separated by commas above 32 CPUs. */
    public static String smpAffinity(SortedSet<Integer> cpus) {
        String hex = mask(cpus).toString(16);
        StringBuilder sb = new StringBuilder();
        int first = hex.length() % 8;
        if (first > 0) sb.append(hex, 0, first);
        for (int i = first; i < hex.length(); i += 8) {
            if (sb.length() > 0) sb.append(',');
            sb.append(hex, i, i + 8);
        }
        return sb.toString();
    }
}
