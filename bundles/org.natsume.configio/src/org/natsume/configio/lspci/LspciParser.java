package org.natsume.configio.lspci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.natsume.configio.internal.PciClassNames;
import org.natsume.model.bdf.Bdf;

// domain.md §2.1, §4.3
/**
 * Parses {@code lspci -vvnn} output (with or without {@code -D} segment prefixes) into {@link LspciFunction}s.
 * Each function starts with an unindented header line
 * {@code [SSSS:]BB:DD.F Class name [cccc]: Description [vvvv:dddd] (rev xx) (prog-if xx [..])} and continues with
 * indented lines; lspci ends every function with an empty line. Dumps taken with {@code -n} instead of {@code -nn}
 * ({@code BB:DD.F cccc: vvvv:dddd}) are read as well, and so are dumps without either ({@code BB:DD.F Class name:
 * Description}): their class codes come from the class names and their vendor/device ids stay 0, with a warning.
 * Lines this parser does not need (Control, Status, Region, capability details, ...) are skipped silently; lines it
 * does not recognise at all are skipped with a warning. Empty, binary, non-lspci and cut-off files are errors naming
 * the file and line.
 */
public final class LspciParser {

    static final String EXPECTED = "the output of 'lspci -vvnn'";
    private static final String WITHOUT_NUMBERS = "lspci was run without -nn";
    private static final String ONE_V = "lspci was run with -v, not -vv";

