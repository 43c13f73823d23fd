package org.natsume.timeline.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.natsume.trace.io.AtomicFile;

/** Writes a chart as PNG (drawn offscreen with SWT GC), SVG, or its data as CSV — each atomically (temp + rename). */
public final class ChartExport {

    private ChartExport() {
    }

    public static void png(Chart chart, int width, int height, Path path) throws IOException {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Image image = new Image(display, width, height);
        ImageData data;
        try {
            GC gc = new GC(image);
            try {
                chart.draw(new GcChartGraphics(gc), width, height);
            } finally {
                gc.dispose();
            }
            data = image.getImageData();
        } finally {
            image.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        AtomicFile.write(path, out -> loader.save(out, SWT.IMAGE_PNG));
    }

    public static String svg(Chart chart, int width, int height) {
        SvgChartGraphics g = new SvgChartGraphics(width, height);
        chart.draw(g, width, height);
        return g.document();
    }

    public static void svg(Chart chart, int width, int height, Path path) throws IOException {
        byte[] bytes = svg(chart, width, height).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(path, out -> out.write(bytes));
    }

    public static void csv(Chart chart, Path path) throws IOException {
        byte[] bytes = chart.csv().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(path, out -> out.write(bytes));
    }
}
