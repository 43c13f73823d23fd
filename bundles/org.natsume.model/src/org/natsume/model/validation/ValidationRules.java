package org.natsume.model.validation;

import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.natsume.extensions.Contribution;
import org.natsume.extensions.Contributions;
import org.natsume.extensions.Extensions;
import org.natsume.extensions.PerRegistry;

/** The rules contributed to {@value #POINT} (docs/extending.md), the built-in ones of docs/model.md included. */
public final class ValidationRules {

    public static final String POINT = "org.natsume.model.validationRules";

    /** A contributed rule and the most severe finding it may report. */
    public record Rule(TopologyRule rule, Severity severity, String description, String bundle) {
    }

    private static final Contributions<TopologyRule> CONTRIBUTED = new Contributions<>(POINT, "rule", "description",
            TopologyRule.class, TopologyRule::id);
    private static final PerRegistry<List<Rule>> RULES = new PerRegistry<>(ValidationRules::rules);

    private ValidationRules() {
    }

    public static List<Rule> rules(IExtensionRegistry registry) {
        return CONTRIBUTED.of(registry).stream()
                .map(c -> new Rule(c.instance(), severity(c), c.label(), c.bundle())).toList();
    }

    /** The rules of {@link Extensions#registry()}, in the order their findings are reported. */
    public static List<Rule> rules() {
        return RULES.get();
    }

    private static Severity severity(Contribution<TopologyRule> c) {
        String s = Extensions.required(c.element(), "severity");
        try {
            return Severity.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(Extensions.where(c.element()) + ": rule " + c.id() + " has severity '" + s
                    + "'; expected ERROR, WARNING or INFO", e);
        }
    }
}
