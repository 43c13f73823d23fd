package org.natsume.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.natsume.model.kernel.DriverParameters;
import org.natsume.model.timing.TimingParameter;
import org.natsume.sim.SimContext;
import org.natsume.sim.config.SimConfig.DomainSpec;
import org.natsume.sim.config.SimConfig.PciFunctionSpec;
import org.natsume.sim.config.SimConfig;
import org.natsume.sim.guest.GuestOs;
import org.natsume.sim.guest.IrqChain;
import org.natsume.sim.guest.NativeKernel;
import org.natsume.sim.guest.Netback;
import org.natsume.sim.guest.Netfront;
import org.natsume.sim.guest.NicDriver;
import org.natsume.sim.guest.PacketSink;
import org.natsume.sim.guest.PvKernel;
import org.natsume.sim.guest.TcpEndpoint;
import org.natsume.sim.guest.TxPath;
import org.natsume.sim.guest.UdpSink;
import org.natsume.sim.hw.InterruptLine;
import org.natsume.sim.hw.IoApic;
import org.natsume.sim.hw.ItrController;
import org.natsume.sim.hw.Lapic;
import org.natsume.sim.hw.Nic;
import org.natsume.sim.hw.RedirectionEntry;
import org.natsume.sim.hw.Wire;
import org.natsume.sim.metrics.InvariantMonitor;
import org.natsume.sim.metrics.RunMetrics;
import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.net.NetperfPeer;
import org.natsume.sim.net.PeerReceiver;
import org.natsume.sim.net.UdpFlooder;
import org.natsume.sim.sched.CreditScheduler;
import org.natsume.sim.sched.IpiBus;
import org.natsume.sim.sched.NativeScheduler;
import org.natsume.sim.sched.Pcpu;
import org.natsume.sim.sched.Scheduler;
import org.natsume.sim.sched.Vcpu;
import org.natsume.sim.tcp.TcpFlow;
import org.natsume.sim.tcp.TcpKernel;
import org.natsume.sim.xen.Domain;
import org.natsume.sim.xen.RoutingPolicies;
import org.natsume.sim.xen.Xen;
import org.natsume.topology.Topology.AttachmentMode;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.InterruptMode;
import org.natsume.topology.Topology.TcpStream;
import org.natsume.topology.Topology.UdpFlood;
import org.natsume.topology.Topology.Workload;
import org.natsume.topology.Topology;
import org.natsume.trace.TraceMetadata;
import org.natsume.trace.TraceSink;

/**
 * One run of one {@link SimConfig}: builds the machine (CPUs, LAPICs, IO-APIC, NICs, Xen or a native kernel,
 * domains, drivers, netback/netfront, external hosts), runs a warm-up, resets the metrics, runs the measured
 * duration and returns the metrics. Each run owns all its state, so runs can go in parallel.
 */
public final class Simulation {
    public static final long DEFAULT_WARMUP_NS = 50_000_000L;

    private final SimConfig cfg;
    private final SimContext ctx;
    private final Pcpu[] cpus;
    private final Lapic[] lapics;
    private final IoApic ioApic;
    private final Scheduler scheduler;
    private final Xen xen;
    private final GuestOs[] oses;
    private final Map<String, Nic> nics = new HashMap<>();
    private final Map<String, NicDriver> drivers = new java.util.LinkedHashMap<>();
    private final Map<String, Netfront> netfronts = new HashMap<>();
    private final Map<String, Netback.Vif> vifs = new HashMap<>();
    private final List<TcpEndpoint> endpoints = new ArrayList<>();
    private final List<FlowCheck> flows = new ArrayList<>();
    private final List<Runnable> starters = new ArrayList<>();
    private final int measuredDomain;
    private final String measuredDevice;
    private TraceMetadata traceMetadata;