    private static final Pattern HEADER = Pattern.compile(
            "^(?:([0-9a-fA-F]{4,5}):)?([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])\\s+(.*)$");
    private static final Pattern CLASS_PART = Pattern.compile("^(.*?)\\s*\\[([0-9a-fA-F]{4})\\]:\\s*(.*)$");
    private static final Pattern IDS = Pattern.compile("^(.*)\\s\\[([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\\](.*)$");
    /** {@code lspci -n}: numbers only, {@code 0200: 8086:10cc (rev 02)}. */
    private static final Pattern NUMBERS_ONLY = Pattern.compile("^([0-9a-fA-F]{4}): ([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\\b(.*)$");
    /** Neither {@code -n} nor {@code -nn}: {@code Ethernet controller: Intel Corporation 82541GI ... (rev 05)}. */
    private static final Pattern NAMES_ONLY = Pattern.compile("^([^:\\[\\]]+?):\\s*(.*)$");
    private static final Pattern HEADER_TAIL = Pattern.compile(
            "\\s*\\((?:rev [0-9a-fA-F]{2}|prog-if [0-9a-fA-F]{2}(?: \\[[^\\]]*\\])?)\\)");
    private static final Pattern REV = Pattern.compile("\\(rev ([0-9a-fA-F]{2})\\)");
    private static final Pattern PROG_IF = Pattern.compile("\\(prog-if ([0-9a-fA-F]{2})");
    private static final Pattern INTERRUPT = Pattern.compile("^Interrupt: pin ([A-D?]) routed to IRQ (\\d{1,9})(?!\\d)");
    /** {@code lspci -v} (one v) has no Interrupt line: {@code Flags: bus master, fast devsel, latency 0, IRQ 20}. */
    private static final Pattern FLAGS_IRQ = Pattern.compile("^Flags: .*\\bIRQ (\\d{1,9})(?!\\d)");
    /**
     * The MSI capability line in every pciutils spelling: 3.1+ {@code MSI: Enable+ Count=1/4 Maskable- 64bit+},
     * 3.0 {@code MSI: Mask- 64bit+ Count=1/1 Enable+}, 2.2 {@code Message Signalled Interrupts: 64bit+ Queue=0/3 Enable+}.
     * The flags are read one by one because their order changed between versions.
     */
    private static final Pattern MSI_CAP = Pattern.compile(
            "^Capabilities: \\[[0-9a-fA-F]+(?: v\\d+)?\\] (?:MSI|Message Signalled Interrupts): (.*)$");
    /** {@code MSI-X: Enable+ Count=16 Masked-} (3.1+) or {@code MSI-X: Enable+ Mask- TabSize=5} (2.2-3.0). */
    private static final Pattern MSIX_CAP = Pattern.compile("^Capabilities: \\[[0-9a-fA-F]+(?: v\\d+)?\\] MSI-X: (.*)$");
    private static final Pattern ENABLE_FLAG = Pattern.compile("\\bEnable([+-])");
    private static final Pattern BIT64_FLAG = Pattern.compile("\\b64bit([+-])");
    private static final Pattern VECTORS = Pattern.compile("\\b(Count|Queue)=(\\d{1,9})/(\\d{1,9})(?!\\d)");
    private static final Pattern TABLE_SIZE = Pattern.compile("\\b(?:Count|TabSize)=(\\d{1,9})(?!\\d)");
    /** {@code Control: I/O+ Mem+ BusMaster+ ... DisINTx+}: the kernel sets DisINTx when it switched the function to MSI/MSI-X. */
    private static final Pattern DIS_INTX = Pattern.compile("\\bDisINTx([+-])");
    /** Diagnostics lspci/pcilib print on stderr, found in dumps captured with 2>&1 (e.g. "lspci: Unable to load libkmod resources"). */
    /** Config-space bytes of {@code lspci -x/-xxx/-xxxx} ("00: 86 80 13 71 ..."), printed after a function's details. */
    private static final Pattern HEX_DUMP = Pattern.compile("^[0-9a-fA-F]{2,3}:(?: [0-9a-fA-F]{2}){16}\\s*$");
    private static final Pattern TOOL_DIAGNOSTIC = Pattern.compile("^(?:lspci|pcilib|setpci): .*$");
    private static final Pattern BUS = Pattern.compile(
            "^Bus: primary=([0-9a-fA-F]{2}), secondary=([0-9a-fA-F]{2}), subordinate=([0-9a-fA-F]{2})");
    /** One-level lines lspci prints that this importer does not need. */
    private static final List<String> KNOWN_IGNORED = List.of("Control:", "Status:", "Latency:", "Region ", "Expansion ROM",
            "I/O behind bridge:", "Memory behind bridge:", "Prefetchable memory behind bridge:", "Secondary status:",
            "BridgeCtl:", "Capabilities:", "NUMA node:", "DeviceName:", "Physical Slot:", "IOMMU group:", "Flags:",
            "Memory at", "I/O ports at", "BIST result:", "Kernel modules:", "Bus:", "Subsystem:",
            "Kernel driver in use:", "Product Name:", "Read-only fields:", "Read/write fields:", "End", "Not readable",
            "Header type", "PriDiscTmr", "ParErr", "Vector table:", "PBA:", "Address:", "Window:", "[virtual]",
            "!!! Invalid class", "Memory window", "I/O window", "16-bit legacy interface");

    private LspciParser() {
    }

