package org.natsume.model.validation;

import java.util.Optional;

import org.natsume.model.ExternalHost;
import org.natsume.model.InterruptMode;
import org.natsume.model.NetperfTcpStream;
import org.natsume.model.NetworkLink;
import org.natsume.model.Nic;
import org.natsume.model.PeriodicRtTask;
import org.natsume.model.Topology;
import org.natsume.model.UdpFlood;
import org.natsume.model.Workload;
import org.natsume.model.analysis.Ownership;

/**
 * An enabled workload says where it runs and, for network load, which NIC carries it (domain.md §2.4, §6.1): the
 * NIC is the one cabled to the workload's external host, and it must be able to interrupt. A periodic task needs
 * a period longer than its execution time.
 */
public final class WorkloadRule implements TopologyRule {

    @Override
    public String id() {
        return "workload";
    }

    @Override
    public void check(Topology t, Findings out) {
        for (Workload w : t.getWorkloads()) {
            if (!w.isEnabled()) {
                continue;
            }
            String name = "Workload '" + (w.getName() == null ? w.getId() : w.getName()) + "'";
            if (w.getDomain() == null) {
                out.add(Severity.ERROR, this, name + " runs in no domain. Choose its domain in Properties.", w);
            }
            if (w instanceof NetperfTcpStream n) {
                network(t, w, name, n.getPeer(), "peer", out);
            } else if (w instanceof UdpFlood u) {
                network(t, w, name, u.getSource(), "source", out);
            } else if (w instanceof PeriodicRtTask p && (p.getPeriodUs() <= 0 || p.getWcetUs() < 0
                    || p.getWcetUs() >= p.getPeriodUs())) {
                out.add(Severity.ERROR, this, name + " has period " + p.getPeriodUs() + " µs and execution time "
                        + p.getWcetUs() + " µs; it needs 0 ≤ execution time < period.", w);
            }
        }
    }

    private void network(Topology t, Workload w, String name, ExternalHost host, String role, Findings out) {
        if (host == null) {
            out.add(Severity.ERROR, this, name + " has no " + role + " host. Choose an external host in Properties.",
                    w);
            return;
        }
        Optional<Nic> nic = t.getLinks().stream().filter(l -> l.getHost() == host && l.getNic() != null)
                .map(NetworkLink::getNic).findFirst();
        if (nic.isEmpty()) {
            out.add(Severity.ERROR, this, name + ": its " + role + " '" + host.getName() + "' is cabled to no NIC."
                    + " Draw a network link from a NIC to it.", w, host);
            return;
        }
        Nic n = nic.get();
        boolean intx = n.getInterruptMode() == InterruptMode.INTX;
        boolean interrupts = n.getLine() != null || !intx && !Ownership.attachments(t, n).isEmpty();
        if (!interrupts) {
            out.add(Severity.ERROR, this, name + " runs over " + Findings.device(n) + ", which cannot interrupt: "
                    + (intx ? "its INTx pin is wired to no interrupt line. Wire it to a line."
                            : "it uses MSI but is attached to no domain and has no line. Attach it to a domain."),
                    w, n);
        }
    }
}
