package org.natsume.timeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.natsume.sim.adapter.ModelScenarios;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.scenario.ScenarioSpec;
import org.natsume.sim.scenario.Simulation;
import org.natsume.timeline.chart.ChartExport;
import org.natsume.timeline.chart.LatencyHistogram;
import org.natsume.trace.export.JsonReader;
import org.natsume.timeline.chart.PaperFigureChart;
import org.natsume.timeline.chart.PaperResults;
import org.natsume.timeline.core.breakpoint.BreakpointCondition;
import org.natsume.timeline.core.breakpoint.SpuriousDelivery;
import org.natsume.timeline.live.BreakpointChoice;
import org.natsume.timeline.live.LiveRun;
import org.natsume.timeline.live.RunCancelledException;
import org.natsume.timeline.core.TimeParser;
import org.natsume.trace.TraceKind;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceStore;
import org.natsume.trace.journey.JourneyTable;

/** The timeline bundle's parts that need no workbench: parsing, metadata, breakpoints, run control, charts. */
class PartsTest {

    static final String REPORT = """
            {"scenarios":[
            {"id":"C3-S-L-SH","runs":2,"throughputMbps":{"mean":850.5,"min":840,"max":861,"std":10.5,"cov":0.012},
             "measuredGuest":{"interruptsOwn":2001,"interruptsSpurious":2003},"latencyNs":{"min":null}},
            {"id":"C3-S-L-UN","runs":2,"throughputMbps":{"mean":941,"min":941,"max":941,"std":0,"cov":0},
             "measuredGuest":{"interruptsOwn":2000,"interruptsSpurious":0}},
            {"id":"C1-R-N-SH","runs":2,"throughputMbps":{"mean":941.2,"std":0.1},"measuredGuest":{"interruptsOwn":4000,"interruptsSpurious":0}}]}
            """;

