package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.cli.Command;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.UsageException;
import org.natsume.cli.commands.DescribeCommand;
import org.natsume.cli.commands.ExampleCommand;
import org.natsume.cli.commands.ExamplesCommand;
import org.natsume.cli.commands.ValidateCommand;
import org.natsume.cli.tests.CliTestSupport.Result;
import org.natsume.model.RoutingPolicies;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyStore;

/** validate, describe, examples and example, run directly with captured output. */
class ModelCommandsTest {

    @TempDir
    Path dir;

    private Result last;

    private int run(Command c, String... argv) throws Exception {
        last = CliTestSupport.runCommand(c, dir, argv);
        return last.exitCode();
    }

    private String out() {
        return last.out();
    }

    private String err() {
        return last.err();
    }

    @Test
    void validateSharedCaseExitsOneWithTheSharedGsiError() throws Exception {
        TopologyStore.save(Examples.load("paper-case3-passthrough-shared"), dir.resolve("shared.natsume"));
        assertEquals(ExitCodes.FINDINGS, run(new ValidateCommand(), "shared.natsume"));
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).startsWith("ERROR /domains[guestB]/attachments[guestB-nic-b]: GSI 16 is shared by"
                + " pass-through device 0000:05:00.0"), lines.get(0));
        assertTrue(lines.stream().noneMatch(l -> l.contains("Set its interruptMode to MSI")), "2.6.18.8-xen has no MSI to suggest");
        assertTrue(err().contains("1 error(s)"));
    }

    @Test
    void validateCleanAndByBdfExitZero() throws Exception {
        Topology t = Examples.load("paper-case3-passthrough-shared");
        t.getHypervisor().setRoutingPolicy(RoutingPolicies.BY_BDF);
        TopologyStore.save(t, dir.resolve("bdf.natsume"));
        assertEquals(ExitCodes.OK, run(new ValidateCommand(), "bdf.natsume"));
        assertTrue(out().contains("INFO /domains[guestB]/attachments[guestB-nic-b]: GSI 16"), out());
        assertEquals(ExitCodes.OK, run(new ValidateCommand(), "--example", "paper-case3-passthrough-unshared"));
    }

    /** A policy whose bundle is not installed (here: the test policy of org.natsume.sim.policy.tests) is an error. */
    @Test
    void validateReportsARoutingPolicyNoInstalledBundleContributes() throws Exception {
        Topology t = Examples.load("paper-case3-passthrough-unshared");
        t.getHypervisor().setRoutingPolicy("ROUND_ROBIN");
        TopologyStore.save(t, dir.resolve("rr.natsume"));
        assertEquals(ExitCodes.FINDINGS, run(new ValidateCommand(), "rr.natsume"));
        assertTrue(out().lines().anyMatch(l -> l.startsWith("ERROR ") && l.endsWith(": routing policy 'ROUND_ROBIN' is not installed; installed: BY_IRQ, BY_BDF")),
                out());
    }

    @Test
    void validateUnreadableFileExitsTwoWithPosition() throws Exception {
        Files.writeString(dir.resolve("broken.natsume"), "<?xml version=\"1.0\"?>\n<natsume:Topology\n");
        assertEquals(ExitCodes.USAGE, run(new ValidateCommand(), "broken.natsume"));
        assertTrue(err().contains("broken.natsume:"), err());
        assertEquals(ExitCodes.USAGE, run(new ValidateCommand(), "missing.natsume"));
        assertThrows(UsageException.class, () -> run(new ValidateCommand()));
    }

    @Test
    void describeTextShowsFanOutUnderBothPolicies() throws Exception {
        assertEquals(ExitCodes.OK, run(new DescribeCommand(), "--example", "paper-case3-passthrough-shared"));
        String text = out();
        assertTrue(text.contains("GSI 16  LEVEL/LOW  sharers: 0000:00:1a.0, 0000:05:00.0  bound: Domain-0,guestB  SHARED"),
                text);
        assertTrue(text.matches("(?s).*16\\s+0000:05:00.0\\s+guestB\\s+line\\s+Domain-0,guestB\\s+guestB\\n.*"), text);
        assertTrue(text.contains("PASSTHROUGH 0000:05:00.0"));
    }

    @Test
    void describeJsonHasTheDocumentedShape() throws Exception {
        assertEquals(ExitCodes.OK, run(new DescribeCommand(), "--example", "paper-case3-passthrough-shared", "--json"));
        String json = out();
        for (String key : List.of("\"source\": \"example:paper-case3-passthrough-shared\"", "\"hypervisor\": {",
                "\"cpus\": [", "\"devices\": [", "\"gsis\": [", "\"domains\": [", "\"fanOut\": [",
                "\"boundDomains\": [\"Domain-0\", \"guestB\"]", "\"byIrq\": [\"Domain-0\", \"guestB\"]",
                "\"byBdf\": [\"guestB\"]", "\"routingPolicy\": \"BY_IRQ\"")) {
            assertTrue(json.contains(key), () -> "missing " + key + " in\n" + json);
        }
        assertTrue(json.startsWith("{\n") && json.endsWith("}\n"));
    }

    @Test
    void examplesListsAllAndExampleWritesALoadableFile() throws Exception {
        assertEquals(ExitCodes.OK, run(new ExamplesCommand()));
        for (String name : Examples.names()) {
            assertTrue(out().contains(name));
        }
        assertEquals(ExitCodes.OK, run(new ExampleCommand(), "paper-case2-vif", "-o", "sub/case2.natsume"));
        Topology loaded = TopologyStore.load(dir.resolve("sub/case2.natsume"));
        assertTrue(EcoreUtil.equals(Examples.load("paper-case2-vif"), loaded));
        UsageException e = assertThrows(UsageException.class,
                () -> run(new ExampleCommand(), "no-such", "-o", "x.natsume"));
        assertTrue(e.getMessage().contains("known examples: paper-case1-native"), e.getMessage());
        assertThrows(UsageException.class, () -> run(new ExampleCommand(), "paper-case2-vif"));
    }
}
