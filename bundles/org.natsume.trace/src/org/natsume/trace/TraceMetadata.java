package org.natsume.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a viewer needs to label a trace's lanes (domain.md §2, §6.3): the scenario that produced it, and the names of
 * the PCPUs, domains, GSIs and devices that the events refer to by number. Device numbers index {@link #devices()};
 * each device names its BDF and the domain that owns it, which is what makes a {@link TraceKind#GUEST_NOTIFY} to any
 * other domain spurious. Immutable; build one with {@link #builder()}.
 */
public final class TraceMetadata {

    /** One device as the trace refers to it. ownerDomain is -1 when no domain owns it. */
    public record Device(String name, String bdf, int ownerDomain) {
        public Device {
            name = name == null ? "" : name;
            bdf = bdf == null ? "" : bdf;
        }
    }

    public static final TraceMetadata EMPTY = builder().build();

    /** Property: who wrote the trace. */
    public static final String SOURCE = "source";
    /** Property: domid of the RT-VM (the first domain of kind RT_VM); absent when there is none. */
    public static final String RT_VM = "rtvm";
    /** Property: the kind of each domain in domid order, comma-separated (DOM0, DOMU, RT_VM, NATIVE). */
    public static final String DOMAIN_KINDS = "natsume.domain-kinds";
    /** Property: the kind of each device in device order, comma-separated (an attachment, or "vif"). */
    public static final String DEVICE_KINDS = "natsume.device-kinds";
    /** Property: simulated warm-up in ns before measurement started. */
    public static final String WARMUP_NS = "natsume.warmup-ns";

    private final String scenarioId;
    private final long seed;
    private final long durationNs;
    private final List<String> cpuNames;
    private final List<String> domainNames;
    private final Map<Integer, String> gsiNames;
    private final List<Device> devices;
    private final Map<String, String> properties;

    private TraceMetadata(Builder b) {
        this.scenarioId = b.scenarioId;
        this.seed = b.seed;
        this.durationNs = b.durationNs;
        this.cpuNames = List.copyOf(b.cpuNames);
        this.domainNames = List.copyOf(b.domainNames);
        this.gsiNames = Collections.unmodifiableMap(new TreeMap<>(b.gsiNames));
        this.devices = List.copyOf(b.devices);
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this metadata's values, to change a few. */
    public Builder toBuilder() {
        Builder b = new Builder().scenarioId(scenarioId).seed(seed).durationNs(durationNs);
        b.cpuNames.addAll(cpuNames);
        b.domainNames.addAll(domainNames);
        b.gsiNames.putAll(gsiNames);
        b.devices.addAll(devices);
        b.properties.putAll(properties);
        return b;
    }

    public String scenarioId() {
        return scenarioId;
    }

    public long seed() {
        return seed;
    }

    /** Simulated duration of the run, or 0 when unknown. */
    public long durationNs() {
        return durationNs;
    }

    public List<String> cpuNames() {
        return cpuNames;
    }

    public List<String> domainNames() {
        return domainNames;
    }

    /** GSI number → name (e.g. "GSI 16 (NIC-A, NIC-B)"), sorted by GSI. */
    public Map<Integer, String> gsiNames() {
        return gsiNames;
    }

    public List<Device> devices() {
        return devices;
    }

    /** Free-form key/value pairs (model file, simulator version, ...). */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * How many entries a list kept as properties ({@code countKey} = n, then one property per index) says it has: 0
     * when the count is absent; a count that is not a number is an IllegalArgumentException naming it.
     */
    public int listedCount(String countKey) {
        String count = properties().get(countKey);
        if (count == null) {
            return 0;
        }
        try {
            return Integer.parseInt(count.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("trace property " + countKey + " is not a number: '" + count + "'");
        }
    }

    public String cpuName(int cpu) {
        return cpu >= 0 && cpu < cpuNames.size() ? cpuNames.get(cpu) : "PCPU " + cpu;
    }

    public String domainName(int domain) {
        return domain >= 0 && domain < domainNames.size() ? domainNames.get(domain) : "dom" + domain;
    }

    public String gsiName(int gsi) {
        String n = gsiNames.get(gsi);
        return n != null ? n : "GSI " + gsi;
    }

    public String deviceName(int device) {
        return device >= 0 && device < devices.size() ? devices.get(device).name() : "device " + device;
    }

    public String deviceBdf(int device) {
        return device >= 0 && device < devices.size() ? devices.get(device).bdf() : "";
    }

    /**
     * The RT-VM's domid, or -1. Traces written before the simulation published {@value #RT_VM} are recognised by the
     * "(RT-VM)" mark in the domain name.
     */
    public int rtVm() {
        String v = properties.get(RT_VM);
        if (v != null) {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        for (int d = 0; d < domainNames.size(); d++) {
            if (domainNames.get(d).contains("(RT-VM)")) {
                return d;
            }
        }
        return -1;
    }

    /** The device's kind from {@value #DEVICE_KINDS} (e.g. "PASSTHROUGH", "vif"), or "" when the trace does not say. */
    public String deviceKind(int device) {
        String v = properties.get(DEVICE_KINDS);
        if (v == null || device < 0) {
            return "";
        }
        String[] k = v.split(",", -1);
        return device < k.length ? k[device] : "";
    }

    /** A label for a device lane or table cell: its name, with its BDF when it has one. */
    public String deviceLabel(int device) {
        String bdf = deviceBdf(device);
        return bdf.isEmpty() ? deviceName(device) : deviceName(device) + " (" + bdf + ")";
    }

    /** The domain that owns device, or -1. */
    public int ownerOf(int device) {
        return device >= 0 && device < devices.size() ? devices.get(device).ownerDomain() : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraceMetadata m && scenarioId.equals(m.scenarioId) && seed == m.seed && durationNs == m.durationNs
                && cpuNames.equals(m.cpuNames) && domainNames.equals(m.domainNames) && gsiNames.equals(m.gsiNames)
                && devices.equals(m.devices) && properties.equals(m.properties);
    }

    @Override
    public int hashCode() {
        return scenarioId.hashCode() * 31 + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "TraceMetadata[" + scenarioId + ", seed " + seed + ", " + durationNs + " ns, cpus " + cpuNames + ", domains "
                + domainNames + ", gsis " + gsiNames + ", devices " + devices + "]";
    }

    public static final class Builder {
        private String scenarioId = "";
        private long seed;
        private long durationNs;
        private final List<String> cpuNames = new ArrayList<>();
        private final List<String> domainNames = new ArrayList<>();
        private final Map<Integer, String> gsiNames = new TreeMap<>();
        private final List<Device> devices = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();

        public Builder scenarioId(String id) {
            this.scenarioId = id == null ? "" : id;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder durationNs(long durationNs) {
            this.durationNs = durationNs;
            return this;
        }

        /** Adds the next PCPU's name; PCPU numbers are assigned in call order from 0. */
        public Builder cpu(String name) {
            cpuNames.add(name);
            return this;
        }

        /** Adds the next domain's name; domain numbers (domids) are assigned in call order from 0. */
        public Builder domain(String name) {
            domainNames.add(name);
            return this;
        }

        public Builder gsi(int gsi, String name) {
            gsiNames.put(gsi, name);
            return this;
        }

        /** Adds the next device; device numbers are assigned in call order from 0. */
        public Builder device(String name, String bdf, int ownerDomain) {
            devices.add(new Device(name, bdf, ownerDomain));
            return this;
        }

        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public TraceMetadata build() {
            return new TraceMetadata(this);
        }
    }
}