    public Simulation(SimConfig cfg, long seed, TraceSink trace, InvariantMonitor invariants) {
        this.cfg = cfg;
        List<String> deviceNames = new ArrayList<>();
        for (PciFunctionSpec f : cfg.functions()) {
            deviceNames.add(f.name());
        }
        for (PciFunctionSpec f : cfg.functions()) {
            if (f.attachment() == AttachmentMode.PARAVIRTUAL_VIF) {
                deviceNames.add(f.vifGuest() + "/vif");
            }
        }
        String[] domNames = cfg.domains().stream().map(DomainSpec::name).toArray(String[]::new);
        int gsis = Math.max(64, cfg.ioApic().gsiBase() + cfg.ioApic().pins());
        RunMetrics metrics = new RunMetrics(domNames, deviceNames.toArray(String[]::new), gsis, cfg.cpus().size(),
                cfg.workloads().size());
        for (Workload w : cfg.workloads()) {
            metrics.workloadNames.add(w instanceof TcpStream t ? "tcp-" + t.direction().name().toLowerCase() + "@" + t.guest()
                    : w instanceof UdpFlood ? "udp-flood@" + w.guest() : "rt-task@" + w.guest());
        }
        this.ctx = new SimContext(cfg.timing(), trace, metrics, invariants, seed);

        // hardware
        int n = cfg.cpus().size();
        cpus = new Pcpu[n];
        lapics = new Lapic[n];
        for (int i = 0; i < n; i++) {
            cpus[i] = new Pcpu(ctx, cfg.cpus().get(i).id(), cfg.cpus().get(i).apicId());
            if (cpus[i].id != i) {
                throw new IllegalArgumentException("config '" + cfg.name() + "': CPU ids must be 0.." + (n - 1));
            }
            lapics[i] = new Lapic(ctx, cpus[i]);
        }
        ioApic = new IoApic(ctx, cfg.ioApic().gsiBase(), cfg.ioApic().pins(), cpus, lapics);
        IpiBus ipis = new IpiBus(ctx, cpus);
        boolean nativeMachine = cfg.xen() == null;
        if (nativeMachine) {
            NativeScheduler ns = new NativeScheduler();
            for (Pcpu p : cpus) {
                p.scheduler = ns;
            }
            scheduler = ns;
            xen = null;
        } else {
            int[] core = new int[n];
            for (int i = 0; i < n; i++) {
                core[i] = cfg.cpus().get(i).core();
            }
            CreditScheduler cs = new CreditScheduler(ctx, cpus, core, ipis);
            scheduler = cs;
            xen = new Xen(ctx, cpus, lapics, ioApic, ipis, cs, RoutingPolicies.require(cfg.xen().routing()),
                    cfg.xen().targetPolicy(),
                    cfg.xen().ackMethod(), cfg.xen().irqRatelimit());
        }

        // domains: every VCPU with its hard affinity; the OS's work runs on VCPU 0 (see PvKernel), the others only
        // wake for their idle timers (IdleVcpu)
        oses = new GuestOs[cfg.domains().size()];
        Map<String, GuestOs> osByName = new HashMap<>();
        long allCpus = n == 64 ? -1L : (1L << n) - 1;
        for (int i = 0; i < oses.length; i++) {
            DomainSpec d = cfg.domains().get(i);
            if (d.vcpuAffinity().isEmpty()) {
                throw new IllegalArgumentException("domain '" + d.name() + "' has no VCPU");
            }
            int count = nativeMachine ? 1 : d.vcpuAffinity().size();
            Vcpu[] vs = new Vcpu[count];
            for (int k = 0; k < count; k++) {
                long mask = 0;
                for (int c : d.vcpuAffinity().get(k)) {
                    if (c < 0 || c >= n) {
                        throw new IllegalArgumentException("domain '" + d.name() + "': VCPU " + k
                                + " pinned to missing PCPU " + c);
                    }
                    mask |= 1L << c;
                }
                if (mask == 0) {
                    mask = allCpus;
                }
                // alloc_vcpu(d, k, k % num_online_cpus()); a pinned VCPU then moves into its affinity (cycle_cpu)
                int start = k % n;
                while ((mask & (1L << start)) == 0) {
                    start = (start + 1) % n;
                }
                vs[k] = new Vcpu(i, k, d.name() + "." + k, cpus[start], mask, d.weight());
            }
            Vcpu v = vs[0];
            if (nativeMachine) {
                if (d.kind() != DomainKind.NATIVE) {
                    throw new IllegalArgumentException("native machine: domain '" + d.name() + "' must be NATIVE");
                }
                oses[i] = new NativeKernel(ctx, i, d.name(), v, scheduler, lapics[v.pcpu.id]);
            } else {
                for (Vcpu x : vs) {
                    ((CreditScheduler) scheduler).add(x);
                }
                oses[i] = new PvKernel(ctx, new Domain(i, d.name(), d.kind(), vs), scheduler, xen);
                for (int k = 1; k < count; k++) {
                    org.natsume.sim.guest.IdleVcpu idle = new org.natsume.sim.guest.IdleVcpu(ctx, vs[k], scheduler);
                    starters.add(idle::start);
                }
            }
            osByName.put(d.name(), oses[i]);
        }

        // NICs and their interrupt wiring
        Map<Integer, List<Nic>> byGsi = new java.util.TreeMap<>();
        int msiGsiBase = Math.max(48, cfg.ioApic().gsiBase() + cfg.ioApic().pins());
        int msiGsi = msiGsiBase;
        Map<String, Integer> gsiOf = new HashMap<>();
        for (PciFunctionSpec f : cfg.functions()) {
            int dev = deviceNames.indexOf(f.name());
            Nic nic = new Nic(ctx, f.name(), dev, (int) ctx.t(TimingParameter.NIC_RX_RING), (int) ctx.t(TimingParameter.NIC_TX_RING),
                    new ItrController(f.itrMode(), ctx.t(TimingParameter.ITR_BULK), ctx.t(TimingParameter.ITR_LOW),
                            ctx.t(TimingParameter.ITR_LOWEST)));
            if (f.driverParameters() != null) {
                // the driver's TxIntDelay / TxAbsIntDelay from its kernel profile; RDTR is 0 in every profile, so
                // an RX frame sets the cause at once and RADV never starts
                nic.txInterruptDelay(DriverParameters.delayNs(f.driverParameters().tidvUnits()),
                        DriverParameters.delayNs(f.driverParameters().tadvUnits()));
            }
            long ppb = ctx.t(TimingParameter.NIC_CLOCK_PPM) * 1000;
            nic.clockPpb(ppb == 0 ? 0 : ctx.random.stream("clock/" + f.name()).nextLong(-ppb, ppb + 1));
            nics.put(f.name(), nic);
            int gsi = f.mode() == InterruptMode.MSI ? msiGsi++ : f.gsi();
            gsiOf.put(f.name(), gsi);
            byGsi.computeIfAbsent(gsi, k -> new ArrayList<>()).add(nic);
            GuestOs owner = osByName.get(f.owner());
            if (owner == null) {
                throw new IllegalArgumentException("PCI function '" + f.name() + "' (" + f.bdf() + "): owner domain '"
                        + f.owner() + "' does not exist");
            }
            drivers.put(f.name(), new NicDriver(owner, nic));
        }
        for (Map.Entry<Integer, List<Nic>> e : byGsi.entrySet()) {
            int gsi = e.getKey();
            List<Nic> sharers = e.getValue();
            boolean msi = gsi >= msiGsiBase;
            if (!msi) {
                InterruptLine line = ioApic.line(gsi);
                for (int s = 0; s < sharers.size(); s++) {
                    sharers.get(s).intx(line, s);
                }
            }
            // one chain per owning OS, in domain order (Dom0 binds at boot, before the guests)
            Map<GuestOs, IrqChain> chains = new java.util.LinkedHashMap<>();
            List<GuestOs> ordered = new ArrayList<>(List.of(oses));
            ordered.sort((a, b) -> Integer.compare(kindOrder(a), kindOrder(b)));
            for (GuestOs os : ordered) {
                for (Nic nic : sharers) {
                    NicDriver d = drivers.get(nic.name);
                    if (d.os == os) {
                        chains.computeIfAbsent(os, o -> new IrqChain(o, gsi)).drivers.add(d);
                    }
                }
            }
            if (nativeMachine) {
                int vector = 0x20 + 8 * (gsi % 24);
                NativeKernel nk = null;
                for (Map.Entry<GuestOs, IrqChain> c : chains.entrySet()) {
                    nk = (NativeKernel) c.getKey();
                    nk.chain(vector, c.getValue());
                }
                if (msi) {
                    for (Nic nic : sharers) {
                        nic.msi(ioApic, nk.vcpu.pcpu, vector);
                    }
                } else {
                    RedirectionEntry r = ioApic.entry(gsi);
                    r.vector = vector;
                    r.levelTriggered = true;
                    r.logical = false;
                    r.deliveryMode = RedirectionEntry.DeliveryMode.FIXED;
                    r.destination = nk.vcpu.pcpu.apicId;
                    ioApic.mask(gsi, false);
                }
            } else {
                xen.setupIrq(gsi, !msi, msi, sharers);
                for (Map.Entry<GuestOs, IrqChain> c : chains.entrySet()) {
                    PvKernel pk = (PvKernel) c.getKey();
                    List<Nic> owned = c.getValue().drivers.stream().map(d -> d.nic).toList();
                    xen.pirqGuestBind(pk.domain, gsi, owned, c.getValue());
                }
            }
        }
        traceMetadata = RunTraceMetadata.of(cfg, seed, deviceNames, gsiOf, msiGsiBase);
        ctx.trace.metadata(traceMetadata);
        if (nativeMachine) {
            for (int i = 0; i < n; i++) {
                GuestOs os = null;
                for (GuestOs o : oses) {
                    if (o.vcpu.pcpu == cpus[i]) {
                        os = o;
                    }
                }
                NativeKernel nk = (NativeKernel) os;
                lapics[i].wire(ioApic, nk != null ? nk : (cpu, vector, journey) -> lapics[cpu.id].eoi());
            }
        } else {
            for (Lapic l : lapics) {
                l.wire(ioApic, xen);
            }
            xen.applyTargetPolicy();
        }

        // paravirtual vifs: netback in Dom0, netfront in the guest, bridged to the physical NIC
        Netback netback = null;
        for (PciFunctionSpec f : cfg.functions()) {
            if (f.attachment() != AttachmentMode.PARAVIRTUAL_VIF) {
                continue;
            }
            if (nativeMachine) {
                throw new IllegalArgumentException("PCI function '" + f.name() + "': a vif needs Xen");
            }
            PvKernel dom0 = (PvKernel) osByName.get(f.owner());
            PvKernel guest = (PvKernel) osByName.get(f.vifGuest());
            if (guest == null) {
                throw new IllegalArgumentException("PCI function '" + f.name() + "': vif guest '" + f.vifGuest()
                        + "' does not exist");
            }
            if (netback == null) {
                netback = new Netback(dom0);
            }
            int vifDev = deviceNames.indexOf(f.vifGuest() + "/vif");
            Netfront front = new Netfront(guest, vifDev);
            Netback.Vif vif = netback.connect(guest, front, drivers.get(f.name()), vifDev);
            vifs.put(f.name(), vif);
            drivers.get(f.name()).sink(vif);
            netfronts.put(f.name(), front);
        }

        // workloads and external hosts
        long rate = ctx.t(TimingParameter.LINK_RATE);
        long prop = ctx.t(TimingParameter.PROP_DELAY);
        long dataNs = Wire.frameNs((int) ctx.t(TimingParameter.MTU_FRAME), rate);
        long ackNs = Wire.frameNs(84, rate);
        int measured = -1;
        String mDevice = null;
        for (int w = 0; w < cfg.workloads().size(); w++) {
            Workload spec = cfg.workloads().get(w);
            GuestOs guest = osByName.get(spec.guest());
            if (spec instanceof Topology.PeriodicTask p) {
                if (guest == null) {
                    throw new IllegalArgumentException("workload " + (w + 1) + ": unknown guest '" + spec.guest() + "'");
                }
                org.natsume.sim.guest.RtTask task = new org.natsume.sim.guest.RtTask(guest, p.periodNs(), p.costNs());
                long phase = ctx.random.stream("rt/" + w).nextLong(p.periodNs());
                starters.add(() -> task.start(phase));
                continue;
            }
            Nic nic = nics.get(spec.nic());
            if (guest == null || nic == null) {
                throw new IllegalArgumentException("workload " + (w + 1) + ": unknown guest '" + spec.guest()
                        + "' or NIC '" + spec.nic() + "'");
            }
            PciFunctionSpec f = cfg.function(spec.nic());
            boolean viaVif = f.attachment() == AttachmentMode.PARAVIRTUAL_VIF;
            PacketSink sink;
            TxPath tx = viaVif ? netfronts.get(spec.nic()) : drivers.get(spec.nic());
            if (spec instanceof TcpStream t) {
                TcpFlow flow = new TcpFlow();
                // which kernel each end runs: decided once (TcpKernel.defaultFor), the guest's memory from the model
                TcpKernel guestKernel = TcpKernel.defaultFor(!nativeMachine);
                TcpKernel peerKernel = TcpKernel.defaultFor(false);
                long guestMem = cfg.domain(spec.guest()).memoryMiB();
                long peerMem = ctx.t(TimingParameter.PEER_MEMORY);
                long mss = ctx.t(TimingParameter.TCP_MSS);
                int streamDev = deviceNames.indexOf(viaVif ? spec.guest() + "/vif" : spec.nic());
                NicDriver physical = drivers.get(spec.nic());
                Netback.Vif vif = vifs.get(spec.nic());
                measured = guest.index;
                mDevice = viaVif ? spec.guest() + "/vif" : spec.nic();
                final int wl = w;
                TcpEndpoint ep;
                if (t.direction() == Topology.Direction.RECEIVE) {
                    ep = new TcpEndpoint(guest, t.direction(), w, flow, guestKernel, guestMem, 0);
                    final TcpEndpoint rep = ep;
                    Wire data = new Wire(prop, 1514);
                    Wire acks = new Wire(prop, 66);
                    nic.connectRx(data);
                    nic.connectTx(acks, ackNs);
                    nic.rxStream(flow.data.cursor());
                    if (vif != null) {
                        vif.rxStream(flow.data.cursor());
                    }
                    physical.txStream(flow.acks.cursor());
                    NetperfPeer peer = new NetperfPeer(ctx, data, acks, flow, peerKernel, peerKernel.congestion, peerMem,
                            ep.receiver().buffer().windowSegments(), mss, dataNs,
                            ctx.t(TimingParameter.TXQUEUELEN) + ctx.t(TimingParameter.NIC_TX_RING), streamDev);
                    long phase = ctx.random.stream("peer/" + w).nextLong(dataNs);
                    starters.add(() -> peer.start(phase));
                    flows.add(new FlowCheck(flow, () -> rep.receiver().delivered(), () -> rep.dataIn().delivered(),
                            () -> peer.acksIn().delivered()));
                } else {
                    Wire data = new Wire(prop, 1514);
                    nic.connectTx(data, dataNs);
                    PeerReceiver receiver = new PeerReceiver(ctx, data, flow, peerKernel, peerMem, mss, prop, ackNs, 66);
                    nic.connectRx(receiver);
                    nic.rxStream(flow.acks.cursor());
                    if (vif != null) {
                        vif.rxStream(flow.acks.cursor());
                    }
                    physical.txStream(flow.data.cursor());
                    ep = new TcpEndpoint(guest, t.direction(), w, flow, guestKernel, guestMem,
                            receiver.initialWindowSegments());
                    starters.add(ep::start);
                    final long[] startMark = new long[1];
                    warmupHooks.add(() -> startMark[0] = receiver.deliveredBy(ctx.now()));
                    endHooks.add(() -> ctx.metrics.workloadBytes[wl] = (receiver.deliveredBy(ctx.now()) - startMark[0]) * mss);
                    final TcpEndpoint sender = ep;
                    flows.add(new FlowCheck(flow, () -> receiver.receiver().delivered(),
                            () -> receiver.dataIn().delivered(), () -> sender.acksIn().delivered()));
                }
                ep.device(streamDev);
                ep.tx(tx);
                endpoints.add(ep);
                sink = ep;
            } else {
                UdpFlood u = (UdpFlood) spec;
                sink = new UdpSink(ctx, w, Math.max(18, u.packetBytes() - 46));
                Wire wire = new Wire(prop, u.packetBytes());
                nic.connectRx(wire);
                UdpFlooder flooder = new UdpFlooder(wire, u.packetBytes(), u.pps(), rate);
                long phase = ctx.random.stream("flood/" + w).nextLong(flooder.spacingNs());
                starters.add(() -> flooder.start(phase));
            }
            if (viaVif) {
                netfronts.get(spec.nic()).sink(sink);
            } else {
                drivers.get(spec.nic()).sink(sink);
            }
        }
        this.measuredDomain = measured;
        this.measuredDevice = mDevice;
        if (xen != null && measured >= 0) {
            xen.measuredDomain(measured);
        }
    }

