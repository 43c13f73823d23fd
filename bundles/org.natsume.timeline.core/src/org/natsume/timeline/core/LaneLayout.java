package org.natsume.timeline.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.natsume.trace.TraceMetadata;
import org.natsume.trace.lod.Lane;
import org.natsume.trace.lod.LaneKind;

/**
 * The order of the timeline's rows (issue "Timeline view"): PCPUs, then each domain followed by its VCPUs, then GSI
 * lines, then devices; lanes named in the metadata appear even before they have events. Hidden lanes are left out.
 * Also answers "which row shows this CPU / domain / VCPU / GSI / device" with array look-ups, so drawing raw events
 * needs no map and no allocation.
 */
public final class LaneLayout {

    private final List<TimelineLane> rows;
    private final int[] cpuRow;
    private final int[] domainRow;
    private final int[][] vcpuRow;
    private final int[] gsiRow;
    private final int[] deviceRow;

    public LaneLayout(TraceMetadata m, List<Lane> lanesWithEvents, Set<Lane> hidden) {
        List<Lane> all = new ArrayList<>(lanesWithEvents);
        for (int c = 0; c < m.cpuNames().size(); c++) {
            all.add(Lane.cpu(c));
        }
        for (int d = 0; d < m.domainNames().size(); d++) {
            all.add(Lane.domain(d));
        }
        for (int g : m.gsiNames().keySet()) {
            all.add(Lane.gsi(g));
        }
        for (int dev = 0; dev < m.devices().size(); dev++) {
            all.add(Lane.device(dev));
        }
        List<Lane> sorted = new ArrayList<>(new java.util.TreeSet<>(all));
        // a VCPU row goes right after its domain's row: sort key domain, then DOMAIN before VCPU
        List<Lane> ordered = new ArrayList<>();
        for (Lane l : sorted) {
            if (l.kind() == LaneKind.CPU) {
                ordered.add(l);
            }
        }
        int maxDomain = -1;
        for (Lane l : sorted) {
            if (l.kind() == LaneKind.DOMAIN) {
                maxDomain = Math.max(maxDomain, l.id());
            } else if (l.kind() == LaneKind.VCPU) {
                maxDomain = Math.max(maxDomain, l.vcpuDomain());
            }
        }
        for (int d = 0; d <= maxDomain; d++) {
            for (Lane l : sorted) {
                if ((l.kind() == LaneKind.DOMAIN && l.id() == d) || (l.kind() == LaneKind.VCPU && l.vcpuDomain() == d)) {
                    ordered.add(l);
                }
            }
        }
        for (Lane l : sorted) {
            if (l.kind() == LaneKind.GSI || l.kind() == LaneKind.DEVICE) {
                ordered.add(l);
            }
        }
        List<TimelineLane> r = new ArrayList<>();
        int maxCpu = -1;
        int maxGsi = -1;
        int maxDev = -1;
        for (Lane l : ordered) {
            if (hidden.contains(l)) {
                continue;
            }
            r.add(new TimelineLane(l, l.label(m), l.kind() == LaneKind.VCPU ? 1 : 0));
            switch (l.kind()) {
                case CPU -> maxCpu = Math.max(maxCpu, l.id());
                case GSI -> maxGsi = Math.max(maxGsi, l.id());
                case DEVICE -> maxDev = Math.max(maxDev, l.id());
                default -> {
                }
            }
        }
        rows = Collections.unmodifiableList(r);
        cpuRow = filled(maxCpu + 1);
        domainRow = filled(maxDomain + 1);
        vcpuRow = new int[maxDomain + 1][];
        gsiRow = filled(maxGsi + 1);
        deviceRow = filled(maxDev + 1);
        for (int row = 0; row < rows.size(); row++) {
            Lane l = rows.get(row).lane();
            switch (l.kind()) {
                case CPU -> cpuRow[l.id()] = row;
                case DOMAIN -> domainRow[l.id()] = row;
                case GSI -> gsiRow[l.id()] = row;
                case DEVICE -> deviceRow[l.id()] = row;
                case VCPU -> {
                    int d = l.vcpuDomain();
                    int[] v = vcpuRow[d] == null ? filled(0) : vcpuRow[d];
                    if (l.vcpuId() >= v.length) {
                        int old = v.length;
                        v = Arrays.copyOf(v, l.vcpuId() + 1);
                        Arrays.fill(v, old, v.length, -1);
                    }
                    v[l.vcpuId()] = row;
                    vcpuRow[d] = v;
                }
            }
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[Math.max(0, n)];
        Arrays.fill(a, -1);
        return a;
    }

    public List<TimelineLane> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    /** Row of lane, or -1 when it is hidden or unknown. */
    public int rowOf(Lane lane) {
        return switch (lane.kind()) {
            case CPU -> cpuRow(lane.id());
            case DOMAIN -> domainRow(lane.id());
            case VCPU -> vcpuRow(lane.vcpuDomain(), lane.vcpuId());
            case GSI -> gsiRow(lane.id());
            case DEVICE -> deviceRow(lane.id());
        };
    }

    public int cpuRow(int cpu) {
        return cpu >= 0 && cpu < cpuRow.length ? cpuRow[cpu] : -1;
    }

    public int domainRow(int domain) {
        return domain >= 0 && domain < domainRow.length ? domainRow[domain] : -1;
    }

    public int vcpuRow(int domain, int vcpu) {
        if (domain < 0 || domain >= vcpuRow.length || vcpuRow[domain] == null) {
            return -1;
        }
        int[] v = vcpuRow[domain];
        return vcpu >= 0 && vcpu < v.length ? v[vcpu] : -1;
    }

    public int gsiRow(int gsi) {
        return gsi >= 0 && gsi < gsiRow.length ? gsiRow[gsi] : -1;
    }

    public int deviceRow(int device) {
        return device >= 0 && device < deviceRow.length ? deviceRow[device] : -1;
    }
}
