package org.natsume.editor.export;


import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.FontData;
import org.natsume.editor.figures.NodeFigure;
import org.natsume.editor.figures.Palette;
import org.natsume.model.validation.Severity;

/**
 * SVG text written by hand from the figure tree: node boxes (fill, border, fan-out ring, validation badge), labels,
 * edges with their dash style and arrow heads. Draw2d figures of the freeform diagram use absolute coordinates, so
 * every figure's bounds are already in drawing space.
 */
final class SvgWriter {
    private final StringBuilder out = new StringBuilder();
    private final Rectangle area;

    private SvgWriter(Rectangle area) {
        this.area = area;
    }

    static String write(IFigure printable, Rectangle area) {
        SvgWriter w = new SvgWriter(area);
        w.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.out.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"%d %d %d %d\""
                + " font-family=\"sans-serif\">\n", area.width, area.height, area.x, area.y, area.width, area.height));
        w.out.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", area.x, area.y,
                area.width, area.height));
        w.visit(printable);
        w.out.append("</svg>\n");
        return w.out.toString();
    }

    private void visit(IFigure f) {
        if (!f.isVisible()) {
            return;
        }
        if (f instanceof NodeFigure n) {
            node(n);
        } else if (f instanceof Label l) {
            label(l);
        } else if (f instanceof Polyline p) {
            polyline(p, f instanceof PolylineConnection ? null : p);
        }
        for (Object child : f.getChildren()) {
            visit((IFigure) child);
        }
    }

    private void node(NodeFigure n) {
        Rectangle r = n.getBounds();
        out.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"5\" fill=\"%s\" stroke=\"%s\""
                + " stroke-width=\"%d\"/>\n", r.x, r.y, r.width - 1, r.height - 1, rgb(n.fill()), rgb(n.effectiveBorder()),
                n.borderWidth()));
        Severity badge = n.badge();
        if (badge != null) {
            Color c = badge == Severity.ERROR ? Palette.ERROR : badge == Severity.WARNING ? Palette.WARNING : Palette.INFO;
            int cx = r.right() - 11;
            int cy = r.y + 11;
            out.append(String.format("<circle cx=\"%d\" cy=\"%d\" r=\"7\" fill=\"%s\"><title>%s</title></circle>\n", cx, cy,
                    rgb(c), badge));
            out.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\""
                    + " text-anchor=\"middle\">%s</text>\n", cx, cy + 4, badge == Severity.INFO ? "i" : "!"));
        }
    }

    private void label(Label l) {
        if (l.getText() == null || l.getText().isEmpty()) {
            return;
        }
        Rectangle t = l.getTextBounds();
        FontData[] fd = l.getFont() == null ? null : l.getFont().getFontData();
        int size = fd == null || fd.length == 0 ? 10 : fd[0].getHeight();
        boolean bold = fd != null && fd.length > 0 && (fd[0].getStyle() & org.eclipse.swt.SWT.BOLD) != 0;
        if (l.isOpaque()) {
            out.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", t.x, t.y,
                    t.width, t.height));
        }
        out.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"%dpt\"%s fill=\"%s\">%s</text>\n", t.x,
                t.y + t.height - 3, size, bold ? " font-weight=\"bold\"" : "", rgb(l.getForegroundColor()),
                escape(l.getText())));
    }

    private void polyline(Polyline p, Polyline decoration) {
        PointList pts = p.getPoints();
        if (pts.size() < 2) {
            return;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pts.size(); i++) {
            s.append(pts.getPoint(i).x).append(',').append(pts.getPoint(i).y).append(' ');
        }
        boolean filled = decoration != null; // arrow heads are closed polygons
        String dash = switch (p.getLineStyle()) {
        case Graphics.LINE_DASH -> " stroke-dasharray=\"6,4\"";
        case Graphics.LINE_DOT -> " stroke-dasharray=\"2,3\"";
        default -> "";
        };
        Color c = p.getForegroundColor();
        out.append(String.format("<%s points=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"%s/>\n",
                filled ? "polygon" : "polyline", s.toString().strip(), filled ? rgb(c) : "none", rgb(c),
                Math.max(1, p.getLineWidth()), filled ? "" : dash));
    }

    static String rgb(Color c) {
        if (c == null) {
            return "#000000";
        }
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
