package org.natsume.editor;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.natsume.editor.diagram.ConnectionKind;
import org.natsume.editor.diagram.NodeKind;
import org.natsume.editor.figures.Palette;
import org.natsume.model.AttachmentMode;
import org.natsume.model.DomainKind;

/**
 * 16x16 palette icons drawn in the diagram's own colours (a box for nodes, a styled stroke for connections), so a
 * tool looks like what it creates. Drawn once per tool when the palette is built; no image files to keep in sync.
 */
final class PaletteIcons {
    private static final int SIZE = 16;

    private PaletteIcons() {
    }

    static ImageDescriptor of(NodeKind kind) {
        Color fill = switch (kind) {
        case CPU -> Palette.CPU;
        case IO_APIC -> Palette.IOAPIC;
        case PCI_BUS -> Palette.BUS;
        case INTERRUPT_LINE -> Palette.LINE;
        case DOM0 -> Palette.domain(DomainKind.DOM0);
        case DOMU -> Palette.domain(DomainKind.DOMU);
        case RT_VM -> Palette.domain(DomainKind.RT_VM);
        case VCPU -> Palette.VCPU;
        case EXTERNAL_HOST -> Palette.HOST;
        default -> Palette.device(kind.deviceKind());
        };
        return draw(gc -> {
            gc.setBackground(fill);
            gc.fillRoundRectangle(1, 3, 14, 11, 4, 4);
            gc.setForeground(Palette.BORDER);
            gc.drawRoundRectangle(1, 3, 13, 10, 4, 4);
        });
    }

    static ImageDescriptor of(ConnectionKind kind) {
        AttachmentMode mode = kind.mode();
        Color color = mode != null ? Palette.attachment(mode)
                : kind == ConnectionKind.PINNING ? Palette.PINNING : kind == ConnectionKind.LINK ? Palette.LINK
                        : Palette.INTX;
        int width = mode == AttachmentMode.PASSTHROUGH || kind == ConnectionKind.LINK ? 3 : mode != null ? 2 : 1;
        boolean dashed = kind == ConnectionKind.PINNING || mode == AttachmentMode.PARAVIRTUAL_VIF;
        return draw(gc -> {
            gc.setForeground(color);
            gc.setLineWidth(width);
            gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
            gc.drawLine(2, 13, 13, 2);
        });
    }

    private interface Painter {
        void paint(GC gc);
    }

    private static ImageDescriptor draw(Painter painter) {
        Display display = Display.getCurrent();
        if (display == null) {
            return null; // no UI thread (headless use of the palette): entries without icons
        }
        Image image = new Image(display, SIZE, SIZE);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            gc.setAntialias(SWT.ON);
            painter.paint(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        data.transparentPixel = data.getPixel(0, 0); // the white corner is the background
        return ImageDescriptor.createFromImageDataProvider(zoom -> zoom == 100 ? data : null);
    }
}
