package org.natsume.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.Hypervisor;
import org.natsume.model.InterruptLine;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.Vcpu;
import org.natsume.model.analysis.FanOut;
import org.natsume.model.analysis.Ownership;
import org.natsume.model.pci.PciTree;
import org.natsume.trace.export.JsonStrings;

/**
 * The {@code describe --json} document (shape documented in docs/model.md): plain maps and lists, then a small JSON
 * serializer. Domains are referred to by name, devices by canonical BDF.
 */
final class DescribeJson {

    private DescribeJson() {
    }

    static Map<String, Object> document(Topology t, String source) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", source);
        doc.put("name", t.getName());
        Machine m = t.getMachine();
        Map<String, Object> machine = new LinkedHashMap<>();
        if (m != null) {
            machine.put("name", m.getName());
            machine.put("board", m.getBoard());
            machine.put("cpuModel", m.getCpuModel());
            machine.put("clockHz", m.getClockHz());
        }
        doc.put("machine", m == null ? null : machine);
        Hypervisor h = t.getHypervisor();
        if (h == null) {
            doc.put("hypervisor", null);
        } else {
            Map<String, Object> hv = new LinkedHashMap<>();
            hv.put("name", h.getName());
            hv.put("version", h.getVersion());
            hv.put("scheduler", h.getScheduler().getName());
            hv.put("routingPolicy", h.getRoutingPolicy());
            hv.put("ioapicTargetPolicy", h.getIoapicTargetPolicy().getName());
            hv.put("ackMethod", h.getAckMethod().getName());
            doc.put("hypervisor", hv);
        }
        List<Object> cpus = new ArrayList<>();
        List<Object> devices = new ArrayList<>();
        List<Object> gsis = new ArrayList<>();
        if (m != null) {
            for (LogicalCpu c : m.getCpus()) {
                Map<String, Object> cpu = new LinkedHashMap<>();
                cpu.put("cpuId", c.getCpuId());
                cpu.put("apicId", c.getApicId());
                cpu.put("socket", c.getSocket());
                cpu.put("core", c.getCore());
                cpu.put("thread", c.getThread());
                cpu.put("enabled", c.isEnabled());
                cpus.add(cpu);
            }
            for (PciFunction f : DescribeCommand.byBdf(PciTree.functions(m))) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("bdf", PciTree.bdfText(f));
                d.put("name", f.getName());
                d.put("type", f.eClass().getName());
                d.put("vendorId", String.format("%04x", f.getVendorId()));
                d.put("deviceId", String.format("%04x", f.getDeviceId()));
                d.put("classCode", String.format("%06x", f.getClassCode()));
                d.put("driver", f.getDriver());
                d.put("intxPin", f.getIntxPin().getName());
                d.put("interruptMode", f.getInterruptMode().getName());
                d.put("msiCapable", f.isMsiCapable());
                d.put("msixCapable", f.isMsixCapable());
                d.put("gsi", f.getLine() == null ? null : f.getLine().getGsi());
                d.put("owner", Ownership.owner(t, f).map(Ownership::label).orElse(null));
                devices.add(d);
            }
            for (InterruptLine l : m.getInterruptLines()) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("gsi", l.getGsi());
                g.put("trigger", l.getTrigger().getName());
                g.put("polarity", l.getPolarity().getName());
                g.put("sharers", l.getSharers().stream().map(PciTree::bdfText).toList());
                g.put("activeSharers", Ownership.activeSharers(l).stream().map(PciTree::bdfText).toList());
                g.put("boundDomains", names(Ownership.boundDomains(t, l)));
                gsis.add(g);
            }
        }
        doc.put("cpus", cpus);
        doc.put("devices", devices);
        doc.put("gsis", gsis);
        List<Object> domains = new ArrayList<>();
        for (Domain d : t.getDomains()) {
            Map<String, Object> dom = new LinkedHashMap<>();
            dom.put("id", d.getId());
            dom.put("name", d.getName());
            dom.put("domid", d.getDomid());
            dom.put("kind", d.getKind().getName());
            dom.put("guestType", d.getGuestType().getName());
            List<Object> vcpus = new ArrayList<>();
            for (Vcpu v : d.getVcpus()) {
                Map<String, Object> vc = new LinkedHashMap<>();
                vc.put("vcpuId", v.getVcpuId());
                vc.put("pinnedTo", v.getHardAffinity().stream().map(LogicalCpu::getCpuId).toList());
                vcpus.add(vc);
            }
            dom.put("vcpus", vcpus);
            List<Object> atts = new ArrayList<>();
            for (DeviceAttachment a : d.getAttachments()) {
                Map<String, Object> at = new LinkedHashMap<>();
                at.put("bdf", a.getFunction() == null ? null : PciTree.bdfText(a.getFunction()));
                at.put("mode", a.getMode().getName());
                at.put("backend", a.getBackendDomain() == null ? null : Ownership.label(a.getBackendDomain()));
                at.put("bridge", a.getBridge());
                at.put("mac", a.getMac());
                atts.add(at);
            }
            dom.put("attachments", atts);
            domains.add(dom);
        }
        doc.put("domains", domains);
        List<Object> fan = new ArrayList<>();
        for (FanOut.LineFanOut line : FanOut.compute(t)) {
            for (FanOut.DeviceFanOut d : line.devices()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("gsi", line.gsi());
                row.put("bdf", d.bdf());
                row.put("owner", d.owner().map(Ownership::label).orElse(null));
                row.put("usesLine", d.usesLine());
                row.put("byIrq", names(d.byIrq()));
                row.put("byBdf", names(d.byBdf()));
                fan.add(row);
            }
        }
        doc.put("fanOut", fan);
        return doc;
    }

    private static List<String> names(List<Domain> ds) {
        return ds.stream().map(Ownership::label).toList();
    }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object v, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            JsonStrings.append(sb, s);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            sb.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                pad(sb, indent + 1);
                JsonStrings.append(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue(), indent + 1);
                sb.append(++i < map.size() ? ",\n" : "\n");
            }
            pad(sb, indent);
            sb.append('}');
        } else if (v instanceof List<?> list) {
            boolean scalars = list.stream().noneMatch(x -> x instanceof Map || x instanceof List);
            if (list.isEmpty() || scalars) {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    write(sb, list.get(i), indent);
                }
                sb.append(']');
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                pad(sb, indent + 1);
                write(sb, list.get(i), indent + 1);
                sb.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            pad(sb, indent);
            sb.append(']');
        } else {
            JsonStrings.append(sb, v.toString());
        }
    }

    private static void pad(StringBuilder sb, int indent) {
        sb.append("  ".repeat(indent));
    }
}
