package org.natsume.editor.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.FlowLayout;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.natsume.editor.fanout.FanOutHighlight.Role;
import org.natsume.model.validation.Severity;

/**
 * A box on the topology diagram: a bold title, a few detail lines (BDF, driver, GSI, sharer count, ...), an optional
 * content area for children (a bus's devices, a domain's VCPUs), a validation badge in the top-right corner and a
 * fan-out ring when the selected device's interrupts reach this domain (domain.md §3.2). Everything the edit part
 * changes goes through the setters, which repaint.
 */
public class NodeFigure extends Figure {
    private static final int ARC = 10;
    private static final int BADGE = 14;
    private static final int WRAP_WIDTH = 760;

    private final Label title = new Label();
    private final List<Label> details = new ArrayList<>();
    private final Figure detailBox = new Figure();
    private final IFigure contentPane;
    private final Label tag = new Label();
    private Color fill = ColorConstants.white;
    private Color border = Palette.BORDER;
    private int borderWidth = 1;
    private Severity badge;
    private Role ring;

    /** @param container true for a figure that holds child figures (bus, domain) */
    public NodeFigure(boolean container) {
        ToolbarLayout layout = new ToolbarLayout(false);
        layout.setSpacing(2);
        layout.setStretchMinorAxis(true);
        setLayoutManager(layout);
        setBorder(new MarginBorder(5, 8, 6, 8));
        setOpaque(false);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        title.setForegroundColor(Palette.TEXT);
        title.setLabelAlignment(PositionConstants.LEFT);
        add(title);
        ToolbarLayout detailLayout = new ToolbarLayout(false);
        detailBox.setLayoutManager(detailLayout);
        add(detailBox);
        tag.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        tag.setLabelAlignment(PositionConstants.LEFT);
        tag.setVisible(false);
        add(tag);
        if (container) {
            Figure pane = new Figure();
            FlowLayout flow = new FlowLayout(true);
            flow.setMajorSpacing(6);
            flow.setMinorSpacing(6);
            pane.setLayoutManager(flow);
            pane.setBorder(new MarginBorder(4, 0, 0, 0));
            add(pane);
            contentPane = pane;
        } else {
            contentPane = null;
        }
    }

    /** Containers wrap their children into rows instead of growing into one very wide row. */
    @Override
    public org.eclipse.draw2d.geometry.Dimension getPreferredSize(int wHint, int hHint) {
        return super.getPreferredSize(contentPane != null && wHint < 0 ? WRAP_WIDTH : wHint, hHint);
    }

    public IFigure contentPane() {
        return contentPane;
    }

    public Label titleLabel() {
        return title;
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    /** Replaces the detail lines; reuses labels so a refresh does not rebuild the figure tree. */
    public void setDetails(List<String> lines) {
        while (details.size() < lines.size()) {
            Label l = new Label();
            l.setLabelAlignment(PositionConstants.LEFT);
            l.setForegroundColor(Palette.MUTED);
            details.add(l);
            detailBox.add(l);
        }
        while (details.size() > lines.size()) {
            detailBox.remove(details.remove(details.size() - 1));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals(details.get(i).getText())) {
                details.get(i).setText(lines.get(i));
            }
        }
    }

    /** The detail label showing {@code i}-th line (direct edit of a BDF starts on it). */
    public Label detail(int i) {
        return i < details.size() ? details.get(i) : null;
    }

    /** A bold line below the details (e.g. "SHARED by 2 devices"), or none for {@code null}. */
    public void setTag(String text, Color color) {
        tag.setVisible(text != null);
        tag.setText(text == null ? "" : text);
        tag.setForegroundColor(color);
    }

    public void setStyle(Color fill, Color border, int borderWidth) {
        if (fill != this.fill || border != this.border || borderWidth != this.borderWidth) {
            this.fill = fill;
            this.border = border;
            this.borderWidth = borderWidth;
            repaint();
        }
    }

    public Color fill() {
        return fill;
    }

    public Color borderColor() {
        return border;
    }

    public int borderWidth() {
        return ring == null ? borderWidth : 4;
    }

    public Color effectiveBorder() {
        return ring == null ? border : ring == Role.OWNER ? Palette.OWNER : Palette.SPURIOUS;
    }

    /** The worst validation severity on this node, or {@code null}. */
    public void setBadge(Severity severity) {
        if (severity != badge) {
            badge = severity;
            repaint();
        }
    }

    public Severity badge() {
        return badge;
    }

    /** The fan-out role of this domain for the current selection, or {@code null}. */
    public void setRing(Role role) {
        if (role != ring) {
            ring = role;
            repaint();
        }
    }

    public Role ring() {
        return ring;
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy();
        g.setAntialias(org.eclipse.swt.SWT.ON);
        g.setBackgroundColor(fill);
        g.fillRoundRectangle(r.getResized(-1, -1), ARC, ARC);
    }

    @Override
    protected void paintBorder(Graphics g) {
        super.paintBorder(g);
        int w = borderWidth();
        Rectangle r = getBounds().getCopy();
        r.shrink(w / 2, w / 2);
        r.width -= 1;
        r.height -= 1;
        g.setForegroundColor(effectiveBorder());
        g.setLineWidth(w);
        g.drawRoundRectangle(r, ARC, ARC);
        g.setLineWidth(1);
        if (badge != null) {
            paintBadge(g);
        }
    }

    private void paintBadge(Graphics g) {
        Rectangle b = new Rectangle(getBounds().right() - BADGE - 4, getBounds().y + 4, BADGE, BADGE);
        g.setBackgroundColor(badge == Severity.ERROR ? Palette.ERROR : badge == Severity.WARNING ? Palette.WARNING
                : Palette.INFO);
        g.fillOval(b);
        g.setForegroundColor(ColorConstants.white);
        g.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        String mark = badge == Severity.INFO ? "i" : "!";
        org.eclipse.draw2d.geometry.Dimension d = org.eclipse.draw2d.FigureUtilities.getTextExtents(mark, g.getFont());
        g.drawText(mark, b.x + (b.width - d.width) / 2, b.y + (b.height - d.height) / 2);
    }
}
