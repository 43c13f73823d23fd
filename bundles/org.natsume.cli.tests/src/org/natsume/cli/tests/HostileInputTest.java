package org.natsume.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natsume.cli.ExitCodes;
import org.natsume.cli.tests.CliTestSupport.Result;

/** Unusable input through the real dispatcher: exit 2, a message naming what is wrong, no stack trace, no work. */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void benchRejectsABadScenarioBeforeMeasuringAnything() {
        Result r = CliTestSupport.run(dir, "bench", "--scenario", "zzz", "--seconds", "600");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("bad scenario id 'zzz'"), r.err());
        assertEquals("", r.out(), "the kernel benchmark ran before the scenario id was checked");
    }

    @Test
    void binaryTopologyFileIsNamedWithoutJavaClassNames() throws IOException {
        Files.write(dir.resolve("garbage.natsume"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0x9c, 0x41});
        for (String command : new String[] {"validate", "describe", "simulate"}) {
            Result r = CliTestSupport.run(dir, command, "garbage.natsume");
            assertEquals(ExitCodes.USAGE, r.exitCode(), command + ": " + r.err());
            assertTrue(r.err().contains("garbage.natsume"), r.err());
            assertTrue(r.err().contains("not a text XML file"), r.err());
            assertFalse(r.err().contains("com.sun") || r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void aModelTooLargeForTheHeapIsRefusedByNameWithTheWayToRaiseIt() throws IOException {
        Path big = dir.resolve("big.natsume");
        long size = Runtime.getRuntime().maxMemory() + (1 << 20); // surely more than the heap can hold
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.write("<?xml version=\"1.0\"?>\n<natsume:Topology ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            f.setLength(size); // sparse: the size is what counts, nothing is read
        }
        for (String command : new String[] {"validate", "describe", "simulate"}) {
            Result r = CliTestSupport.run(dir, command, "big.natsume");
            assertEquals(ExitCodes.USAGE, r.exitCode(), command + ": " + r.err());
            assertTrue(r.err().contains("big.natsume: the file (") && r.err().contains("is too large to load into the Java heap"), r.err());
            assertTrue(r.err().contains("NATSUME_HEAP="), r.err());
        }
    }

    @Test
    void simulateSaysWhyATopologyWithAVcpulessDomainCannotRun() throws IOException {
        assertEquals(ExitCodes.OK,
                CliTestSupport.run(dir, "example", "paper-case3-passthrough-shared", "-o", "c3.natsume").exitCode());
        Path file = dir.resolve("c3.natsume");
        String xml = Files.readString(file);
        String vcpu = "    <vcpus id=\"guestB-vcpu0\" hardAffinity=\"cpu2\"/>\n";
        assertTrue(xml.contains(vcpu), "the example changed; adapt this test");
        Files.writeString(file, xml.replace(vcpu, ""));

        Result validate = CliTestSupport.run(dir, "validate", "c3.natsume");
        assertEquals(ExitCodes.FINDINGS, validate.exitCode());
        assertTrue(validate.out().contains("guestB has no VCPU"), validate.out());

        Result simulate = CliTestSupport.run(dir, "simulate", "c3.natsume", "--duration", "0.1", "--runs", "1");
        assertEquals(ExitCodes.USAGE, simulate.exitCode());
        assertTrue(simulate.err().contains("domain 'guestB' has no VCPU"), simulate.err());
    }

    @Test
    void simulateSaysThereIsNoWorkloadInsteadOfReportingZeroThroughput() {
        Result r = CliTestSupport.run(dir, "simulate", "--example", "synthetic-500", "--duration", "0.1");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.out());
        assertTrue(r.err().contains("synthetic-500 has no enabled workload"), r.err());
        assertFalse(r.err().contains("usage:"), "the command was typed right; only the input is unusable: " + r.err());
    }

    @Test
    void aTimingNobodyKnowsIsRefusedByName() throws IOException {
        CliTestSupport.run(dir, "example", "paper-case1-native", "-o", "c1.natsume");
        Path f = dir.resolve("c1.natsume");
        Files.writeString(f, Files.readString(f).replace("<timings symbol=\"t_ipi\"",
                "<timings symbol=\"t_ipii\" value=\"1\"/><timings symbol=\"t_ipi\""));
        Result r = CliTestSupport.run(dir, "simulate", "c1.natsume", "--duration", "0.1");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.out());
        assertTrue(r.err().contains("c1.natsume: simulation settings: 't_ipii' is not a timing parameter"), r.err());
        assertFalse(r.err().contains("usage:"), r.err());
    }

    @Test
    void simulateRefusesAnOutputThatIsADirectoryBeforeRunning() throws IOException {
        Files.createDirectory(dir.resolve("out"));
        for (String option : new String[] {"--json", "--trace"}) {
            Result r = CliTestSupport.run(dir, "simulate", "--example", "paper-case1-native", "--duration", "0.1",
                    option, "out");
            assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
            assertTrue(r.err().contains(option + " " + dir.resolve("out") + " is a directory"), r.err());
            assertEquals("", r.out(), "the simulation ran before its output was checked");
        }
    }
}
