package org.natsume.editor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * Writes the diagram (the printable layers: nodes and edges, no selection handles) as PNG or SVG. Files are written to a
 * temporary file in the target folder and renamed, so a failed export never leaves half a file.
 */
public final class DiagramExport {
    private static final int MARGIN = 10;

    private DiagramExport() {
    }

    /** The area the drawing covers. */
    public static Rectangle extent(IFigure printable) {
        Rectangle r = printable instanceof FreeformFigure ff ? ff.getFreeformExtent().getCopy()
                : printable.getBounds().getCopy();
        return r.expand(MARGIN, MARGIN);
    }

    public static void png(IFigure printable, Path file) throws IOException {
        Rectangle r = extent(printable);
        Display display = Display.getCurrent();
        Image image = new Image(display, Math.max(1, r.width), Math.max(1, r.height));
        GC gc = new GC(image);
        SWTGraphics g = new SWTGraphics(gc);
        try {
            g.setBackgroundColor(display.getSystemColor(SWT.COLOR_WHITE));
            g.fillRectangle(0, 0, r.width, r.height);
            g.translate(-r.x, -r.y);
            printable.paint(g);
        } finally {
            g.dispose();
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            write(file, out -> loader.save(out, SWT.IMAGE_PNG));
        } finally {
            image.dispose();
        }
    }

    public static void svg(IFigure printable, Path file) throws IOException {
        String text = SvgWriter.write(printable, extent(printable));
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path file, Body body) throws IOException {
        try {
            org.natsume.io.AtomicFile.write(file, body::write);
        } catch (RuntimeException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
