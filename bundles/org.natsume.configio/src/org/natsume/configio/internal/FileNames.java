package org.natsume.configio.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns model names into file names that stay inside the output directory: only {@code [A-Za-z0-9._-]} survive,
 * everything else becomes '_', no leading dot, at most 64 characters; collisions get the domain id appended.
 */
public final class FileNames {

    private final Set<String> used = new HashSet<>();

    public static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && sb.length() < 64; i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || (c == '.' && sb.length() > 0);
            sb.append(ok ? c : '_');
        }
        String s = sb.toString();
        return s.isEmpty() || s.chars().allMatch(ch -> ch == '_' || ch == '.') ? "domain" : s;
    }

    /** A slug unique within this instance (case-insensitive, for case-insensitive file systems). */
    public String unique(String name, int id, String suffix) {
        String base = slug(name);
        String candidate = base + suffix;
        if (!used.add(candidate.toLowerCase(Locale.ROOT))) {
            candidate = base + "-" + id + suffix;
            int n = 2;
            while (!used.add(candidate.toLowerCase(Locale.ROOT))) candidate = base + "-" + id + "-" + n++ + suffix;
        }
        return candidate;
    }
}
