package org.natsume.configio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import org.natsume.configio.internal.Header;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Refusals;
import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.CpuInfo;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.IoApicInfo;
import org.natsume.topology.Topology.PciFunctionInfo;

// domain.md §3.3, §4.1, §4.3
/**
 * The Natsume plan: proposal 2's BDF → owner-domain table (deliver a shared line's interrupt only to the domain
 * owning the raising device) and proposal 1's IO-APIC redirection entries (Fixed delivery, physical destination =
 * APIC id of the RT-VM's PCPU) for every GSI an RT_VM's INTx device uses. Written as JSON for tools and as a
 * commented text file for people; the format is documented in docs/natsume-routing.md.
 */
public final class NatsumeRoutingExporter implements ConfigExporter {

    /** Vectors for RT lines: priority class 0xD, the highest class of Xen's dynamic range (0x20-0xDF). */
    static final int FIRST_RT_VECTOR = 0xD0;
    static final int LAST_RT_VECTOR = 0xDF;
    public static final String FORMAT = "natsume-routing/1";

    @Override
    public String id() {
        return "natsume-routing";
    }

    @Override
    public String description() {
        return "Natsume routing plan: BDF owner table and IO-APIC redirection entries (JSON + text)";
    }

    record Owner(PciFunctionInfo function, DomainInfo domain) { }

    record Rte(int gsi, IoApicInfo ioApic, int pin, int vector, CpuInfo cpu, DomainInfo rtVm, boolean level, boolean activeLow,
            List<Bdf> sharers, boolean sharedAcrossDomains) {
        long low() {
            return vector | (0b000L << 8) /* Fixed */ | (0L << 11) /* Physical */ | ((activeLow ? 1L : 0L) << 13) | ((level ? 1L : 0L) << 15);
        }

        long high() {
            return ((long) cpu.apicId()) << 24;
        }
    }

    @Override
    public List<GeneratedFile> export(Topology t) throws ExportRefusedException {
        Refusals r = new Refusals(id());
        if (t.hypervisor().isEmpty()) r.add("the model has no Xen hypervisor (native topology); the Natsume routing plan is for Xen");
        r.throwIfAny();
        List<Owner> owners = new ArrayList<>();
        List<PciFunctionInfo> fs = new ArrayList<>(t.machine().functions());
        fs.sort((a, b) -> a.bdf().compareTo(b.bdf()));
        for (PciFunctionInfo f : fs) {
            if (!f.usesIoApicPin() && f.interruptMode() == Topology.InterruptMode.INTX) continue;
            Optional<DomainInfo> o = t.ownerOf(f.bdf());
            o.ifPresent(d -> owners.add(new Owner(f, d)));
        }
        TreeMap<Integer, Rte> rtes = new TreeMap<>();
        int nextVector = FIRST_RT_VECTOR;
        for (Owner o : owners) {
            if (o.domain().kind() != DomainKind.RT_VM || !o.function().usesIoApicPin()) continue;
            int gsi = o.function().gsi().get();
            if (rtes.containsKey(gsi)) continue;
            String dn = "RT_VM '" + Quoting.comment(o.domain().name()) + "'";
            Optional<IoApicInfo> apic = t.machine().ioApicFor(gsi);
            if (apic.isEmpty()) {
                r.add("GSI " + gsi + " of " + o.function().bdf() + " is not served by any IO-APIC of the machine");
                continue;
            }
            if (o.domain().vcpus().isEmpty() || o.domain().vcpus().get(0).hardAffinity().isEmpty()) {
                r.add(dn + " has no pinned VCPU 0; proposal 1 needs its PCPU as the physical destination of GSI " + gsi);
                continue;
            }
            int pcpu = o.domain().vcpus().get(0).hardAffinity().first();
            Optional<CpuInfo> cpu = t.machine().cpu(pcpu);
            if (cpu.isEmpty()) {
                r.add(dn + " is pinned to PCPU " + pcpu + ", which the machine does not have");
                continue;
            }
            if (cpu.get().apicId() < 0 || cpu.get().apicId() > 0xFF) {
                r.add("PCPU " + pcpu + " has APIC id " + cpu.get().apicId() + ", which does not fit the 8-bit physical destination of an xAPIC RTE");
                continue;
            }
            int pin = gsi - apic.get().gsiBase();
            Integer programmed = apic.get().programmedVectors().get(pin);
            int vector;
            if (programmed != null && programmed >= 0x20 && programmed <= 0xDF) {
                vector = programmed; // keep the vector Xen assigned; proposal 1 changes delivery and destination only
            } else if (nextVector > LAST_RT_VECTOR) {
                r.add("more than " + (LAST_RT_VECTOR - FIRST_RT_VECTOR + 1) + " RT lines without a programmed vector; vector class 0xD is full");
                break;
            } else {
                vector = nextVector++;
            }
            var line = t.machine().line(gsi);
            boolean level = line.map(l -> l.trigger() == Topology.Trigger.LEVEL).orElse(true);
            boolean low = line.map(l -> l.polarity() == Topology.Polarity.LOW).orElse(true);
            List<Bdf> sharers = t.machine().sharersOf(gsi).stream().map(PciFunctionInfo::bdf).sorted().toList();
            boolean cross = sharers.stream().map(b -> t.ownerOf(b).map(DomainInfo::name).orElse("")).distinct().count() > 1;
            rtes.put(gsi, new Rte(gsi, apic.get(), pin, vector, cpu.get(), o.domain(), level, low, sharers, cross));
        }
        r.throwIfAny();
        return List.of(GeneratedFile.text("natsume-routing/routing.json", json(t, owners, rtes)),
                GeneratedFile.text("natsume-routing/routing.txt", text(t, owners, rtes)));
    }

