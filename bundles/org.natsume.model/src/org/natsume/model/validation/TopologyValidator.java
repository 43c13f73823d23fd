package org.natsume.model.validation;

import java.util.List;

import org.natsume.model.Topology;

/**
 * Runs every {@link TopologyRule} over a topology (domain.md §2–§5). The plain entry point for the CLI, the editor,
 * the exporters and the simulation; {@link NatsumeEValidator} exposes the same findings as EMF Diagnostics.
 */
public final class TopologyValidator {

    /** The rules, in the order their findings are reported. */
    public static final List<TopologyRule> RULES = List.of(new UniqueIdRule(), new DomainNameRule(),
            new UniqueDomainNameRule(), new MachineRule(),
            new BdfRule(), new ExclusiveAttachmentRule(), new AttachmentRule(), new VifBackendRule(),
            new DriverDomainRule(), new PinningTargetRule(), new VcpuPinnedRule(), new DomainVcpuRule(),
            new DomainMemoryRule(), new WorkloadRule(), new TimingRule(), new SharedGsiPassthroughRule(),
            new GsiRoutingRule(), new MaxGuestsPerGsiRule(), new PinToRtVmCpuRule(), new RtVmPcpuSharingRule(), new MsiOnSharedLineRule(),
            new KernelMsiRule());

    private TopologyValidator() {
    }

    public static List<Finding> validate(Topology topology) {
        Findings out = new Findings();
        for (TopologyRule rule : RULES) {
            rule.check(topology, out);
        }
        return out.list();
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
