package org.natsume.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.junit.jupiter.api.Test;
import org.natsume.extensions.ClassPathRegistry;
import org.natsume.extensions.ClassPathRegistry.Contribution;
import org.natsume.model.Domain;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.validation.Finding;
import org.natsume.model.validation.Findings;
import org.natsume.model.validation.Severity;
import org.natsume.model.validation.TopologyRule;
import org.natsume.model.validation.TopologyValidator;
import org.natsume.model.validation.ValidationRules;

/** Every rule comes from org.natsume.model.validationRules, the built-in ones too; a contributed rule is capped. */
class ContributedRulesTest {

    /** A contributed rule that overstates itself: it reports ERRORs, but its contribution says WARNING. */
    public static final class SmallMemoryRule implements TopologyRule {
        @Override
        public String id() {
            return "small-memory";
        }

        @Override
        public void check(Topology t, Findings out) {
            for (Domain d : t.getDomains()) {
                if (d.getMemoryMiB() < 1024) out.add(Severity.ERROR, this, d.getName() + " has under 1 GiB", d);
            }
        }
    }

    @Test
    void theBuiltInRulesAreContributedInReportOrder() {
        List<String> ids = ValidationRules.rules().stream().map(r -> r.rule().id()).toList();
        assertEquals(List.of("unique-id", "domain-name", "unique-domain-name", "machine", "bdf", "attached-twice",
                "attachment", "vif-backend", "driver-domain", "pinning-target", "vcpu-unpinned", "domain-vcpu",
                "domain-memory", "workload", "timing", "shared-gsi-passthrough", "gsi-routing", "irq-max-guests",
                "pin-to-rtvm-cpu", "rtvm-pcpu-sharing", "msi-on-shared-line", "kernel-msi"), ids);
        assertTrue(ValidationRules.rules().stream().allMatch(r -> r.bundle().equals("org.natsume.model")));
    }

    @Test
    void aContributedRuleRunsAfterTheBuiltInsAndCannotReportAboveItsDeclaredSeverity() throws Exception {
        IExtensionRegistry r = ClassPathRegistry.of(List.of(model(), new Contribution("org.example.rules",
                ("<plugin><extension point=\"org.natsume.model.validationRules\"><rule id=\"small-memory\""
                        + " severity=\"WARNING\" description=\"a domain with less than 1 GiB\""
                        + " class=\"" + SmallMemoryRule.class.getName() + "\"/></extension></plugin>")
                        .getBytes(StandardCharsets.UTF_8), null)), getClass().getClassLoader());
        List<ValidationRules.Rule> rules = ValidationRules.rules(r);
        assertEquals(23, rules.size());
        assertEquals("small-memory", rules.get(22).rule().id());
        assertEquals(Severity.WARNING, rules.get(22).severity());
        Topology t = Examples.load("paper-case2-vif");
        List<Finding> small = TopologyValidator.validate(t, rules).stream().filter(f -> f.rule().equals("small-memory")).toList();
        assertTrue(!small.isEmpty(), "the example's guests have 512 MiB");
        assertTrue(small.stream().allMatch(f -> f.severity() == Severity.WARNING), small.toString());
        // the built-in rules' findings are the same as through the platform's registry
        assertEquals(TopologyValidator.validate(t), TopologyValidator.validate(t, rules.subList(0, 22)));
    }

    private static Contribution model() throws IOException {
        try (InputStream in = ValidationRules.class.getClassLoader().getResourceAsStream("plugin.xml")) {
            return new Contribution("org.natsume.model", in.readAllBytes(), null);
        }
    }
}