    private static String json(Topology t, List<Owner> owners, TreeMap<Integer, Rte> rtes) {
        var h = t.hypervisor().get();
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"format\": ").append(Quoting.json(FORMAT)).append(",\n");
        sb.append("  \"topology\": ").append(Quoting.json(t.name())).append(",\n");
        sb.append("  \"routingPolicy\": ").append(Quoting.json(h.routingPolicy())).append(",\n");
        sb.append("  \"ioapicTargetPolicy\": ").append(Quoting.json(h.ioapicTargetPolicy().name())).append(",\n");
        sb.append("  \"owners\": [");
        for (int i = 0; i < owners.size(); i++) {
            Owner o = owners.get(i);
            PciFunctionInfo f = o.function();
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("    { \"bdf\": ").append(Quoting.json(f.bdf().toString()))
                    .append(", \"gsi\": ").append(f.usesIoApicPin() ? f.gsi().get().toString() : "null")
                    .append(", \"interruptMode\": ").append(Quoting.json(f.interruptMode().name()))
                    .append(", \"domain\": ").append(Quoting.json(o.domain().name()))
                    .append(", \"domid\": ").append(o.domain().domid())
                    .append(", \"attachment\": ").append(Quoting.json(o.domain().kind() == DomainKind.DOM0 ? "DOM0" : "PASSTHROUGH"))
                    .append(" }");
        }
        sb.append(owners.isEmpty() ? "],\n" : "\n  ],\n");
        sb.append("  \"redirectionEntries\": [");
        int i = 0;
        for (Rte e : rtes.values()) {
            sb.append(i++ == 0 ? "\n" : ",\n");
            sb.append("    { \"gsi\": ").append(e.gsi())
                    .append(", \"ioapicId\": ").append(e.ioApic().id())
                    .append(", \"pin\": ").append(e.pin())
                    .append(", \"vector\": ").append(Quoting.json(hex2(e.vector())))
                    .append(", \"deliveryMode\": \"FIXED\", \"destinationMode\": \"PHYSICAL\"")
                    .append(", \"destinationApicId\": ").append(e.cpu().apicId())
                    .append(", \"pcpu\": ").append(e.cpu().id())
                    .append(", \"rtVm\": ").append(Quoting.json(e.rtVm().name()))
                    .append(", \"trigger\": ").append(Quoting.json(e.level() ? "LEVEL" : "EDGE"))
                    .append(", \"polarity\": ").append(Quoting.json(e.activeLow() ? "LOW" : "HIGH"))
                    .append(", \"masked\": false")
                    .append(", \"low\": ").append(Quoting.json(hex8(e.low())))
                    .append(", \"high\": ").append(Quoting.json(hex8(e.high())))
                    .append(", \"sharedAcrossDomains\": ").append(e.sharedAcrossDomains())
                    .append(", \"sharers\": [").append(String.join(", ", e.sharers().stream().map(b -> Quoting.json(b.toString())).toList()))
                    .append("] }");
        }
        sb.append(rtes.isEmpty() ? "]\n" : "\n  ]\n");
        return sb.append("}\n").toString();
    }

    private static String text(Topology t, List<Owner> owners, TreeMap<Integer, Rte> rtes) {
        var h = t.hypervisor().get();
        StringBuilder sb = new StringBuilder();
        sb.append(Header.lines("# ", t, "Natsume routing plan, " + FORMAT + " (docs/natsume-routing.md)"));
        sb.append("# routingPolicy ").append(Quoting.comment(h.routingPolicy())).append(", ioapicTargetPolicy ").append(h.ioapicTargetPolicy()).append('\n');
        sb.append("#\n# Proposal 2: BDF -> owner domain. A level-triggered INTx line raised by BDF is delivered only to its owner.\n");
        sb.append("# BDF           GSI   MODE  DOMID  DOMAIN\n");
        for (Owner o : owners) {
            PciFunctionInfo f = o.function();
            sb.append(String.format(Locale.ROOT, "%-13s %-5s %-5s %5d  %s", f.bdf(), f.usesIoApicPin() ? f.gsi().get().toString() : "-",
                    f.interruptMode(), o.domain().domid(), Quoting.comment(o.domain().name()))).append('\n');
        }
        sb.append("#\n# Proposal 1: IO-APIC redirection entries to program (Fixed delivery, physical destination).\n");
        sb.append("# Index registers: IOREDTBL[pin] low dword at 0x10+2*pin, high dword at 0x11+2*pin.\n");
        if (rtes.isEmpty()) sb.append("# (no RT_VM device uses an IO-APIC pin: nothing to program)\n");
        for (Rte e : rtes.values()) {
            sb.append("# GSI ").append(e.gsi()).append(" -> RT_VM ").append(Quoting.comment(e.rtVm().name())).append(" on PCPU ").append(e.cpu().id())
                    .append(" (APIC id ").append(e.cpu().apicId()).append("); sharers ")
                    .append(String.join(", ", e.sharers().stream().map(Bdf::toString).toList()))
                    .append(e.sharedAcrossDomains() ? " [shared across domains]" : "").append('\n');
            sb.append(String.format(Locale.ROOT, "ioapic %d pin %d vector %s fixed physical dest %d %s %s low %s high %s",
                    e.ioApic().id(), e.pin(), hex2(e.vector()), e.cpu().apicId(), e.level() ? "level" : "edge",
                    e.activeLow() ? "active-low" : "active-high", hex8(e.low()), hex8(e.high()))).append('\n');
        }
        return sb.toString();
    }

    private static String hex2(int v) {
        return String.format(Locale.ROOT, "0x%02x", v);
    }

    private static String hex8(long v) {
        return String.format(Locale.ROOT, "0x%08x", v);
    }
}
