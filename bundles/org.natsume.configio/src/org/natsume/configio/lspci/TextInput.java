package org.natsume.configio.lspci;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns raw bytes into lines for the parsers, rejecting what is clearly not text: an empty file, NUL bytes or
 * invalid UTF-8 (binary), each reported with the file and line. Also tells whether the last line was cut off.
 */
final class TextInput {

    final List<String> lines;
    final boolean endsWithNewline;

    private TextInput(List<String> lines, boolean endsWithNewline) {
        this.lines = lines;
        this.endsWithNewline = endsWithNewline;
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
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // lspci names are ASCII; a file that is not even UTF-8 is binary or another encoding
            int bad = firstInvalidUtf8Line(bytes);
            throw new LspciFormatException(file, bad, "binary or non-UTF-8 data; expected " + expected);
        }
        // a dump saved by a Windows editor starts with a byte-order mark; it is not part of the first line
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n");
        boolean nl = text.endsWith("\n");
        List<String> lines = List.of(text.split("\n", -1));
        return new TextInput(nl ? lines.subList(0, lines.size() - 1) : lines, nl);
    }

    private static int firstInvalidUtf8Line(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : -1;
            if (len < 0 || i + len > bytes.length) return line;
            for (int k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) != 0x80) return line;
            if (b == '\n') line++;
            i += len;
        }
        return line;
    }
}
