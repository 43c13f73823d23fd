package org.natsume.sweep.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON value with the line it starts on, read strictly (RFC 8259). The sweep spec needs the line of every key for
 * its error messages, which the trace bundle's {@code JsonReader} (values only) does not keep. Objects keep their
 * member order; duplicate member names are errors.
 */
public final class JsonNode {

    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final Object value;
    private final int line;

    private JsonNode(Kind kind, Object value, int line) {
        this.kind = kind;
        this.value = value;
        this.line = line;
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based line of the value's first character. */
    public int line() {
        return line;
    }

    @SuppressWarnings("unchecked")
    public Map<String, JsonNode> members() {
        return kind == Kind.OBJECT ? (Map<String, JsonNode>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    public List<JsonNode> elements() {
        return kind == Kind.ARRAY ? (List<JsonNode>) value : List.of();
    }

    /** The string, the number as written, true/false, or "null". */
    public String text() {
        return kind == Kind.NULL ? "null" : String.valueOf(value);
    }

    public double number() {
        return Double.parseDouble((String) value);
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Parses {@code text}; a syntax error is reported as {@link SpecException} with its line. */
    public static JsonNode parse(String source, String text) throws SpecException {
        Parser p = new Parser(source, text);
        p.ws();
        JsonNode v = p.value();
        p.ws();
        if (p.i != text.length()) {
            throw p.error("unexpected text after the JSON value");
        }
        return v;
    }

    private static final class Parser {
        private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
        private final String source;
        private final String s;
        private int i;
        private int line = 1;

        Parser(String source, String s) {
            this.source = source;
            this.s = s;
        }

        SpecException error(String what) {
            return new SpecException(source, line, null, "not valid JSON: " + what);
        }

        void ws() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                if (s.charAt(i) == '\n') {
                    line++;
                }
                i++;
            }
        }

        JsonNode value() throws SpecException {
            if (i >= s.length()) {
                throw error("unexpected end of input");
            }
            int at = line;
            return switch (s.charAt(i)) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> new JsonNode(Kind.STRING, string(), at);
                case 't' -> literal("true", Kind.BOOLEAN, Boolean.TRUE);
                case 'f' -> literal("false", Kind.BOOLEAN, Boolean.FALSE);
                case 'n' -> literal("null", Kind.NULL, null);
                default -> number();
            };
        }

        JsonNode literal(String word, Kind kind, Object v) throws SpecException {
            if (!s.startsWith(word, i)) {
                throw error("unexpected character '" + s.charAt(i) + "'");
            }
            i += word.length();
            return new JsonNode(kind, v, line);
        }

        JsonNode number() throws SpecException {
            Matcher m = NUMBER.matcher(s).region(i, s.length());
            if (!m.lookingAt()) {
                throw error("unexpected character '" + s.charAt(i) + "'");
            }
            i = m.end();
            return new JsonNode(Kind.NUMBER, m.group(), line);
        }

        JsonNode object() throws SpecException {
            int at = line;
            i++;
            Map<String, JsonNode> members = new LinkedHashMap<>();
            ws();
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                return new JsonNode(Kind.OBJECT, members, at);
            }
            while (true) {
                ws();
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw error("expected a member name in double quotes");
                }
                String name = string();
                ws();
                expect(':');
                ws();
                if (members.put(name, value()) != null) {
                    throw error("member \"" + name + "\" is given twice");
                }
                ws();
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                expect('}');
                return new JsonNode(Kind.OBJECT, members, at);
            }
        }

        JsonNode array() throws SpecException {
            int at = line;
            i++;
            List<JsonNode> out = new ArrayList<>();
            ws();
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                return new JsonNode(Kind.ARRAY, out, at);
            }
            while (true) {
                ws();
                out.add(value());
                ws();
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                expect(']');
                return new JsonNode(Kind.ARRAY, out, at);
            }
        }

        void expect(char c) throws SpecException {
            if (i >= s.length() || s.charAt(i) != c) {
                throw error("expected '" + c + "'" + (i < s.length() ? " but found '" + s.charAt(i) + "'" : " at the end"));
            }
            i++;
        }

        String string() throws SpecException {
            i++;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c < 0x20) {
                    throw error("raw control character in a string");
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw error("short \\u escape");
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException x) {
                            throw error("bad \\u escape");
                        }
                        i += 4;
                    }
                    default -> throw error("unknown escape \\" + e);
                }
            }
        }
    }
}
