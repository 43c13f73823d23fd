package org.natsume.editor.figures;

import org.eclipse.swt.graphics.Color;
import org.natsume.editor.diagram.DeviceKind;
import org.natsume.model.AttachmentMode;
import org.natsume.model.DomainKind;

/**
 * The diagram's colours, chosen so the things engineers look for stand out (domain.md §2): domain kinds by hue (Dom0
 * slate blue, DomU green, RT-VM orange-red, native violet), a shared interrupt line in warning red, pass-through as a
 * heavy red edge, vif as a dashed green one. Modern SWT colours hold no OS resource, so these are plain constants.
 */
public final class Palette {
    public static final Color TEXT = new Color(30, 30, 30);
    public static final Color MUTED = new Color(95, 95, 95);
    public static final Color BORDER = new Color(120, 120, 120);
    public static final Color CANVAS = new Color(255, 255, 255);

    public static final Color CPU = new Color(225, 225, 240);
    public static final Color CPU_DISABLED = new Color(235, 235, 235);
    public static final Color IOAPIC = new Color(240, 230, 200);
    public static final Color BUS = new Color(246, 246, 246);
    public static final Color HOST = new Color(230, 230, 230);
    public static final Color VCPU = new Color(255, 255, 255);

    public static final Color LINE = new Color(255, 250, 225);
    public static final Color LINE_SHARED = new Color(255, 205, 195);
    public static final Color LINE_SHARED_BORDER = new Color(200, 30, 30);

    public static final Color OWNER = new Color(20, 150, 60);
    public static final Color SPURIOUS = new Color(215, 30, 30);
    public static final Color ERROR = new Color(210, 20, 20);
    public static final Color WARNING = new Color(230, 160, 0);
    public static final Color INFO = new Color(40, 110, 210);

    public static final Color INTX = new Color(60, 60, 60);
    public static final Color PINNING = new Color(70, 90, 200);
    public static final Color LINK = new Color(20, 20, 20);
    public static final Color BRIDGE = new Color(150, 150, 150);

    private Palette() {
    }

    public static Color domain(DomainKind kind) {
        return switch (kind) {
        case DOM0 -> new Color(200, 215, 240);
        case DOMU -> new Color(205, 240, 205);
        case RT_VM -> new Color(255, 210, 160);
        case NATIVE -> new Color(225, 210, 245);
        };
    }

    public static Color device(DeviceKind kind) {
        return switch (kind) {
        case NIC -> new Color(210, 235, 255);
        case USB -> new Color(225, 245, 225);
        case STORAGE -> new Color(245, 232, 210);
        case BRIDGE -> new Color(225, 225, 225);
        case GENERIC -> new Color(255, 255, 255);
        };
    }

    public static Color attachment(AttachmentMode mode) {
        return switch (mode) {
        case PASSTHROUGH -> new Color(200, 40, 40);
        case PARAVIRTUAL_VIF -> new Color(30, 140, 60);
        case NATIVE -> new Color(110, 110, 110);
        default -> new Color(110, 110, 110);
        };
    }
}