    /**
     * A TCP flow's frame books for the invariant test: sent = delivered + dropped + in flight, in both streams.
     * delivered reads the receiver's count of data frames it has taken.
     */
    public record FlowCheck(TcpFlow flow, java.util.function.LongSupplier inOrderSegments,
            java.util.function.LongSupplier dataDelivered, java.util.function.LongSupplier ackDelivered) {
        /** Data frames the receiver has taken. */
        public long delivered() {
            return dataDelivered.getAsLong();
        }

        /** ACK frames the sender has taken. */
        public long acksDelivered() {
            return ackDelivered.getAsLong();
        }
    }

    /** The TCP flows of this run. */
    public List<FlowCheck> flows() {
        return flows;
    }

    /** The guest TCP endpoints of this run, in workload order. */
    public List<TcpEndpoint> tcpEndpoints() {
        return endpoints;
    }

    private final List<Runnable> warmupHooks = new ArrayList<>();
    private final List<Runnable> endHooks = new ArrayList<>();

    private static int kindOrder(GuestOs os) {
        return os instanceof PvKernel pk && pk.domain.kind == DomainKind.DOM0 ? 0 : 1;
    }

    public SimContext context() {
        return ctx;
    }

    public Xen xen() {
        return xen;
    }

    public Nic nic(String name) {
        return nics.get(name);
    }

