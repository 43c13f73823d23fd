package org.natsume.sim.config;

/** PCI address {@code [SSSS:]BB:DD.F}, all fields hexadecimal (domain.md §4.3). */
public record Bdf(int segment, int bus, int device, int function) {

    public Bdf {
        if (segment < 0 || segment > 0xffff || bus < 0 || bus > 0xff || device < 0 || device > 0x1f
                || function < 0 || function > 7) {
            throw new IllegalArgumentException("BDF out of range: " + segment + ":" + bus + ":" + device + "." + function);
        }
    }

    public static Bdf parse(String text) {
        String s = text.trim();
        try {
            String[] parts = s.split(":");
            int seg = 0;
            int i = 0;
            if (parts.length == 3) {
                seg = Integer.parseInt(parts[0], 16);
                i = 1;
            } else if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            int bus = Integer.parseInt(parts[i], 16);
            String[] df = parts[i + 1].split("\\.");
            if (df.length != 2) {
                throw new IllegalArgumentException();
            }
            return new Bdf(seg, bus, Integer.parseInt(df[0], 16), Integer.parseInt(df[1], 16));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad BDF '" + text + "': expected [SSSS:]BB:DD.F in hexadecimal, e.g. 0000:05:00.0");
        }
    }

    @Override
    public String toString() {
        return String.format("%04x:%02x:%02x.%x", segment, bus, device, function);
    }
}