    @Test
    void timesParseWithUnitsAndDefaultToMicroseconds() {
        assertEquals(12_500_000, TimeParser.parseNs("12.5 ms"));
        assertEquals(300_000, TimeParser.parseNs("300us"));
        assertEquals(300_000, TimeParser.parseNs("300 µs"));
        assertEquals(1500, TimeParser.parseNs("1500 ns"));
        assertEquals(2_000_000_000L, TimeParser.parseNs("2s"));
        assertEquals(50_000, TimeParser.parseNs("50"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeParser.parseNs("12 parsecs"));
        assertTrue(e.getMessage().contains("'12 parsecs'"), e.getMessage());
    }

    @Test
    void latencyBinsAreLogarithmic() {
        assertEquals(0, LatencyHistogram.bin(50));
        assertEquals(0, LatencyHistogram.bin(100));
        assertEquals(LatencyHistogram.BINS_PER_DECADE, LatencyHistogram.bin(1_000));
        assertEquals(2 * LatencyHistogram.BINS_PER_DECADE, LatencyHistogram.bin(10_000));
        assertEquals(2 * LatencyHistogram.BINS_PER_DECADE - 1, LatencyHistogram.bin(9_999));
        assertEquals(LatencyHistogram.BINS - 1, LatencyHistogram.bin(5_000_000_000L));
        assertEquals(1_000, LatencyHistogram.lowerNs(LatencyHistogram.BINS_PER_DECADE), 1e-6);
    }

    @Test
    void theJsonReaderRejectsBrokenInputNamingTheOffset() {
        assertEquals(List.of(1.0, "a\"b", true), JsonReader.parse("[1, \"a\\\"b\", true]"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\": [1, 2}"));
        assertTrue(e.getMessage().contains("character 11"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PaperResults.parse("{\"results\": []}"));
    }

    @Test
    void paperFigureDataFollowsThePaperLayout() {
        PaperResults r = PaperResults.parse(REPORT);
        assertEquals(3, r.all().size());
        assertEquals(2003, r.get("C3-S-L-SH").interruptsSpurious(), 0);
        assertEquals(0.1, r.get("C1-R-N-SH").throughputStd(), 1e-9);
        String csv = new PaperFigureChart(r, "test").csv();
        List<String> lines = csv.lines().toList();
        assertEquals("scenario,direction,load,configuration,throughput_mbps_mean,throughput_mbps_std,interrupts_own,interrupts_spurious",
                lines.get(0));
        // panels in the paper's order: send/no load, send/load, receive/no load, receive/load
        assertEquals("C3-S-L-SH,send,udp,C3-SH,850.500,10.500,2001.000,2003.000", lines.get(1));
        assertEquals("C3-S-L-UN,send,udp,C3-UN,941.000,0.000,2000.000,0.000", lines.get(2));
        assertEquals("C1-R-N-SH,receive,none,C1-SH,941.200,0.100,4000.000,0.000", lines.get(3));
        assertEquals(4, lines.size());
    }

    @Test
    void chartsExportAsWellFormedSvg() throws Exception {
        String svg = ChartExport.svg(new PaperFigureChart(PaperResults.parse(REPORT), "a <report> & more"), 900, 600);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(doc.getElementsByTagName("rect").getLength() >= 4, "bars are drawn");
        assertTrue(svg.contains("a &lt;report&gt; &amp; more"));
    }

    static SimConfig paper(String id) {
        return ModelScenarios.config(ScenarioSpec.parse(id));
    }

    @Test
    void metadataNamesDevicesAsTheSimulationNumbersThem() {
        SimConfig cfg = paper("C3-S-L-SH");
        TraceStore store = new TraceStore();
        new Simulation(cfg, 1, store, null).run(0, 10_000_000);
        TraceMetadata m = store.metadata();
        int isrs = 0;
        for (int i = 0; i < store.size(); i++) {
            if (store.kind(i) == TraceKind.PIN_ASSERT) {
                String name = m.deviceName(store.device(i));
                assertTrue(name.equals("nic-a") || name.equals("nic-b"), "only the NICs assert in this run: " + name);
            }
            if (store.kind(i) == TraceKind.GUEST_NOTIFY && store.arg(i) == 0) {
                // an own-device notification goes to a domain that owns some device on that GSI
                int dom = store.domain(i);
                boolean owns = false;
                for (int d = 0; d < m.devices().size(); d++) {
                    owns |= m.ownerOf(d) == dom && m.gsiName(store.gsi(i)).contains(m.deviceName(d));
                }
                assertTrue(owns, m.domainName(dom) + " owns a device on " + m.gsiName(store.gsi(i)));
            }
            isrs += store.kind(i) == TraceKind.GUEST_ISR ? 1 : 0;
        }
        // fewer since Dom0's softirqs hold its EOI of the shared line (66 in this 10-ms run)
        assertTrue(isrs > 30, "the run delivered interrupts: " + isrs);
        assertEquals("guestB (RT-VM)", m.domainName(m.rtVm()));
        assertEquals(10_000_000, m.durationNs());
        assertTrue(m.deviceBdf(m.devices().indexOf(m.devices().stream().filter(d -> d.name().equals("nic-b")).findFirst().get()))
                .equals("0000:05:00.0"));
    }

    @Test
    void breakpointChoicesResolveDomainsByNameAndRole() {
        TraceMetadata m = metadataOf(paper("C3-S-L-SH"));
        List<BreakpointCondition> c = new BreakpointChoice(BreakpointChoice.RT_VM, 50_000, "guestB", 100_000).resolve(m);
        assertEquals(3, c.size());
        assertEquals(new SpuriousDelivery(2), c.get(0));
        assertTrue(c.get(1).describe().contains("50.0 µs"), c.get(1).describe());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BreakpointChoice("guestZ", -1, BreakpointChoice.ANY, -1).resolve(m));
        assertTrue(e.getMessage().contains("'guestZ'") && e.getMessage().contains("guestA"), e.getMessage());
        assertEquals(List.of(), BreakpointChoice.NONE.resolve(m));
        TraceMetadata nativeMachine = metadataOf(paper("C1-S-L-SH"));
        assertThrows(IllegalArgumentException.class, () -> new BreakpointChoice(BreakpointChoice.RT_VM, -1, null, -1).resolve(nativeMachine));
    }

    @Test
    void aLiveRunRunsInChunksAndCancels() throws Exception {
        SimConfig cfg = paper("C3-S-L-SH");
        TraceStore store = new TraceStore();
        LiveRun run = new LiveRun(store);
        run.runUntil(5_000_000);
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                new Simulation(cfg, 1, run, null).run(0, 50_000_000);
                run.finished();
            } catch (RunCancelledException e) {
                run.cancelledNow();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        t.start();
        waitFor(run, LiveRun.State.PAUSED);
        long at = run.simTimeNs();
        assertTrue(at >= 5_000_000 && at < 6_000_000, "paused at the chunk end, not later: " + at);
        assertEquals(at, store.timeNs(store.size() - 1), "nothing recorded past the pause");
        int size = store.size();
        Thread.sleep(200);
        assertEquals(size, store.size(), "a paused run records nothing");
        run.runUntil(10_000_000);
        run.resume();
        long end = System.currentTimeMillis() + 30_000;
        while (!(run.simTimeNs() >= 10_000_000 && run.state() == LiveRun.State.PAUSED) && System.currentTimeMillis() < end) {
            Thread.sleep(5);
        }
        assertTrue(run.simTimeNs() >= 10_000_000 && run.simTimeNs() < 11_000_000, "second chunk: " + run.simTimeNs());
        run.cancel();
        t.join(10_000);
        assertEquals(LiveRun.State.CANCELLED, run.state());
        assertEquals(null, thrown[0]);
        assertTrue(new JourneyTable(store).rowCount() > 10);
    }

    @Test
    void aRunThatOutgrowsItsMemoryBudgetStopsWithAMessage() {
        SimConfig cfg = paper("C3-S-L-SH");
        TraceStore store = new TraceStore();
        LiveRun run = new LiveRun(store);
        run.setMemoryBudget(8L << 20);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Simulation(cfg, 1, run, null).run(0, 10_000_000_000L)); // stops at the budget, long before
        assertTrue(e.getMessage().contains("8 MB") && e.getMessage().contains("-Xmx"), e.getMessage());
        assertTrue(store.retainedBytes() > 8L << 20 && store.retainedBytes() < 16L << 20, "stopped soon after the budget");
    }

    /** The metadata a simulation of cfg publishes, before it runs. */
    static TraceMetadata metadataOf(SimConfig cfg) {
        return new Simulation(cfg, 1, null, null).traceMetadata();
    }

    static void waitFor(LiveRun run, LiveRun.State s) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (run.state() != s && System.currentTimeMillis() < end) {
            Thread.sleep(5);
        }
        assertEquals(s, run.state());
    }
}