    /** The operating system of the named domain (tests queue work on it). */
    public GuestOs os(String name) {
        for (GuestOs o : oses) {
            if (o.name.equals(name)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no domain named '" + name + "'");
    }

    /** The netfront of the guest whose vif is bridged to the named NIC, or null. */
    public Netfront netfront(String nic) {
        return netfronts.get(nic);
    }

    public NicDriver driver(String nic) {
        return drivers.get(nic);
    }

    public int measuredDomain() {
        return measuredDomain;
    }

    public String measuredDevice() {
        return measuredDevice;
    }

    public IoApic ioApic() {
        return ioApic;
    }

    /** What names this run's trace events: published into the trace sink when the machine is wired and when it runs. */
    public TraceMetadata traceMetadata() {
        return traceMetadata;
    }

    /** Runs warm-up + duration and returns the metrics of the measured part. */
    public RunMetrics run(long warmupNs, long durationNs) {
        traceMetadata = RunTraceMetadata.withRun(traceMetadata, warmupNs, durationNs);
        ctx.trace.metadata(traceMetadata);
        scheduler.start();
        for (NicDriver d : drivers.values()) {
            d.open(0);
        }
        for (Runnable r : starters) {
            r.run();
        }
        ctx.sim.runUntil(warmupNs);
        ctx.metrics.reset(ctx.now());
        for (Runnable r : warmupHooks) {
            r.run();
        }
        ctx.sim.runUntil(warmupNs + durationNs);
        scheduler.endMeasurement();
        for (Runnable r : endHooks) {
            r.run();
        }
        ctx.metrics.measureEndNs = ctx.now();
        return ctx.metrics;
    }

    /** Runs and condenses the metrics into a {@link RunSummary}. */
    public RunSummary runSummary(long seed, long warmupNs, long durationNs) {
        RunMetrics m = run(warmupNs, durationNs);
        int dev = measuredDevice == null ? -1 : m.deviceIndex(measuredDevice);
        int cpu = measuredDomain < 0 ? -1 : oses[measuredDomain].vcpu.pcpu.id;
        int gsi = -1;
        for (Workload w : cfg.workloads()) {
            if (w instanceof TcpStream t) {
                Nic nic = nics.get(t.nic());
                gsi = nic.line() == null ? -1 : nic.line().gsi;
            }
        }
        return RunSummary.of(seed, m, ctx.accounting, ctx.sim.eventsProcessed(), measuredDomain, dev, cpu, gsi);
    }

    public SimConfig config() {
        return cfg;
    }
}
