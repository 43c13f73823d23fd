package org.natsume.sim.config;

import java.util.List;

/**
 * Plain-Java description of what to simulate (domain.md §2): no EMF. Built by hand (PaperTestbed) or by the
 * adapter from an org.natsume.model Machine.
 *
 * @param xen null for a native machine (case 1: Linux directly on the hardware)
 */
public record SimConfig(String name, List<Cpu> cpus, IoApicSpec ioApic, List<PciFunctionSpec> functions,
        List<DomainSpec> domains, XenSpec xen, List<WorkloadSpec> workloads, Timing timing) {

    public SimConfig {
        cpus = List.copyOf(cpus);
        functions = List.copyOf(functions);
        domains = List.copyOf(domains);
        workloads = List.copyOf(workloads);
    }

    public record Cpu(int id, int apicId) {
    }

    public record IoApicSpec(int id, int gsiBase, int pins) {
    }

    public enum InterruptMode { INTX, MSI }

    public enum Attachment { NATIVE, DOM0_DRIVER, PARAVIRTUAL_VIF, PASSTHROUGH }

    public enum DomainKind { NATIVE, DOM0, DOMU, RT_VM }

    public enum Routing { BY_IRQ, BY_BDF }

    public enum TargetPolicy { XEN_DEFAULT, PIN_TO_RTVM_CPU }

    public enum AckMethod { NEW, OLD }

    public enum Direction { SEND, RECEIVE }

    /**
     * A PCI function. {@code owner} is the domain running its driver; for PARAVIRTUAL_VIF the owner is Dom0 and
     * {@code vifGuest} the guest whose vif is bridged to it. {@code gsi} is the resolved GSI for INTx.
     */
    public record PciFunctionSpec(String name, Bdf bdf, String driver, int gsi, InterruptMode mode,
            String owner, Attachment attachment, String vifGuest, int itrMode) {
    }

    /** A domain; {@code vcpuPins.get(i)} is the PCPU VCPU i is hard-pinned to. */
    public record DomainSpec(String name, DomainKind kind, List<Integer> vcpuPins, int weight) {
        public DomainSpec {
            vcpuPins = List.copyOf(vcpuPins);
        }
    }

    public record XenSpec(Routing routing, TargetPolicy targetPolicy, AckMethod ackMethod, long irqRatelimit) {
    }

    public sealed interface WorkloadSpec permits TcpStream, UdpFlood, PeriodicTask {
        /** The domain the workload terminates in. */
        String guest();

        /** The physical NIC its frames cross. */
        String nic();
    }

    /** netperf TCP_STREAM between an external peer and {@code guest}. SEND = guest transmits. */
    public record TcpStream(Direction direction, String guest, String nic) implements WorkloadSpec {
    }

    /** UDP flood from an external host into {@code guest}; {@code pps} 0 = line rate. */
    public record UdpFlood(String guest, String nic, int packetBytes, long pps) implements WorkloadSpec {
    }

    /**
     * A periodic real-time task in {@code guest} (domain.md §2.4 optional): released by the guest's timer every
     * periodNs, runs costNs of CPU; its response time (release to completion) is measured. {@code nic} is unused.
     */
    public record PeriodicTask(String guest, long periodNs, long costNs) implements WorkloadSpec {
        public PeriodicTask {
            if (periodNs <= 0 || costNs < 0 || costNs >= periodNs) {
                throw new IllegalArgumentException("periodic task in '" + guest + "': need 0 <= cost < period, got cost "
                        + costNs + " ns, period " + periodNs + " ns");
            }
        }

        @Override
        public String nic() {
            return null;
        }
    }

    public DomainSpec domain(String name) {
        for (DomainSpec d : domains) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("config '" + this.name + "': no domain named '" + name + "'");
    }

    public PciFunctionSpec function(String name) {
        for (PciFunctionSpec f : functions) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("config '" + this.name + "': no PCI function named '" + name + "'");
    }
}
