package org.natsume.timeline.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.natsume.timeline.core.TimeParser;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;
import org.natsume.trace.journey.JourneyTable;

/**
 * A search or filter expression over journeys and events (issue 14: "search over events and journeys by kind, device,
 * domain, GSI, latency expression"; the Interrupt Trace table's filter). Names resolve against the trace's own
 * metadata, so the expression reads the way the lanes are labelled.
 *
 * <pre>
 * expr    := or
 * or      := and (("||" | "or") and)*
 * and     := unary (("&amp;&amp;" | "and")? unary)*        juxtaposition is "and"
 * unary   := ("!" | "not") unary | "(" expr ")" | field op value | flag | word
 * field   := kind | device | gsi | cpu | domain | spurious | latency | blocked | journey | time
 * op      := == | = | != | &lt; | &lt;= | &gt; | &gt;= | ~        (~ : the name contains the value)
 * flag    := spurious | vif
 * word    := anything else: a kind, device, domain or GSI name containing it
 * </pre>
 *
 * Times and durations take ns, µs (us), ms or s, µs when bare: {@code latency > 10us}, {@code blocked >= 1.5ms}.
 * {@code domain == guestB} matches journeys that notified guestB (events in guestB); {@code spurious == guestB}
 * journeys whose notification of guestB was spurious. On a journey, {@code kind == X} holds when one of its events is
 * an X. Bad input throws {@link QueryException} naming the position.
 */
public final class JourneyQuery {

    /** One side of the data a term reads: a journey row, or an event. */
    interface Subject {
        int kind(TraceKind k);

        /** -2 when the subject has no such field. */
        long field(Field f);

        long spuriousMask();

        long domainMask();

        TraceMetadata meta();
    }

    enum Field { KIND, DEVICE, GSI, CPU, DOMAIN, SPURIOUS, LATENCY, BLOCKED, JOURNEY, TIME }

    private final Node root;
    private final String text;

    private JourneyQuery(Node root, String text) {
        this.root = root;
        this.text = text;
    }

