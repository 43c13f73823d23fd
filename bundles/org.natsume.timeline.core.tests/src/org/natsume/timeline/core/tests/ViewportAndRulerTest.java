package org.natsume.timeline.core.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.natsume.timeline.core.TimeFormat;
import org.natsume.timeline.core.TimeRuler;
import org.natsume.timeline.core.Viewport;

class ViewportAndRulerTest {

    @Test
    void pixelsAndTimes() {
        Viewport v = new Viewport(1000, 11_000, 1000);
        assertEquals(10.0, v.nsPerPixel());
        assertEquals(0, v.x(1000));
        assertEquals(50, v.x(1509));
        assertEquals(-1, v.x(999));
        assertEquals(1000, v.x(11_000));
        assertEquals(1500, v.timeAt(50));
    }

    @Test
    void zoomKeepsTheAnchorTime() {
        Viewport v = new Viewport(0, 10_000, 1000);
        Viewport in = v.zoom(4, 250);
        assertEquals(2500, in.spanNs());
        assertEquals(2500, in.timeAt(250), "the time under the mouse stays under the mouse");
        Viewport out = in.zoom(0.25, 250);
        assertEquals(v, out);
        assertEquals(Viewport.MIN_SPAN_NS, v.zoom(1e9, 0).spanNs(), "zoom stops at the minimum span");
        assertThrows(IllegalArgumentException.class, () -> v.zoom(0, 0));
    }

    @Test
    void panAndClamp() {
        Viewport v = new Viewport(0, 10_000, 1000);
        assertEquals(new Viewport(500, 10_500, 1000), v.pan(50));
        assertEquals(new Viewport(0, 10_000, 1000), v.pan(-50).clampTo(0, 20_000));
        assertEquals(new Viewport(10_000, 20_000, 1000), v.pan(5000).clampTo(0, 20_000));
        assertEquals(new Viewport(0, 5000, 1000), v.clampTo(0, 5000), "a range wider than the trace shows all of it");
        assertEquals(new Viewport(4000, 14_000, 1000), v.centeredOn(9000));
    }

    @Test
    void timeFormatUsesTheUnitOfTheStep() {
        assertEquals("1.5 ms", TimeFormat.format(1_500_000, 500_000));
        assertEquals("2 µs", TimeFormat.format(2_000, 1_000));
        assertEquals("0 ns", TimeFormat.format(0, 1));
        assertEquals("750 ns", TimeFormat.format(750, 50));
        assertEquals("3 s", TimeFormat.format(3_000_000_000L, 1_000_000_000L));
        assertEquals("1.25 s", TimeFormat.format(1_250_000_000L, 250_000_000L));
        assertEquals("12.2 µs", TimeFormat.format(12_200, 200));
        assertEquals("-4 ms", TimeFormat.format(-4_000_000, 2_000_000));
        // far from the start: a larger unit with more decimals instead of a ten-digit count of microseconds
        assertEquals("3600.000002 s", TimeFormat.format(3_600_000_002_000L, 2_000));
        assertEquals("123.456780 ms", TimeFormat.format(123_456_780, 10));
    }

    @Test
    void durationsHaveThreeDigits() {
        assertEquals("950 ns", TimeFormat.duration(950));
        assertEquals("1.23 µs", TimeFormat.duration(1234));
        assertEquals("50.0 µs", TimeFormat.duration(50_000));
        assertEquals("123 ms", TimeFormat.duration(123_456_789));
        assertEquals("12.0 s", TimeFormat.duration(12_000_000_000L));
    }

    @Test
    void rulerTicks() {
        Viewport v = new Viewport(0, 10_000, 1000); // 10 ns per pixel
        assertEquals(1000, TimeRuler.majorStepNs(v, 100));
        assertEquals(2000, TimeRuler.majorStepNs(v, 150));
        assertEquals(5000, TimeRuler.majorStepNs(v, 300));
        List<TimeRuler.Tick> ticks = TimeRuler.ticks(v, 100);
        List<String> labels = ticks.stream().filter(TimeRuler.Tick::major).map(TimeRuler.Tick::label).toList();
        assertEquals(List.of("0 µs", "1 µs", "2 µs", "3 µs", "4 µs", "5 µs", "6 µs", "7 µs", "8 µs", "9 µs"), labels);
        assertEquals(50, ticks.size(), "four minor ticks (every 200 ns) between majors");
        assertEquals(20, ticks.get(1).x());
        List<TimeRuler.Tick> ms = TimeRuler.ticks(new Viewport(2_300_000, 4_300_000, 800), 100);
        assertEquals("2.5 ms", ms.stream().filter(TimeRuler.Tick::major).findFirst().orElseThrow().label());
    }
}
