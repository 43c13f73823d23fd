package org.natsume.configio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.natsume.configio.internal.FileNames;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Unquotable;

/** Each format's literal syntax, including the hostile characters; real parsers check the files in other tests. */
class QuotingTest {

    @Test
    void xlEscapesQuotesBackslashesAndNewlinesAndRefusesOtherControls() throws Exception {
        assertEquals("\"a\\\"b\\\\c\\nd $(x) 'e'\"", Quoting.xl("a\"b\\c\nd $(x) 'e'"));
        assertEquals("\"é\"", Quoting.xl("é"));
        Unquotable u = assertThrows(Unquotable.class, () -> Quoting.xl("a\u0001b"));
        assertTrue(u.getMessage().contains("U+0001"), u.getMessage());
    }

    @Test
    void pythonUsesAsciiOnlyByteEscapes() {
        assertEquals("\"a\\\"b\\\\c\\nd\\x01\\xc3\\xa9\"", Quoting.python("a\"b\\c\nd\u0001é"));
    }

    @Test
    void shellSingleQuotesAndReopensForQuotes() throws Exception {
        assertEquals("'it'\\''s $(rm -rf /) `x`'", Quoting.shell("it's $(rm -rf /) `x`"));
        assertThrows(Unquotable.class, () -> Quoting.shell("a\0b"));
    }

    @Test
    void cUsesOctalForControlsAndEscapesTrigraphs() throws Exception {
        assertEquals("\"a\\\"b\\\\c\\012\\?\\?=\\303\\251\"", Quoting.c("a\"b\\c\n??=é"));
        assertThrows(Unquotable.class, () -> Quoting.c("a\0"));
    }

    @Test
    void xmlEntitiesAndRefusalOfControls() throws Exception {
        assertEquals("&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;&#10;", Quoting.xml("<a> & \"b\" 'c'\n"));
        assertThrows(Unquotable.class, () -> Quoting.xml("a\u0007"));
    }

    @Test
    void jsonEscapes() {
        assertEquals("\"a\\\"\\\\\\n\\u0001\"", Quoting.json("a\"\\\n\u0001"));
    }

    @Test
    void commentsCannotBeClosedOrBrokenOntoANewLine() {
        String c = Quoting.comment("x */ y -- z\nrm -rf /");
        assertTrue(!c.contains("*/") && !c.contains("--") && !c.contains("\n"), c);
    }

    @Test
    void fileNamesStayInsideTheOutputDirectory() {
        assertEquals("_.._etc_passwd", FileNames.slug("/../etc/passwd"));
        assertEquals("domain", FileNames.slug(".."));
        assertEquals("guest_B_rm_-rf", FileNames.slug("guest B;rm -rf"));
        FileNames names = new FileNames();
        assertEquals("a_b.cfg", names.unique("a b", 1, ".cfg"));
        assertEquals("a_b-2.cfg", names.unique("a/b", 2, ".cfg"));
    }
}