    /** Parses text; an empty text matches everything. */
    public static JourneyQuery parse(String text, TraceMetadata meta) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return new JourneyQuery(s -> true, "");
        }
        Parser p = new Parser(tokens(t), t, meta);
        Node n = p.or();
        if (p.pos < p.tokens.size()) {
            throw p.error("unexpected '" + p.tokens.get(p.pos).text + "'");
        }
        return new JourneyQuery(n, t);
    }

    public String text() {
        return text;
    }

    public boolean matchesAll() {
        return text.isEmpty();
    }

    /** Whether journey table row matches. */
    public boolean test(JourneyTable table, int row) {
        return root.test(new JourneySubject(table, row));
    }

    /** Whether event index of store matches. */
    public boolean testEvent(TraceStore store, int event) {
        return root.test(new EventSubject(store, event));
    }

    @Override
    public String toString() {
        return "JourneyQuery[" + text + "]";
    }

    // --- evaluation ---------------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Node {
        boolean test(Subject s);
    }

    private record JourneySubject(JourneyTable t, int row) implements Subject {
        @Override
        public int kind(TraceKind k) {
            TraceStore s = t.store();
            for (int i = s.journeyFirstEvent(t.journeyId(row)); i >= 0; i = s.nextInJourney(i)) {
                if (s.kind(i) == k) {
                    return 1;
                }
            }
            return 0;
        }

        @Override
        public long field(Field f) {
            return switch (f) {
                case DEVICE -> t.device(row);
                case GSI -> t.gsi(row);
                case CPU -> t.cpu(row);
                case LATENCY -> t.latencyNs(row);
                case BLOCKED -> t.lineBlockedNs(row);
                case JOURNEY -> t.journeyId(row);
                case TIME -> t.firstTimeNs(row);
                default -> -2;
            };
        }

        @Override
        public long spuriousMask() {
            return t.spuriousMask(row);
        }

        @Override
        public long domainMask() {
            return t.notifiedMask(row);
        }

        @Override
        public TraceMetadata meta() {
            return t.store().metadata();
        }
    }

    private record EventSubject(TraceStore s, int i) implements Subject {
        @Override
        public int kind(TraceKind k) {
            return s.kind(i) == k ? 1 : 0;
        }

        @Override
        public long field(Field f) {
            TraceKind k = s.kind(i);
            return switch (f) {
                case DEVICE -> s.device(i);
                case GSI -> s.gsi(i);
                case CPU -> s.cpu(i);
                case LATENCY -> k == TraceKind.GUEST_ISR ? s.arg(i) : -1;
                case BLOCKED -> k == TraceKind.LINE_EOI ? s.arg(i) : -1;
                case JOURNEY -> s.journey(i);
                case TIME -> s.timeNs(i);
                default -> -2;
            };
        }

        @Override
        public long spuriousMask() {
            int d = s.domain(i);
            return s.kind(i) == TraceKind.GUEST_NOTIFY && s.arg(i) == 1 && d >= 0 && d < 64 ? 1L << d : 0;
        }

        @Override
        public long domainMask() {
            int d = s.domain(i);
            return s.kind(i) != TraceKind.IPI_SEND && d >= 0 && d < 64 ? 1L << d : 0;
        }

        @Override
        public TraceMetadata meta() {
            return s.metadata();
        }
    }

    // --- parsing ------------------------------------------------------------------------------------------------

    private record Token(String text, int at, boolean quoted) {
        boolean is(String s) {
            return !quoted && text.equalsIgnoreCase(s);
        }
    }

    private static List<Token> tokens(String t) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int end = t.indexOf(c, i + 1);
                if (end < 0) {
                    throw new QueryException(t, i, "unterminated quote");
                }
                out.add(new Token(t.substring(i + 1, end), i, true));
                i = end + 1;
            } else if ("()".indexOf(c) >= 0) {
                out.add(new Token(String.valueOf(c), i, false));
                i++;
            } else if ("=!<>~&|".indexOf(c) >= 0) {
                int j = i + 1;
                while (j < t.length() && "=&|".indexOf(t.charAt(j)) >= 0 && j - i < 2) {
                    j++;
                }
                out.add(new Token(t.substring(i, j), i, false));
                i = j;
            } else {
                int j = i;
                while (j < t.length() && !Character.isWhitespace(t.charAt(j)) && "()=!<>~&|\"'".indexOf(t.charAt(j)) < 0) {
                    j++;
                }
                // "10 us": a unit after a number belongs to it
                String word = t.substring(i, j);
                out.add(new Token(word, i, false));
                i = j;
            }
        }
        return out;
    }

    private static final class Parser {
        final List<Token> tokens;
        final String text;
        final TraceMetadata meta;
        int pos;

        Parser(List<Token> tokens, String text, TraceMetadata meta) {
            this.tokens = tokens;
            this.text = text;
            this.meta = meta;
        }

        QueryException error(String message) {
            int at = pos < tokens.size() ? tokens.get(pos).at : text.length();
            return new QueryException(text, at, message);
        }

        Token peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        boolean accept(String... any) {
            Token t = peek();
            if (t != null) {
                for (String a : any) {
                    if (t.is(a)) {
                        pos++;
                        return true;
                    }
                }
            }
            return false;
        }

        Node or() {
            Node left = and();
            while (accept("||", "or")) {
                Node a = left;
                Node b = and();
                left = s -> a.test(s) || b.test(s);
            }
            return left;
        }

        Node and() {
            Node left = unary();
            while (true) {
                if (accept("&&", "and")) {
                    Node a = left;
                    Node b = unary();
                    left = s -> a.test(s) && b.test(s);
                } else if (peek() != null && !peek().is(")") && !peek().is("||") && !peek().is("or")) {
                    Node a = left;
                    Node b = unary();
                    left = s -> a.test(s) && b.test(s);
                } else {
                    return left;
                }
            }
        }

        Node unary() {
            if (peek() == null) {
                throw error("expected a term");
            }
            if (accept("!", "not")) {
                Node n = unary();
                return s -> !n.test(s);
            }
            if (accept("(")) {
                Node n = or();
                if (!accept(")")) {
                    throw error("expected ')'");
                }
                return n;
            }
            Token t = tokens.get(pos++);
            Field f = t.quoted ? null : field(t.text);
            Token op = peek();
            if (f != null && op != null && isOp(op)) {
                pos++;
                return comparison(f, op, value());
            }
            if (t.is("spurious")) {
                return s -> s.spuriousMask() != 0;
            }
            if (t.is("vif")) {
                return s -> {
                    long d = s.field(Field.DEVICE);
                    return d >= 0 && s.meta().deviceKind((int) d).equals("vif");
                };
            }
            String word = t.text.toLowerCase(Locale.ROOT);
            return s -> wordMatches(s, word);
        }

        Token value() {
            Token v = peek();
            if (v == null) {
                throw error("expected a value");
            }
            pos++;
            // "10 us": a separate unit token
            Token unit = peek();
            // a word right after a number is its unit ("12 ms"; "12 parsecs" is then refused as a time), unless it
            // starts the next term
            if (!v.quoted && unit != null && !unit.quoted && v.text.matches("[0-9.]+") && unit.text.matches("[A-Za-zµ]+")
                    && !unit.text.matches("(?i)and|or|not|spurious|vif") && field(unit.text) == null) {
                pos++;
                return new Token(v.text + unit.text, v.at, false);
            }
            return v;
        }

        static boolean isOp(Token t) {
            return !t.quoted && t.text.matches("==|=|!=|<|<=|>|>=|~");
        }

        static Field field(String s) {
            for (Field f : Field.values()) {
                if (f.name().equalsIgnoreCase(s)) {
                    return f;
                }
            }
            return null;
        }

        Node comparison(Field f, Token op, Token v) {
            String o = op.text.equals("=") ? "==" : op.text;
            switch (f) {
                case KIND -> {
                    TraceKind k = kind(v);
                    if (!o.equals("==") && !o.equals("!=")) {
                        throw new QueryException(text, op.at, "kind compares with == or !=");
                    }
                    boolean eq = o.equals("==");
                    return s -> (s.kind(k) == 1) == eq;
                }
                case DOMAIN, SPURIOUS -> {
                    long mask = domains(v, o.equals("~"));
                    boolean spur = f == Field.SPURIOUS;
                    if (o.equals("!=")) {
                        return s -> ((spur ? s.spuriousMask() : s.domainMask()) & mask) == 0;
                    }
                    if (!o.equals("==") && !o.equals("~")) {
                        throw new QueryException(text, op.at, f.name().toLowerCase(Locale.ROOT) + " compares with ==, != or ~");
                    }
                    return s -> ((spur ? s.spuriousMask() : s.domainMask()) & mask) != 0;
                }
                case DEVICE -> {
                    if (o.equals("~") || !v.text.matches("[0-9]+")) {
                        String want = v.text.toLowerCase(Locale.ROOT);
                        boolean contains = o.equals("~");
                        boolean neg = o.equals("!=");
                        if (!contains && !neg && !o.equals("==")) {
                            throw new QueryException(text, op.at, "device compares with ==, != or ~");
                        }
                        return s -> {
                            long d = s.field(Field.DEVICE);
                            boolean m = d >= 0 && deviceMatches(s.meta(), (int) d, want, contains);
                            return neg != m;
                        };
                    }
                    return numeric(f, o, Long.parseLong(v.text));
                }
                case LATENCY, BLOCKED, TIME -> {
                    long ns;
                    try {
                        ns = TimeParser.parseNs(v.text);
                    } catch (IllegalArgumentException e) {
                        throw new QueryException(text, v.at, e.getMessage());
                    }
                    return numeric(f, o, ns);
                }
                default -> {
                    try {
                        return numeric(f, o, Long.parseLong(v.text));
                    } catch (NumberFormatException e) {
                        throw new QueryException(text, v.at, "expected a number for " + f.name().toLowerCase(Locale.ROOT) + ", not '" + v.text + "'");
                    }
                }
            }
        }

        Node numeric(Field f, String o, long value) {
            return switch (o) {
                case "==" -> s -> s.field(f) == value;
                case "!=" -> s -> s.field(f) != value;
                case "<" -> s -> s.field(f) >= 0 && s.field(f) < value;
                case "<=" -> s -> s.field(f) >= 0 && s.field(f) <= value;
                case ">" -> s -> s.field(f) > value;
                case ">=" -> s -> s.field(f) >= value;
                default -> throw error("'" + o + "' does not apply to " + f.name().toLowerCase(Locale.ROOT));
            };
        }

        TraceKind kind(Token v) {
            for (TraceKind k : TraceKind.values()) {
                if (k.name().equalsIgnoreCase(v.text) || k.name().replace("_", "").equalsIgnoreCase(v.text)) {
                    return k;
                }
            }
            throw new QueryException(text, v.at, "no event kind '" + v.text + "' (e.g. GUEST_ISR, LINE_EOI, GUEST_NOTIFY)");
        }

        long domains(Token v, boolean contains) {
            long mask = 0;
            String want = v.text.toLowerCase(Locale.ROOT);
            int rt = meta.rtVm();
            for (int d = 0; d < meta.domainNames().size() && d < 64; d++) {
                String n = meta.domainName(d).toLowerCase(Locale.ROOT);
                String bare = n.replace(" (rt-vm)", "");
                if (contains ? n.contains(want) : bare.equals(want) || n.equals(want) || want.equals(Integer.toString(d))
                        || (want.equals("rtvm") || want.equals("rt-vm")) && d == rt) {
                    mask |= 1L << d;
                }
            }
            if (mask == 0) {
                throw new QueryException(text, v.at, "no domain '" + v.text + "' in this trace (domains: "
                        + String.join(", ", meta.domainNames()) + ")");
            }
            return mask;
        }
    }

    static boolean deviceMatches(TraceMetadata m, int d, String want, boolean contains) {
        String name = m.deviceName(d).toLowerCase(Locale.ROOT);
        String bdf = m.deviceBdf(d).toLowerCase(Locale.ROOT);
        return contains ? name.contains(want) || bdf.contains(want) : name.equals(want) || bdf.equals(want)
                || !bdf.isEmpty() && bdf.endsWith(want) && want.length() >= 7;
    }

    private static boolean wordMatches(Subject s, String word) {
        TraceMetadata m = s.meta();
        long d = s.field(Field.DEVICE);
        if (d >= 0 && deviceMatches(m, (int) d, word, true)) {
            return true;
        }
        long g = s.field(Field.GSI);
        if (g >= 0 && m.gsiName((int) g).toLowerCase(Locale.ROOT).contains(word)) {
            return true;
        }
        for (long mask = s.domainMask(); mask != 0; mask &= mask - 1) {
            if (m.domainName(Long.numberOfTrailingZeros(mask)).toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        for (TraceKind k : TraceKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).contains(word.replace(' ', '_')) && s.kind(k) == 1) {
                return true;
            }
        }
        return false;
    }
}
