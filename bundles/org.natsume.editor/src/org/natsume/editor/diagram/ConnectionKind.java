package org.natsume.editor.diagram;

import org.natsume.model.AttachmentMode;

/** The palette's connection tools (domain.md §2.1 INTx routing, §2.2 pinning, §2.3 attachment modes, §2.4 links). */
public enum ConnectionKind {
    INTX("INTx wiring", "Route a device's INTx pin to an interrupt line (device → line)", null),
    PINNING("Pinning", "Pin a VCPU to a CPU (VCPU → CPU)", null),
    ASSIGN_VIF("Assign: vif", "Give a domain a paravirtual vif backed by this NIC (device → domain)",
            AttachmentMode.PARAVIRTUAL_VIF),
    ASSIGN_PASSTHROUGH("Assign: pass-through", "Pass the device through to a domain (device → domain)",
            AttachmentMode.PASSTHROUGH),
    ASSIGN_NATIVE("Assign: native", "The domain runs on bare metal and drives the device (device → domain)",
            AttachmentMode.NATIVE),
    LINK("Network link", "Cable a NIC to an external host (NIC → host)", null);

    private final String label;
    private final String description;
    private final AttachmentMode mode;

    ConnectionKind(String label, String description, AttachmentMode mode) {
        this.label = label;
        this.description = description;
        this.mode = mode;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The attachment mode for assignment tools, {@code null} for the others. */
    public AttachmentMode mode() {
        return mode;
    }

    /** The assignment tool that makes attachments of {@code mode}. */
    public static ConnectionKind forMode(AttachmentMode mode) {
        for (ConnectionKind k : values()) {
            if (k.mode == mode && mode != null) {
                return k;
            }
        }
        return ASSIGN_PASSTHROUGH;
    }
}
