package org.natsume.editor.figures;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.ConnectionEndpointLocator;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.swt.graphics.Color;
import org.natsume.model.validation.Severity;

/**
 * A diagram edge: INTx wiring, pinning, an attachment (styled by mode) or a network link, with an optional label near
 * its target end and a validation colour when a finding names it.
 */
public class EdgeFigure extends PolylineConnection {
    private final Label label = new Label();
    private Color normal = ColorConstants.black;
    private Severity badge;

    public EdgeFigure() {
        label.setOpaque(true);
        label.setBackgroundColor(Palette.CANVAS);
        ConnectionEndpointLocator locator = new ConnectionEndpointLocator(this, true);
        locator.setUDistance(8);
        locator.setVDistance(-2);
        add(label, locator);
        label.setVisible(false);
    }

    public void setStyle(Color color, int width, int lineStyle, boolean arrow) {
        normal = color;
        setForegroundColor(badge == Severity.ERROR ? Palette.ERROR : color);
        setLineWidth(width);
        setLineStyle(lineStyle);
        if (arrow && getTargetDecoration() == null) {
            PolygonDecoration head = new PolygonDecoration();
            head.setScale(8, 4);
            setTargetDecoration(head);
        } else if (!arrow && getTargetDecoration() != null) {
            setTargetDecoration(null);
        }
    }

    public void setLabel(String text, Color color) {
        label.setVisible(text != null);
        label.setText(text == null ? "" : text);
        label.setForegroundColor(color);
    }

    public String labelText() {
        return label.isVisible() ? label.getText() : null;
    }

    public void setBadge(Severity severity) {
        badge = severity;
        setForegroundColor(severity == Severity.ERROR ? Palette.ERROR : normal);
    }

    public Severity badge() {
        return badge;
    }
}