    public static LspciDump parse(Path file) throws IOException, LspciFormatException {
        return parse(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public static LspciDump parse(String fileName, byte[] bytes) throws LspciFormatException {
        TextInput in = TextInput.of(fileName, bytes, EXPECTED);
        List<LspciFunction> functions = new ArrayList<>();
        List<String> warnings = new ArrayList<>(in.warnings);
        int skipped = 0;
        Builder current = null;
        boolean sawHeader = false;
        int lastUnrecognisedLine = -1;
        for (int i = 0; i < in.lines.size(); i++) {
            int lineNo = i + 1;
            String raw = in.lines.get(i);
            if (raw.isBlank()) {
                if (current != null) {
                    finish(fileName, current, functions, warnings);
                    current = null;
                }
                continue;
            }
            boolean indented = raw.charAt(0) == '\t' || raw.charAt(0) == ' ';
            if (!indented) {
                Matcher h = HEADER.matcher(raw);
                if (!h.matches() && current != null && HEX_DUMP.matcher(raw).matches()) continue;
                if (!h.matches() && TOOL_DIAGNOSTIC.matcher(raw).matches()) {
                    warnings.add(fileName + ":" + lineNo + ": lspci diagnostic, not part of the dump: '" + shorten(raw) + "'");
                    continue;
                }
                if (!h.matches()) {
                    if (!sawHeader) {
                        throw new LspciFormatException(fileName, lineNo, "not " + EXPECTED
                                + ": a function starts with 'BB:DD.F Class [cccc]: Vendor Device [vvvv:dddd]', found '" + shorten(raw) + "'");
                    }
                    skipped++;
                    lastUnrecognisedLine = lineNo;
                    warnings.add(fileName + ":" + lineNo + ": skipped unrecognised line '" + shorten(raw) + "'");
                    continue;
                }
                if (current != null) finish(fileName, current, functions, warnings); // lspci -vv never omits the blank line, but tolerate it
                current = header(fileName, lineNo, h, warnings);
                sawHeader = true;
                continue;
            }
            if (current == null) {
                if (!sawHeader) {
                    throw new LspciFormatException(fileName, lineNo, "not " + EXPECTED + ": indented line before any function header");
                }
                skipped++;
                warnings.add(fileName + ":" + lineNo + ": skipped indented line outside a function");
                continue;
            }
            // lspci indents details with one tab and their sub-lines with two; copies from a terminal or a mail have the
            // tabs expanded to 8 (or 4) spaces, so the depth is relative to the function's first detail line
            int indent = indentWidth(raw);
            if (current.detailIndent < 0) current.detailIndent = indent;
            String s = raw.strip();
            if (indent > current.detailIndent) continue; // capability details and continuation lines
            if (!current.detail(s)) {
                // an MSI/MSI-X line whose flags could not be read loses the interrupt mode: report it like unknown text
                boolean unreadMessageCapability = MSI_CAP.matcher(s).find() || MSIX_CAP.matcher(s).find();
                if (unreadMessageCapability || KNOWN_IGNORED.stream().noneMatch(s::startsWith)) {
                    skipped++;
                    lastUnrecognisedLine = lineNo;
                    warnings.add(fileName + ":" + lineNo + ": skipped unrecognised line '" + shorten(s) + "' in " + current.address);
                }
            }
        }
        // a saved or pasted dump often lacks its final newline: only a last line that does not read as lspci text is a cut
        if (!in.endsWithNewline && lastUnrecognisedLine != in.lines.size()) {
            warnings.add(fileName + ":" + in.lines.size() + ": the file does not end with a newline; its last line reads"
                    + " as complete, so it was kept");
        } else if (!in.endsWithNewline) {
            int last = in.lines.size();
            throw new LspciFormatException(fileName, last, "the file ends in the middle of a line"
                    + (current != null ? " of function " + current.address + " (started at line " + current.line + ")" : "")
                    + "; the dump is truncated");
        }
        if (current != null) {
            warnings.add(fileName + ":" + in.lines.size() + ": the last function " + current.address
                    + " is not followed by the empty line lspci prints; the dump may be truncated");
            finish(fileName, current, functions, warnings);
        }
        if (functions.isEmpty()) throw new LspciFormatException(fileName, 0, "no PCI function found; expected " + EXPECTED);
        return new LspciDump(fileName, functions, warnings, skipped);
    }

    private static Builder header(String file, int lineNo, Matcher h, List<String> warnings) throws LspciFormatException {
        int seg = h.group(1) == null ? 0 : Integer.parseInt(h.group(1), 16);
        Bdf addr;
        try {
            addr = new Bdf(seg, Integer.parseInt(h.group(2), 16), Integer.parseInt(h.group(3), 16),
                    Integer.parseInt(h.group(4), 16));
        } catch (IllegalArgumentException e) {
            throw new LspciFormatException(file, lineNo, "not a PCI address at the start of the line (" + e.getMessage()
                    + "); this importer needs " + EXPECTED);
        }
        String text = h.group(5);
        Matcher c = CLASS_PART.matcher(text);
        if (c.matches()) {
            Builder b = new Builder(lineNo, addr, c.group(1), Integer.parseInt(c.group(2), 16));
            Matcher ids = IDS.matcher(c.group(3));
            if (!ids.matches()) {
                throw new LspciFormatException(file, lineNo, "function " + addr + " has no '[vvvv:dddd]' vendor:device id "
                        + "(is the line cut off?); this importer needs " + EXPECTED);
            }
            b.description = ids.group(1).strip();
            b.vendorId = Integer.parseInt(ids.group(2), 16);
            b.deviceId = Integer.parseInt(ids.group(3), 16);
            b.tail(ids.group(4));
            return b;
        }
        Matcher n = NUMBERS_ONLY.matcher(text);
        if (n.matches()) {
            int code = Integer.parseInt(n.group(1), 16);
            Builder b = new Builder(lineNo, addr, PciClassNames.ofClass(code), code);
            b.vendorId = Integer.parseInt(n.group(2), 16);
            b.deviceId = Integer.parseInt(n.group(3), 16);
            b.description = String.format(Locale.ROOT, "Device %04x:%04x", b.vendorId, b.deviceId);
            b.tail(n.group(4));
            return b;
        }
        Matcher names = NAMES_ONLY.matcher(text);
        if (!names.matches()) {
            throw new LspciFormatException(file, lineNo, "function " + addr + ": cannot read its class from '"
                    + shorten(text) + "'; this importer needs " + EXPECTED);
        }
        String className = names.group(1).strip();
        OptionalInt code = PciClassNames.codeOf(className);
        if (code.isEmpty()) {
            // without the numbers the class name is all there is: one lspci does not print means this is not lspci text
            throw new LspciFormatException(file, lineNo, "function " + addr + ": '" + shorten(className) + "' is not a PCI "
                    + "class name lspci prints, and the line has no '[cccc]' class code; this importer needs " + EXPECTED);
        }
        if (warnings.stream().noneMatch(w -> w.contains(WITHOUT_NUMBERS))) {
            warnings.add(file + ":" + lineNo + ": " + WITHOUT_NUMBERS + ": class codes are taken from the class names and "
                    + "vendor/device ids are unknown (0); 'lspci -vvnn' prints them");
        }
        Builder b = new Builder(lineNo, addr, className, code.getAsInt());
        String description = names.group(2);
        b.tail(description);
        b.description = HEADER_TAIL.matcher(description).replaceAll("").strip();
        return b;
    }

    private static void finish(String file, Builder b, List<LspciFunction> functions, List<String> warnings) {
        if (b.pinAssumed() && warnings.stream().noneMatch(w -> w.contains(ONE_V))) {
            warnings.add(file + ":" + b.line + ": " + ONE_V + ": the IRQ comes from the Flags line and the INTx pin is "
                    + "assumed to be A ('lspci -vvnn' prints the pin)");
        }
        functions.add(b.build());
    }

    /** Leading white space in columns, a tab reaching the next multiple of 8. */
    private static int indentWidth(String raw) {
        int col = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t') col = (col / 8 + 1) * 8;
            else if (c == ' ') col++;
            else break;
        }
        return col;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static final class Builder {
        final int line;
        final Bdf address;
        final String className;
        final int classCode;
        Optional<Integer> progIf = Optional.empty();
        String description = "";
        int vendorId;
        int deviceId;
        Optional<String> revision = Optional.empty();
        Optional<String> subsystem = Optional.empty();
        Optional<Character> pin = Optional.empty();
        Optional<Integer> irq = Optional.empty();
        Optional<LspciFunction.Msi> msi = Optional.empty();
        Optional<LspciFunction.MsiX> msix = Optional.empty();
        Optional<String> driver = Optional.empty();
        List<String> modules = new ArrayList<>();
        Optional<LspciFunction.BusRange> buses = Optional.empty();
        boolean capsReadable = true;
        boolean unknownHeader;
        boolean intxDisabled;
        /** The IRQ of a {@code lspci -v} Flags line, used only when there is no {@code -vv} Interrupt line. */
        Optional<Integer> flagsIrq = Optional.empty();
        /** Indentation (columns) of the function's first-level detail lines; -1 until the first one is seen. */
        int detailIndent = -1;

        Builder(int line, Bdf address, String className, int classCode) {
            this.line = line;
            this.address = address;
            this.className = className;
            this.classCode = classCode;
        }

        /** The header's {@code (rev xx)} and {@code (prog-if xx [..])} after the description. */
        void tail(String tail) {
            Matcher rev = REV.matcher(tail);
            if (rev.find()) revision = Optional.of(rev.group(1));
            Matcher pi = PROG_IF.matcher(tail);
            if (pi.find()) progIf = Optional.of(Integer.parseInt(pi.group(1), 16));
        }

        /** Consumes a first-level detail line; false when it is not one this importer uses. */
        boolean detail(String s) {
            Matcher m;
            if (s.startsWith("Subsystem:")) {
                subsystem = Optional.of(s.substring("Subsystem:".length()).strip());
                return true;
            }
            if ((m = FLAGS_IRQ.matcher(s)).find()) {
                flagsIrq = Optional.of(Integer.parseInt(m.group(1)));
                return true;
            }
            if ((m = INTERRUPT.matcher(s)).find()) {
                char p = m.group(1).charAt(0);
                pin = p == '?' ? Optional.empty() : Optional.of(p);
                irq = Optional.of(Integer.parseInt(m.group(2)));
                return true;
            }
            if ((m = MSIX_CAP.matcher(s)).find()) {
                Matcher en = ENABLE_FLAG.matcher(m.group(1));
                Matcher size = TABLE_SIZE.matcher(m.group(1));
                if (!en.find() || !size.find()) return false;
                msix = Optional.of(new LspciFunction.MsiX(en.group(1).equals("+"), Integer.parseInt(size.group(1))));
                return true;
            }
            if ((m = MSI_CAP.matcher(s)).find()) {
                Matcher en = ENABLE_FLAG.matcher(m.group(1));
                Matcher vec = VECTORS.matcher(m.group(1));
                if (!en.find() || !vec.find()) return false;
                Matcher b64 = BIT64_FLAG.matcher(m.group(1));
                // Queue=a/b are log2 vector counts (enabled/supported), Count=a/b plain counts
                boolean log2 = vec.group(1).equals("Queue");
                int enabled = Integer.parseInt(vec.group(2));
                int supported = Integer.parseInt(vec.group(3));
                if (log2 && (enabled > 5 || supported > 5)) return false; // MSI has at most 32 = 2^5 vectors
                msi = Optional.of(new LspciFunction.Msi(en.group(1).equals("+"), log2 ? 1 << enabled : enabled,
                        log2 ? 1 << supported : supported, b64.find() && b64.group(1).equals("+")));
                return true;
            }
            if (s.startsWith("Control:")) {
                Matcher dis = DIS_INTX.matcher(s);
                intxDisabled = dis.find() && dis.group(1).equals("+");
                return true;
            }
            if (s.startsWith("Capabilities: <access denied>")) {
                capsReadable = false;
                return true;
            }
            if (s.startsWith("Kernel driver in use:")) {
                driver = Optional.of(s.substring("Kernel driver in use:".length()).strip());
                return true;
            }
            if (s.startsWith("Kernel modules:")) {
                for (String mod : s.substring("Kernel modules:".length()).split(",")) {
                    if (!mod.isBlank()) modules.add(mod.strip());
                }
                return true;
            }
            if ((m = BUS.matcher(s)).find()) {
                buses = Optional.of(new LspciFunction.BusRange(Integer.parseInt(m.group(1), 16),
                        Integer.parseInt(m.group(2), 16), Integer.parseInt(m.group(3), 16)));
                return true;
            }
            if (s.startsWith("!!! Unknown header type")) {
                unknownHeader = true;
                return true;
            }
            return false;
        }

        /** With only lspci -v's Flags IRQ, the pin is not printed: A, the pin of almost every single-function device. */
        boolean pinAssumed() {
            return irq.isEmpty() && flagsIrq.isPresent();
        }

        LspciFunction build() {
            if (pinAssumed()) {
                irq = flagsIrq;
                pin = Optional.of('A');
            }
            return new LspciFunction(line, address, className, classCode, progIf, description, vendorId, deviceId, revision,
                    subsystem, pin, irq, msi, msix, driver, modules, buses, capsReadable, unknownHeader, intxDisabled);
        }
    }
}
