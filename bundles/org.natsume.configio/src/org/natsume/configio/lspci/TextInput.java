package org.natsume.configio.lspci;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw bytes into lines for the parsers, rejecting what is clearly not text: an empty file or NUL bytes
 * (binary), reported with the file and line. Bytes that are not UTF-8 (lspci prints VPD keywords and vendor strings
 * as raw bytes) are replaced by U+FFFD and reported as warnings with their line, so one such byte never loses the
 * rest of a dump. Also tells whether the last line was cut off.
 */
final class TextInput {

    /** Lines with undecodable bytes named one by one; past this, one summary warning. */
    private static final int NAMED_LINES = 10;

    final List<String> lines;
    final boolean endsWithNewline;
    /** FILE:LINE warnings for replaced bytes; the parsers report them first. */
    final List<String> warnings;

    private TextInput(List<String> lines, boolean endsWithNewline, List<String> warnings) {
        this.lines = lines;
        this.endsWithNewline = endsWithNewline;
        this.warnings = warnings;
    }

    static TextInput of(String file, byte[] bytes, String expected) throws LspciFormatException {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new LspciFormatException(file, 0, "the file is empty; expected " + expected);
        }
        int line = 1;
        for (byte b : bytes) {
            if (b == 0) throw new LspciFormatException(file, line, "binary data (NUL byte); expected " + expected);
            if (b == '\n') line++;
        }
        List<String> warnings = new ArrayList<>();
        List<Integer> bad = linesNotUtf8(bytes);
        for (int i = 0; i < Math.min(bad.size(), NAMED_LINES); i++) {
            warnings.add(file + ":" + bad.get(i) + ": bytes that are not UTF-8 (raw VPD or vendor data?) replaced by U+FFFD");
        }
        if (bad.size() > NAMED_LINES) {
            warnings.add(file + ": " + (bad.size() - NAMED_LINES) + " more lines with bytes that are not UTF-8 replaced by U+FFFD");
        }
        String text = new String(bytes, StandardCharsets.UTF_8); // malformed input becomes U+FFFD
        // a dump saved by a Windows editor starts with a byte-order mark; it is not part of the first line
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n");
        boolean nl = text.endsWith("\n");
        List<String> lines = List.of(text.split("\n", -1));
        return new TextInput(nl ? lines.subList(0, lines.size() - 1) : lines, nl, List.copyOf(warnings));
    }

    /** 1-based numbers of the lines that do not decode as UTF-8 ('\n' never occurs inside a UTF-8 sequence). */
    private static List<Integer> linesNotUtf8(byte[] bytes) {
        List<Integer> bad = new ArrayList<>();
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = 0;
        int line = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    strict.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    bad.add(line);
                }
                start = i + 1;
                line++;
            }
        }
        return bad;
    }
}
