package org.natsume.timeline.core;

/**
 * The visible time range [fromNs, toNs) spread over widthPx pixels, with zoom and pan. Immutable: every operation
 * returns a new viewport, so a frame is always computed from one consistent range.
 */
public record Viewport(long fromNs, long toNs, int widthPx) {

    /** The narrowest range a viewport shows: below a few ns per frame nothing more can be seen. */
    public static final long MIN_SPAN_NS = 10;

    public Viewport {
        if (widthPx <= 0) {
            throw new IllegalArgumentException("viewport width " + widthPx + " px must be positive");
        }
        if (toNs - fromNs < MIN_SPAN_NS) {
            toNs = fromNs + MIN_SPAN_NS;
        }
    }

    public long spanNs() {
        return toNs - fromNs;
    }

    public double nsPerPixel() {
        return (double) spanNs() / widthPx;
    }

    /** Pixel column of a time (may be outside 0..widthPx-1 for times outside the range). */
    public int x(long timeNs) {
        return (int) Math.floor((double) (timeNs - fromNs) * widthPx / spanNs());
    }

    /** Time at the left edge of pixel column x. */
    public long timeAt(int x) {
        return fromNs + (long) Math.floor((double) spanNs() * x / widthPx);
    }

    /** Zooms by factor (&gt; 1 zooms in) keeping the time under pixel anchorX where it is. */
    public Viewport zoom(double factor, int anchorX) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("zoom factor " + factor + " must be a positive number");
        }
        double anchorNs = fromNs + (double) spanNs() * anchorX / widthPx;
        double span = Math.max(MIN_SPAN_NS, spanNs() / factor);
        long from = (long) Math.floor(anchorNs - span * anchorX / widthPx);
        return new Viewport(from, from + (long) Math.ceil(span), widthPx);
    }

    /** Moves the range by dxPx pixels (positive: later times come into view). */
    public Viewport pan(int dxPx) {
        long d = (long) Math.floor(nsPerPixel() * dxPx);
        return new Viewport(fromNs + d, toNs + d, widthPx);
    }

    /** Same range on a canvas of another width (the window was resized). */
    public Viewport withWidth(int px) {
        return new Viewport(fromNs, toNs, px);
    }

    /** A viewport of the same span centred on timeNs. */
    public Viewport centeredOn(long timeNs) {
        long half = spanNs() / 2;
        return new Viewport(timeNs - half, timeNs - half + spanNs(), widthPx);
    }

    /** Keeps the range inside [startNs, endNs] where possible, so panning cannot lose the trace. */
    public Viewport clampTo(long startNs, long endNs) {
        long span = spanNs();
        if (span >= endNs - startNs) {
            return new Viewport(startNs, Math.max(endNs, startNs + MIN_SPAN_NS), widthPx);
        }
        long from = Math.max(startNs, Math.min(fromNs, endNs - span));
        return new Viewport(from, from + span, widthPx);
    }
}
