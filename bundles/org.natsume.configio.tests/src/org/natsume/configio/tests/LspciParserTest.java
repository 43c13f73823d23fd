package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.natsume.configio.lspci.LspciDump;
import org.natsume.configio.lspci.LspciFormatException;
import org.natsume.configio.lspci.LspciFunction;
import org.natsume.configio.lspci.LspciParser;
import org.natsume.model.bdf.Bdf;

class LspciParserTest {

    private static LspciDump parse(String fixture) throws LspciFormatException {
        return LspciParser.parse(fixture, Fixtures.bytes("lspci/" + fixture));
    }

    private static LspciFunction fn(LspciDump d, String bdf) {
        Bdf a = Bdf.parse(bdf);
        return d.functions().stream().filter(f -> f.address().equals(a)).findFirst().orElseThrow(() -> new AssertionError(bdf + " not found"));
    }

    @Test
    void dx58soEveryFunctionFound() throws Exception {
        LspciDump d = parse("dx58so-lspci-vvnn.txt");
        List<String> bdfs = d.functions().stream().map(f -> f.address().shortForm()).toList();
        assertEquals(List.of("00:00.0", "00:01.0", "00:03.0", "00:07.0", "00:10.0", "00:10.1", "00:14.0", "00:19.0", "00:1a.0",
                "00:1a.1", "00:1a.2", "00:1a.7", "00:1b.0", "00:1c.0", "00:1d.0", "00:1d.1", "00:1d.2", "00:1d.7", "00:1e.0",
                "00:1f.0", "00:1f.2", "00:1f.3", "00:1f.5", "02:00.0", "05:00.0"), bdfs);
        assertEquals(0, d.skippedLines(), d.warnings().toString());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void dx58soDetailsOfTheNicsBridgesAndMsiFunctions() throws Exception {
        LspciDump d = parse("dx58so-lspci-vvnn.txt");
        LspciFunction nicA = fn(d, "00:19.0");
        assertEquals(0x0200, nicA.classCode());
        assertTrue(nicA.isEthernet());
        assertEquals("Ethernet controller", nicA.className());
        assertEquals("Intel Corporation 82567LM-2 Gigabit Network Connection", nicA.description());
        assertEquals(0x8086, nicA.vendorId());
        assertEquals(0x10cc, nicA.deviceId());
        assertEquals(Optional.of('A'), nicA.intxPin());
        assertEquals(Optional.of(20), nicA.irq());
        assertFalse(nicA.msi().orElseThrow().enabled());
        assertTrue(nicA.msi().get().is64bit());
        assertEquals(Optional.of("e1000e"), nicA.driverInUse());
        assertEquals(List.of("e1000e"), nicA.kernelModules());

        LspciFunction nicB = fn(d, "05:00.0");
        assertEquals(Optional.of("05"), nicB.revision());
        assertEquals(Optional.of("Intel Corporation PRO/1000 GT Desktop Adapter [8086:1376]"), nicB.subsystem());
        assertTrue(nicB.msi().isEmpty());

        LspciFunction ichBridge = fn(d, "00:1e.0");
        assertTrue(ichBridge.isBridge());
        assertEquals(new LspciFunction.BusRange(0, 5, 5), ichBridge.bridgeBuses().orElseThrow());
        assertEquals(Optional.of(1), ichBridge.progIf());

        LspciFunction hda = fn(d, "00:1b.0");
        assertTrue(hda.msi().orElseThrow().enabled());
        assertEquals(Optional.of("HDA Intel"), hda.driverInUse());
        assertEquals(List.of("ata_piix", "ata_generic"), fn(d, "00:1f.2").kernelModules());
        assertEquals(Optional.of(0), fn(d, "00:00.0").irq());
        assertFalse(fn(d, "00:00.0").hasRoutedIrq());
    }

    @Test
    void segmentPrefixesMsiXAndFiveDigitVmdDomains() throws Exception {
        LspciDump d = parse("server-domains-D.txt");
        assertEquals(6, d.functions().size());
        LspciFunction i350 = fn(d, "0000:01:00.0");
        assertTrue(i350.msix().orElseThrow().enabled());
        assertEquals(10, i350.msix().get().tableSize());
        LspciFunction second = fn(d, "0001:01:00.0");
        assertEquals(1, second.address().segment());
        assertFalse(second.msix().orElseThrow().enabled());
        assertEquals(0x10000, d.functions().get(5).address().segment());
    }

    @Test
    void missingDriverLinesAndUnreadableCapabilities() throws Exception {
        LspciDump d = parse("no-driver-nonroot.txt");
        assertEquals(4, d.functions().size());
        assertTrue(fn(d, "00:03.0").driverInUse().isEmpty());
        assertFalse(fn(d, "00:03.0").capabilitiesReadable());
        assertTrue(fn(d, "00:05.0").capabilitiesReadable());
        assertTrue(fn(d, "00:05.0").kernelModules().isEmpty());
    }

    @Test
    void unroutedPinsUnknownHeaderAndUnrecognisedLinesAreCounted() throws Exception {
        LspciDump d = parse("unrouted-and-unknown-header.txt");
        assertEquals(4, d.functions().size());
        LspciFunction mei = fn(d, "00:16.0");
        assertEquals(Optional.of(255), mei.irq());
        assertFalse(mei.hasRoutedIrq());
        LspciFunction smbus = fn(d, "00:1f.4");
        assertTrue(smbus.intxPin().isEmpty(), "pin ? means no pin");
        assertTrue(fn(d, "03:00.0").unknownHeaderType());
        assertEquals(1, d.skippedLines());
        assertEquals(1, d.warnings().size());
        assertTrue(d.warnings().get(0).contains("unrouted-and-unknown-header.txt:28"), d.warnings().get(0));
        assertTrue(d.warnings().get(0).contains("Frobnicator"), d.warnings().get(0));
    }

    @Test
    void pciutils30MsiSpellingOfThePapersEra() throws Exception {
        LspciDump d = parse("debian5-pciutils30-vvnn.txt");
        assertEquals(0, d.skippedLines(), d.warnings().toString());
        assertEquals(new LspciFunction.Msi(true, 1, 1, true), fn(d, "00:19.0").msi().orElseThrow());
        assertEquals(new LspciFunction.Msi(false, 1, 16, false), fn(d, "00:1f.2").msi().orElseThrow());
        assertEquals(new LspciFunction.MsiX(true, 10), fn(d, "02:00.0").msix().orElseThrow());
        assertFalse(fn(d, "02:00.0").msi().get().enabled());
    }

    @Test
    void truncatedDumpIsAnErrorNamingFileAndLine() {
        LspciFormatException e = assertThrows(LspciFormatException.class, () -> parse("truncated.txt"));
        assertEquals("truncated.txt", e.file());
        assertEquals(131, e.line());
        assertTrue(e.getMessage().startsWith("truncated.txt:131: "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("0000:00:1a.0"), e.getMessage());
    }

    @Test
    void aCompleteDumpWithoutItsFinalNewlineIsKeptWithAWarning() throws Exception {
        byte[] whole = Fixtures.bytes("lspci/dx58so-lspci-vvnn.txt");
        String text = new String(whole, StandardCharsets.UTF_8).stripTrailing();
        LspciDump full = parse("dx58so-lspci-vvnn.txt");
        LspciDump cut = LspciParser.parse("pasted.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(full.functions(), cut.functions());
        assertTrue(cut.warnings().stream().anyMatch(w -> w.startsWith("pasted.txt:") && w.contains("does not end with a newline")),
                cut.warnings().toString());
    }

    @Test
    void emptyBinaryAndForeignFilesAreErrors() {
        LspciFormatException empty = assertThrows(LspciFormatException.class, () -> LspciParser.parse("empty.txt", new byte[0]));
        assertTrue(empty.getMessage().startsWith("empty.txt: the file is empty"), empty.getMessage());
        assertThrows(LspciFormatException.class, () -> LspciParser.parse("blank.txt", "\n\n  \n".getBytes(StandardCharsets.UTF_8)));

        byte[] elf = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, '\n', 1 };
        LspciFormatException bin = assertThrows(LspciFormatException.class, () -> LspciParser.parse("a.out", elf));
        assertTrue(bin.getMessage().startsWith("a.out:1: binary data"), bin.getMessage());
        byte[] latin1 = "00:00.0 Host bridge [0600]: caf\u00e9 [8086:1234]\n\n".getBytes(StandardCharsets.ISO_8859_1);
        // a byte that is not UTF-8 is replaced and reported, never a refusal of the whole dump
        LspciDump notUtf8 = assertDoesNotThrow(() -> LspciParser.parse("l1.txt", latin1));
        assertEquals("caf\ufffd", notUtf8.functions().get(0).description());
        assertTrue(notUtf8.warnings().get(0).startsWith("l1.txt:1: bytes that are not UTF-8"), notUtf8.warnings().toString());

        LspciFormatException dmesg = assertThrows(LspciFormatException.class, () -> parse("not-lspci.txt"));
        assertTrue(dmesg.getMessage().startsWith("not-lspci.txt:1: not the output of 'lspci -vvnn'"), dmesg.getMessage());
        LspciFormatException noClass = assertThrows(LspciFormatException.class,
                () -> LspciParser.parse("log.txt", "12:03.5 Starting backup: done\n\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(noClass.getMessage().startsWith("log.txt:1: function 0000:12:03.5: 'Starting backup' is not a PCI class name"),
                noClass.getMessage());
        LspciFormatException device = assertThrows(LspciFormatException.class,
                () -> LspciParser.parse("t.txt", "12:30.5 Ethernet controller [0200]: X [8086:10cc]\n\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(device.getMessage().startsWith("t.txt:1: not a PCI address"), device.getMessage());
        LspciFormatException indented = assertThrows(LspciFormatException.class,
                () -> LspciParser.parse("x.txt", "\tControl: I/O+\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, indented.line());
    }

    @Test
    void dumpsWithOnlyTheNumbersOrOnlyTheNamesReadLikeTheVvnnDump() throws Exception {
        LspciDump full = parse("dx58so-lspci-vvnn.txt");
        LspciDump numbers = parse("dx58so-lspci-vvn.txt");
        LspciDump names = parse("dx58so-lspci-vv.txt");
        for (LspciDump d : List.of(numbers, names)) {
            assertEquals(full.functions().size(), d.functions().size(), d.file());
            for (int i = 0; i < full.functions().size(); i++) {
                LspciFunction a = full.functions().get(i);
                LspciFunction b = d.functions().get(i);
                String where = d.file() + " " + a.address();
                assertEquals(a.address(), b.address(), where);
                assertEquals(a.classCode(), b.classCode(), where);
                assertEquals(a.progIf(), b.progIf(), where);
                assertEquals(a.revision(), b.revision(), where);
                assertEquals(a.irq(), b.irq(), where);
                assertEquals(a.intxPin(), b.intxPin(), where);
                assertEquals(a.msi(), b.msi(), where);
                assertEquals(a.msix(), b.msix(), where);
                assertEquals(a.driverInUse(), b.driverInUse(), where);
                assertEquals(a.bridgeBuses(), b.bridgeBuses(), where);
            }
        }
        for (int i = 0; i < full.functions().size(); i++) {
            LspciFunction a = full.functions().get(i);
            assertEquals(a.vendorId(), numbers.functions().get(i).vendorId());
            assertEquals(a.deviceId(), numbers.functions().get(i).deviceId());
            assertEquals(a.description(), names.functions().get(i).description());
            assertEquals(a.className(), names.functions().get(i).className());
            assertEquals(0, names.functions().get(i).vendorId(), "-vv has no ids");
        }
        assertTrue(numbers.warnings().isEmpty(), numbers.warnings().toString());
        assertEquals(1, names.warnings().size(), names.warnings().toString());
        assertTrue(names.warnings().get(0).startsWith("dx58so-lspci-vv.txt:1: lspci was run without -nn"), names.warnings().toString());

        LspciDump old = parse("lspci-without-nn.txt");
        assertEquals(0x0200, old.functions().get(0).classCode());
        assertEquals(Optional.of("e1000e"), old.functions().get(0).driverInUse());
    }

    @Test
    void aDumpWithOneVTakesTheIrqFromTheFlagsLine() throws Exception {
        LspciDump full = parse("dx58so-lspci-vvnn.txt");
        LspciDump v = parse("dx58so-lspci-vnn.txt");
        assertEquals(full.functions().size(), v.functions().size());
        for (int i = 0; i < full.functions().size(); i++) {
            LspciFunction a = full.functions().get(i);
            LspciFunction b = v.functions().get(i);
            assertEquals(a.hasRoutedIrq(), b.hasRoutedIrq(), a.address().toString());
            if (a.hasRoutedIrq()) {
                assertEquals(a.irq(), b.irq(), a.address().toString());
                assertEquals(Optional.of('A'), b.intxPin(), a.address() + ": -v does not print the pin");
            }
            assertEquals(a.msi().map(LspciFunction.Msi::enabled), b.msi().map(LspciFunction.Msi::enabled));
            assertEquals(a.bridgeBuses(), b.bridgeBuses(), a.address().toString());
        }
        assertEquals(1, v.warnings().size(), v.warnings().toString());
        assertTrue(v.warnings().get(0).contains("lspci was run with -v, not -vv"), v.warnings().toString());
        assertTrue(full.warnings().isEmpty(), "a -vv dump's Flags lines are capability details, not the IRQ");
    }

    @Test
    void crlfLineEndsAndAMissingFinalBlankLineAreTolerated() throws Exception {
        String text = "00:19.0 Ethernet controller [0200]: Intel Corporation 82567LM-2 Gigabit Network Connection [8086:10cc]\r\n"
                + "\tInterrupt: pin A routed to IRQ 20\r\n\tKernel driver in use: e1000e\r\n";
        LspciDump d = LspciParser.parse("crlf.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, d.functions().size());
        assertEquals(Optional.of("e1000e"), d.functions().get(0).driverInUse());
        assertEquals(1, d.warnings().size(), "the missing blank line after the last function is reported");
    }
}
