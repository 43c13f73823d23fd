package org.natsume.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's parsed arguments. Each command declares its flags and its value options; anything else that starts
 * with {@code -} is a usage error, so a typo never silently changes what runs.
 */
public final class Args {
    private final Set<String> flags;
    private final Map<String, String> options;
    private final List<String> positional;

    private Args(Set<String> flags, Map<String, String> options, List<String> positional) {
        this.flags = flags;
        this.options = options;
        this.positional = positional;
    }

    /**
     * @param argv         the words after the command name
     * @param knownFlags   options without a value, e.g. {@code --json}
     * @param valueOptions options with a value, given as {@code -o OUT} or {@code --duration=5}
     */
    public static Args parse(List<String> argv, Set<String> knownFlags, Set<String> valueOptions) throws UsageException {
        Set<String> flags = new java.util.LinkedHashSet<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        boolean onlyPositional = false;
        for (int i = 0; i < argv.size(); i++) {
            String word = argv.get(i);
            if (onlyPositional || !word.startsWith("-") || word.equals("-")) {
                positional.add(word);
                continue;
            }
            if (word.equals("--")) {
                onlyPositional = true;
                continue;
            }
            String name = word;
            String inlineValue = null;
            int eq = word.indexOf('=');
            if (eq > 0) {
                name = word.substring(0, eq);
                inlineValue = word.substring(eq + 1);
            }
            if (knownFlags.contains(name)) {
                if (inlineValue != null) {
                    throw new UsageException("option " + name + " takes no value");
                }
                flags.add(name);
            } else if (valueOptions.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= argv.size()) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    value = argv.get(++i);
                }
                if (options.containsKey(name)) {
                    throw new UsageException("option " + name + " given twice");
                }
                options.put(name, value);
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return new Args(Collections.unmodifiableSet(flags), Collections.unmodifiableMap(options),
                Collections.unmodifiableList(positional));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String require(String name) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("missing required option " + name);
        }
        return value;
    }

    public List<String> positional() {
        return positional;
    }

    public int intOption(String name, int defaultValue) throws UsageException {
        return number(name, defaultValue, Integer::parseInt, "a whole number");
    }

    public long longOption(String name, long defaultValue) throws UsageException {
        return number(name, defaultValue, Long::parseLong, "a whole number");
    }

    public double doubleOption(String name, double defaultValue) throws UsageException {
        return number(name, defaultValue, text -> {
            double d = Double.parseDouble(text);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException(text);
            }
            return d;
        }, "a number");
    }

    private <T> T number(String name, T defaultValue, java.util.function.Function<String, T> parse, String what)
            throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return parse.apply(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " needs " + what + ", not '" + value + "'");
        }
    }
}
