package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.natsume.model.bdf.Bdf;
import org.natsume.model.bdf.BdfFormatException;

/**
 * Bdf parsing and formatting. The property-based part runs as a JUnit parameterized test over a seeded random
 * generator (3,000 valid and 3,000 invalid addresses per run, same seed every run) instead of jqwik, so it needs
 * nothing beyond JUnit 5 in the Tycho/OSGi test runtime.
 */
class BdfTest {

    private static final long SEED = 0x4e415453554d45L;

    @ParameterizedTest
    @CsvSource({ "0000:05:00.0, 0, 5, 0, 0", "05:00.0, 0, 5, 0, 0", "00:19.0, 0, 0, 0x19, 0",
            "FFFF:FF:1F.7, 0xffff, 0xff, 0x1f, 7", "10000:e0:17.0, 0x10000, 0xe0, 0x17, 0", "fffff:00:00.0, 0xfffff, 0, 0, 0",
            "0001:0a:1B.3, 1, 10, 27, 3", "  00:1e.0 , 0, 0, 30, 0" })
    void parsesLongAndShortForms(String text, String seg, String bus, String dev, String fn) {
        Bdf b = Bdf.parse(text);
        assertEquals(new Bdf(Integer.decode(seg), Integer.decode(bus), Integer.decode(dev), Integer.decode(fn)), b);
    }

    @Test
    void canonicalAndShortForms() {
        Bdf b = Bdf.parse("05:00.0");
        assertEquals("0000:05:00.0", b.toString());
        assertEquals("05:00.0", b.shortForm());
        assertEquals("000a:ff:1f.7", Bdf.parse("A:FF:1F.7").toString());
    }

    /** lspci prints the domains behind an Intel VMD controller with five digits; the model keeps them as they are. */
    @Test
    void fiveDigitVmdSegmentsAreAddresses() {
        Bdf b = Bdf.parse("10000:E0:17.0");
        assertEquals(0x10000, b.segment());
        assertEquals("10000:e0:17.0", b.toString());
        assertEquals(b, Bdf.parse(b.toString()));
        assertTrue(b.compareTo(Bdf.parse("ffff:ff:1f.7")) > 0);
        BdfFormatException e = assertThrows(BdfFormatException.class, () -> new Bdf(0x100000, 0, 0, 0));
        assertTrue(e.getMessage().startsWith("segment 0x100000 out of range 0000-fffff"), e.getMessage());
    }

    @Test
    void jailhouseEncodingMatchesDomainSpec() {
        assertEquals(0x00c8, Bdf.parse("00:19.0").jailhouseId());
        assertEquals(0x0500, Bdf.parse("05:00.0").jailhouseId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "00:20.0|device 0x20 out of range 00-1f in '00:20.0'",
            "00:1f.8|function 0x8 out of range 0-7 in '00:1f.8'",
            "1:100:00.0|bus '100' has more than 2 hex digits in '1:100:00.0'",
            "100000:00:00.0|segment '100000' has more than 5 hex digits in '100000:00:00.0'",
            "0g:00.0|bus '0g' is not hexadecimal in '0g:00.0'", "05:00|missing '.'",
            "05.0|expected SSSS:BB:DD.F or BB:DD.F but found 0 ':'",
            "0:0:0:0.0|expected SSSS:BB:DD.F or BB:DD.F but found 3 ':'", ":00.0|bus is empty in ':00.0'",
            "00:.1|device is empty", "00:00.|function is empty", "00:00.-1|function '-1' has more than 1 hex digit", "00:00.g|function 'g' is not hexadecimal" })
    void rejectsWithMessageNamingThePart(String text, String expected) {
        BdfFormatException e = assertThrows(BdfFormatException.class, () -> Bdf.parse(text));
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
        assertEquals(text, e.input());
    }

    @Test
    void rejectsEmptyAndNull() {
        assertThrows(BdfFormatException.class, () -> Bdf.parse(""));
        assertThrows(BdfFormatException.class, () -> Bdf.parse(null));
        assertNull(Bdf.tryParse("nonsense"));
        assertTrue(new BdfFormatException("x", "y") instanceof IllegalArgumentException);
    }

    @Test
    void constructorChecksRanges() {
        BdfFormatException e = assertThrows(BdfFormatException.class, () -> new Bdf(0, 256, 0, 0));
        assertTrue(e.getMessage().startsWith("bus 0x100 out of range 00-ff"), e.getMessage());
    }

    static Stream<Bdf> randomValid() {
        SplittableRandom r = new SplittableRandom(SEED);
        return Stream.generate(() -> new Bdf(r.nextInt(3) == 0 ? 0 : r.nextInt(0x10000), r.nextInt(0x100),
                r.nextInt(0x20), r.nextInt(8))).limit(3000);
    }

    @ParameterizedTest
    @MethodSource("randomValid")
    void propertyRoundTripsThroughEveryAcceptedSpelling(Bdf b) {
        assertEquals(b, Bdf.parse(b.toString()));
        assertEquals(b, Bdf.parse(b.toString().toUpperCase(Locale.ROOT)));
        String s = b.toString();
        assertTrue(s.matches("[0-9a-f]{4}:[0-9a-f]{2}:[0-1][0-9a-f]\\.[0-7]"), s);
        if (b.segment() == 0) {
            assertEquals(b, Bdf.parse(b.shortForm()));
        }
        int id = b.jailhouseId();
        assertEquals(b.bus(), id >> 8);
        assertEquals(b.device(), (id >> 3) & 0x1f);
        assertEquals(b.function(), id & 7);
    }

    static Stream<String> randomInvalid() {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        return Stream.generate(() -> {
            int seg = r.nextInt(0x10000);
            int bus = r.nextInt(0x100);
            int dev = r.nextInt(0x20);
            int fn = r.nextInt(8);
            return switch (r.nextInt(4)) {
                case 0 -> String.format("%04x:%02x:%02x.%x", seg, bus, 0x20 + r.nextInt(0xe0), fn);
                case 1 -> String.format("%04x:%02x:%02x.%x", seg, bus, dev, 8 + r.nextInt(8));
                case 2 -> String.format("%04x:%03x:%02x.%x", seg, 0x100 + r.nextInt(0xf00), dev, fn);
                default -> String.format("%06x:%02x:%02x.%x", 0x100000 + r.nextInt(0xf00000), bus, dev, fn);
            };
        }).limit(3000);
    }

    @ParameterizedTest
    @MethodSource("randomInvalid")
    void propertyOutOfRangeFieldsAreRejectedByName(String text) {
        BdfFormatException e = assertThrows(BdfFormatException.class, () -> Bdf.parse(text));
        assertTrue(e.getMessage().matches("^(segment|bus|device|function) .*in '" + java.util.regex.Pattern.quote(text) + "'$"),
                e.getMessage());
    }

    @Test
    void propertyOrderingIsConsistentWithEquals() {
        Map<String, Bdf> seen = new HashMap<>();
        randomValid().forEach(b -> {
            Bdf other = seen.put(b.toString(), b);
            if (other != null) {
                assertEquals(0, other.compareTo(b));
            }
        });
        assertTrue(Bdf.parse("00:1f.7").compareTo(Bdf.parse("05:00.0")) < 0);
        assertTrue(Bdf.parse("0001:00:00.0").compareTo(Bdf.parse("ff:1f.7")) > 0);
    }
}
