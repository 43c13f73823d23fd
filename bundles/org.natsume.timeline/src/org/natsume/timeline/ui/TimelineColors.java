package org.natsume.timeline.ui;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.natsume.timeline.core.MarkStyle;
import org.natsume.trace.VcpuStateArg;

/**
 * The colour of every {@link MarkStyle} (issue "Timeline view": states shaded, spurious deliveries and IPIs in their own
 * colours). VCPU states are shaded by credit priority (domain.md §5.1): BOOST darkest, IDLE palest. SWT colours made
 * from RGB values hold no OS resources, so one shared table serves every view and offscreen image.
 */
public final class TimelineColors {

    private static final Color[] STYLE = new Color[MarkStyle.values().length];
    private static final Color[][] VCPU_SHADES = new Color[3][4];

    public static final Color BACKGROUND = new Color(255, 255, 255);
    public static final Color STRIPE = new Color(246, 247, 250);
    public static final Color LABEL_BACKGROUND = new Color(236, 238, 243);
    public static final Color GRID = new Color(225, 228, 235);
    public static final Color TEXT = new Color(30, 30, 30);
    public static final Color MUTED_TEXT = new Color(110, 110, 120);
    public static final Color RANGE = new Color(60, 120, 220);
    public static final Color CURSOR = new Color(255, 120, 0);
    public static final Color BREAKPOINT = new Color(210, 0, 0);
    public static final Color HIGHLIGHT = new Color(255, 215, 0);
    public static final Color HIGHLIGHT_STRONG = new Color(230, 160, 0);

    static {
        set(MarkStyle.CPU_BUSY, 120, 160, 210);
        set(MarkStyle.VCPU_RUNNING, 60, 170, 80);
        set(MarkStyle.VCPU_RUNNABLE, 240, 190, 60);
        set(MarkStyle.VCPU_BLOCKED, 222, 222, 222);
        set(MarkStyle.LINE_ASSERTED, 250, 205, 120);
        set(MarkStyle.LINE_IN_FLIGHT, 240, 140, 60);
        set(MarkStyle.LINE_MASKED, 190, 60, 50);
        set(MarkStyle.DENSITY, 90, 110, 150);
        set(MarkStyle.ASSERT, 30, 30, 30);
        set(MarkStyle.DELIVER, 40, 90, 200);
        set(MarkStyle.NOTIFY, 20, 150, 60);
        set(MarkStyle.SPURIOUS, 225, 25, 25);
        set(MarkStyle.IPI, 160, 60, 200);
        set(MarkStyle.ISR, 0, 150, 150);
        set(MarkStyle.EOI, 110, 110, 110);
        set(MarkStyle.WARNING, 230, 120, 0);
        set(MarkStyle.NETWORK, 150, 150, 190);
        set(MarkStyle.OTHER, 120, 120, 120);
        set(MarkStyle.JOURNEY_LINK, 150, 150, 150);
        set(MarkStyle.SELECTED_LINK, 255, 120, 0);
        set(MarkStyle.VCPU_ON_PCPU, 60, 60, 60);
        set(MarkStyle.LINE_HELD_ABSENT, 200, 0, 120);
        RGB[] base = {STYLE[MarkStyle.VCPU_RUNNING.ordinal()].getRGB(), STYLE[MarkStyle.VCPU_RUNNABLE.ordinal()].getRGB(),
            STYLE[MarkStyle.VCPU_BLOCKED.ordinal()].getRGB()};
        double[] factor = {0.75, 1.0, 1.2, 1.4}; // BOOST, UNDER, OVER, IDLE
        for (int s = 0; s < 3; s++) {
            for (int p = 0; p < 4; p++) {
                VCPU_SHADES[s][p] = new Color(shade(base[s].red, factor[p]), shade(base[s].green, factor[p]),
                        shade(base[s].blue, factor[p]));
            }
        }
    }

    /** One colour per PCPU for the VCPU-on-PCPU bands (8 distinct hues, then repeating). */
    private static final Color[] PCPU = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
        new Color(23, 190, 207)};

    private TimelineColors() {
    }

    private static void set(MarkStyle s, int r, int g, int b) {
        STYLE[s.ordinal()] = new Color(r, g, b);
    }

    private static int shade(int c, double f) {
        return f <= 1 ? (int) Math.round(c * f) : (int) Math.round(c + (255 - c) * (f - 1) * 1.5);
    }

    public static Color of(MarkStyle s) {
        return STYLE[s.ordinal()];
    }

    /** A VCPU state rectangle shaded by its credit priority class. */
    public static Color vcpu(MarkStyle s, int priority) {
        int state = switch (s) {
            case VCPU_RUNNING -> VcpuStateArg.RUNNING;
            case VCPU_RUNNABLE -> VcpuStateArg.RUNNABLE;
            default -> VcpuStateArg.BLOCKED;
        };
        return VCPU_SHADES[state][Math.max(0, Math.min(3, priority))];
    }

    /** The band colour of a PCPU. */
    public static Color pcpu(int cpu) {
        return PCPU[Math.floorMod(cpu, PCPU.length)];
    }
}
