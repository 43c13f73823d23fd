package org.natsume.sweep;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;
import org.natsume.model.io.TopologyLoadException;
import org.natsume.model.io.TopologyStore;
import org.natsume.sim.config.SimConfig;
import org.natsume.sweep.spec.Axis;
import org.natsume.sweep.spec.AxisValue;
import org.natsume.sweep.spec.Setting;
import org.natsume.sweep.spec.SpecException;
import org.natsume.sweep.spec.SweepSpec;

/**
 * A spec checked against its base topology and unfolded into cells. Everything a cell needs comes from here — the
 * topology variant, the seeds — so any engine that holds the same plan produces the same rows. A plan can travel as
 * text ({@link #baseXmi()} and the spec's text) to machines that have neither the spec's folder nor its topology file.
 */
public final class SweepPlan {
    private final SweepSpec spec;
    private final String baseXmi;
    private final Topology base;
    private final List<Cell> cells;
    private final String fingerprint;

    private SweepPlan(SweepSpec spec, String baseXmi, Topology base, List<Cell> cells, String fingerprint) {
        this.spec = spec;
        this.baseXmi = baseXmi;
        this.base = base;
        this.cells = cells;
        this.fingerprint = fingerprint;
    }

    /** Loads the spec's topology and checks every setting, axis value and metric against it. */
    public static SweepPlan of(SweepSpec spec) throws SpecException {
        Topology t;
        int line = spec.line("topology");
        try {
            if (spec.example() != null) {
                t = Examples.load(spec.example());
            } else {
                t = TopologyStore.load(spec.file());
            }
        } catch (TopologyLoadException | IllegalArgumentException e) {
            throw new SpecException(spec.source(), line, "topology", "cannot read the topology: " + e.getMessage());
        }
        try {
            return of(spec, TopologyStore.toXmi(t));
        } catch (IOException e) {
            throw new SpecException(spec.source(), line, "topology", "cannot serialise the topology: " + e.getMessage());
        }
    }

    /** The plan for a spec whose base topology is given as XMI text (a Spark executor, a resumed sweep). */
    public static SweepPlan of(SweepSpec spec, String baseXmi) throws SpecException {
        int line = spec.line("topology");
        Topology base;
        try {
            base = fromXmi(baseXmi);
        } catch (IOException | RuntimeException e) {
            throw new SpecException(spec.source(), line, "topology", "cannot read the topology: " + e.getMessage());
        }
        for (Setting s : spec.fixed()) {
            apply(spec, base, s);
        }
        SimConfig cfg;
        try {
            cfg = SimBinding.toConfig(base, spec.name());
        } catch (RuntimeException e) {
            throw new SpecException(spec.source(), line, "topology", "the simulator refuses the base topology: "
                    + e.getMessage());
        }
        List<String> domains = SimBinding.domainNames(cfg);
        for (int i = 0; i < spec.metrics().size(); i++) {
            String why = MetricCatalog.check(spec.metrics().get(i), domains).orElse(null);
            if (why != null) {
                throw new SpecException(spec.source(), spec.line("metrics"), "metrics[" + i + "]", why);
            }
        }
        for (Axis a : spec.axes()) {
            for (AxisValue v : a.values()) {
                Topology trial = EcoreUtil.copy(base);
                for (Setting s : v.settings()) {
                    apply(spec, trial, s);
                }
            }
        }
        return new SweepPlan(spec, baseXmi, base, cells(spec.axes()), fingerprint(spec, baseXmi));
    }

    private static void apply(SweepSpec spec, Topology t, Setting s) throws SpecException {
        try {
            TopologyEdits.apply(t, s);
        } catch (IllegalArgumentException e) {
            throw new SpecException(spec.source(), s.line(), s.key(), e.getMessage());
        }
    }

    private static List<Cell> cells(List<Axis> axes) {
        List<List<AxisValue>> combos = new ArrayList<>();
        combos.add(List.of());
        for (Axis a : axes) {
            List<List<AxisValue>> next = new ArrayList<>();
            for (List<AxisValue> c : combos) {
                for (AxisValue v : a.values()) {
                    List<AxisValue> n = new ArrayList<>(c);
                    n.add(v);
                    next.add(n);
                }
            }
            combos = next;
        }
        List<Cell> out = new ArrayList<>();
        for (List<AxisValue> c : combos) {
            out.add(new Cell(out.size(), c));
        }
        return List.copyOf(out);
    }

    static Topology fromXmi(String xmi) throws IOException {
        Resource r = new XMIResourceFactoryImpl().createResource(URI.createURI("memory:/base." + TopologyStore.EXTENSION));
        var rs = TopologyStore.newResourceSet();
        rs.getResources().add(r);
        r.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
        if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Topology t)) {
            throw new IOException("the text is not a Natsume topology");
        }
        return t;
    }

    /** Same inputs, same fingerprint: what decides whether an output folder holds this sweep's results. */
    private static String fingerprint(SweepSpec spec, String baseXmi) {
        StringBuilder b = new StringBuilder();
        b.append("runs=").append(spec.runs()).append("\nduration=").append(spec.durationS()).append("\nwarmup=")
                .append(spec.warmupS()).append("\nseed=").append(spec.seed()).append("\nmetrics=")
                .append(spec.metrics()).append('\n');
        for (Setting s : spec.fixed()) {
            b.append("set ").append(s.address()).append('=').append(s.values()).append('\n');
        }
        for (Axis a : spec.axes()) {
            b.append("axis ").append(a.name()).append('\n');
            for (AxisValue v : a.values()) {
                b.append("  ").append(v.label());
                for (Setting s : v.settings()) {
                    b.append(' ').append(s.address()).append('=').append(s.values());
                }
                b.append('\n');
            }
        }
        b.append(baseXmi);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public SweepSpec spec() {
        return spec;
    }

    public String baseXmi() {
        return baseXmi;
    }

    public List<Cell> cells() {
        return cells;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public List<String> axisNames() {
        return spec.axes().stream().map(Axis::name).toList();
    }

    /** {@code flood=40000,proposals=P2}: names the cell in messages and derives its seeds. */
    public String key(Cell c) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.values().size(); i++) {
            parts.add(spec.axes().get(i).name() + "=" + c.values().get(i).label());
        }
        return String.join(",", parts);
    }

    public long seed(Cell c, int run) {
        return Seeds.of(spec.seed(), key(c), run);
    }

    /** A fresh copy of the base topology with the cell's settings applied. */
    public Topology topology(Cell c) {
        Topology t = EcoreUtil.copy(base);
        for (AxisValue v : c.values()) {
            for (Setting s : v.settings()) {
                TopologyEdits.apply(t, s);
            }
        }
        return t;
    }
}
