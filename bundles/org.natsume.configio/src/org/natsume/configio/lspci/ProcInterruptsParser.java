package org.natsume.configio.lspci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.natsume.model.bdf.Bdf;

// domain.md §7.5
/**
 * Parses {@code /proc/interrupts}. The first line lists the CPUs ({@code CPU0 CPU1 ...}); each numbered row has one
 * count per CPU, then the chip and trigger, then the comma-separated handler names. Kernel generations spell the
 * chip differently: {@code IO-APIC-fasteoi} (2.6), {@code IO-APIC 16-fasteoi} (4.x+), {@code PCI-MSI-edge},
 * {@code PCI-MSI 512000-edge}, {@code IR-PCI-MSI ...}, Xen Dom0 {@code Phys-fasteoi} / {@code xen-pirq-ioapic-level}
 * / {@code xen-pirq-msi}. Named rows (NMI, LOC, ...) are ignored.
 */
public final class ProcInterruptsParser {

    private static final Pattern HEADER = Pattern.compile("^\\s*(CPU\\d+\\s*)+$");
    private static final Pattern ROW = Pattern.compile("^\\s*(\\d{1,9}):\\s*(.*)$");
    private static final Pattern NAMED_ROW = Pattern.compile("^\\s*[A-Za-z][A-Za-z0-9]*:.*$");
    private static final Pattern HWIRQ_TRIGGER = Pattern.compile("^(?:[0-9a-fA-Fx]*-)?(edge|level|fasteoi|eoi|simple|ioapic-level|ioapic-edge|msi|msi-edge)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MSI_NAMED = Pattern.compile("PCI-MSIX?-([0-9a-fA-F]{4,5}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])");
    private static final Pattern MSI_HWIRQ = Pattern.compile("^(?:IR-)?PCI-MSI (\\d{1,15})-edge$", Pattern.CASE_INSENSITIVE);

    private ProcInterruptsParser() {
    }

    public static ProcInterrupts parse(Path file) throws IOException, LspciFormatException {
        return parse(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public static ProcInterrupts parse(String fileName, byte[] bytes) throws LspciFormatException {
        String expected = "the contents of /proc/interrupts";
        TextInput in = TextInput.of(fileName, bytes, expected);
        int headerIndex = -1;
        for (int i = 0; i < in.lines.size(); i++) {
            if (in.lines.get(i).isBlank()) continue;
            if (HEADER.matcher(in.lines.get(i)).matches()) headerIndex = i;
            break;
        }
        if (headerIndex < 0) {
            throw new LspciFormatException(fileName, 1, "not " + expected + ": the first line must list the CPUs ('CPU0 CPU1 ...')");
        }
        int cpus = in.lines.get(headerIndex).trim().split("\\s+").length;
        Map<Integer, ProcInterrupts.Irq> irqs = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>(in.warnings);
        for (int i = headerIndex + 1; i < in.lines.size(); i++) {
            String line = in.lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) continue;
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                if (!NAMED_ROW.matcher(line).matches()) warnings.add(fileName + ":" + lineNo + ": skipped unrecognised line");
                continue;
            }
            String[] tok = m.group(2).trim().split("\\s+");
            long total = 0;
            int k = 0;
            while (k < tok.length && k < cpus && tok[k].matches("\\d{1,18}")) total += Long.parseLong(tok[k++]);
            if (k < cpus) {
                if (k == tok.length && i == in.lines.size() - 1 && !in.endsWithNewline) {
                    throw new LspciFormatException(fileName, lineNo, "the file ends in the middle of IRQ " + m.group(1) + "; it is truncated");
                }
                warnings.add(fileName + ":" + lineNo + ": IRQ " + m.group(1) + " has " + k + " counts for " + cpus + " CPUs; skipped");
                continue;
            }
            if (k >= tok.length) {
                warnings.add(fileName + ":" + lineNo + ": IRQ " + m.group(1) + " has no chip/handler; skipped");
                continue;
            }
            StringBuilder type = new StringBuilder(tok[k++]);
            if (k < tok.length && HWIRQ_TRIGGER.matcher(tok[k]).matches()) type.append(' ').append(tok[k++]);
            List<String> handlers = new ArrayList<>();
            StringBuilder rest = new StringBuilder();
            for (int j = k; j < tok.length; j++) rest.append(j > k ? " " : "").append(tok[j]);
            for (String h : rest.toString().split(",")) if (!h.isBlank()) handlers.add(h.strip());
            int n = Integer.parseInt(m.group(1));
            ProcInterrupts.Kind kind = kind(type.toString());
            Optional<Bdf> owner = kind == ProcInterrupts.Kind.MSI ? msiFunction(type.toString()) : Optional.empty();
            boolean msix = type.toString().toUpperCase(Locale.ROOT).contains("MSIX");
            irqs.put(n, new ProcInterrupts.Irq(n, type.toString(), kind, handlers, total, owner, msix));
        }
        if (!in.endsWithNewline) {
            warnings.add(fileName + ":" + in.lines.size() + ": the file does not end with a newline; the last line may be cut off");
        }
        return new ProcInterrupts(fileName, cpus, irqs, warnings);
    }

    /**
     * The function an MSI row belongs to: "PCI-MSIX-0000:03:00.0 0-edge" / "IR-PCI-MSI-0000:00:17.0 0-edge" (6.2+) name
     * it; "PCI-MSI 1572864-edge" (4.x-6.1) gives the hwirq, which Linux builds as
     * {@code segment << 27 | bus << 19 | devfn << 11 | vector index}. Old "PCI-MSI-edge" rows tell nothing.
     */
    static Optional<Bdf> msiFunction(String type) {
        Matcher named = MSI_NAMED.matcher(type);
        if (named.find()) {
            try {
                return Optional.of(Bdf.parse(named.group(1)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        Matcher hw = MSI_HWIRQ.matcher(type);
        if (hw.matches()) {
            long hwirq = Long.parseLong(hw.group(1));
            int segment = (int) (hwirq >> 27);
            int bus = (int) (hwirq >> 19) & 0xff;
            int devfn = (int) (hwirq >> 11) & 0xff;
            if (segment <= Bdf.MAX_SEGMENT) return Optional.of(new Bdf(segment, bus, devfn >> 3, devfn & 7));
        }
        return Optional.empty();
    }

    static ProcInterrupts.Kind kind(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        if (t.contains("MSI")) return ProcInterrupts.Kind.MSI;
        if (t.contains("IO-APIC") || t.contains("IOAPIC") || t.startsWith("PHYS-")) return ProcInterrupts.Kind.IO_APIC;
        if (t.contains("XT-PIC")) return ProcInterrupts.Kind.XT_PIC;
        return ProcInterrupts.Kind.OTHER;
    }
}
