package org.natsume.configio.tests;

import org.natsume.configio.export.ExportRefusedException;
import org.natsume.topology.emf.TopologyReader;
import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.LogicalCpu;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.PciFunction;
import org.natsume.model.Topology;
import org.natsume.model.examples.Examples;

/** Paper examples from the model bundle, and small edits of them for refusal and hostile-name tests. */
final class Models {

    private Models() {
    }

    static Topology load(String example) {
        return Examples.load(example);
    }

    static org.natsume.topology.Topology read(Topology t) throws ExportRefusedException {
        return org.natsume.configio.export.Exporters.resolve(t);
    }

    static Domain domain(Topology t, String name) {
        return t.getDomains().stream().filter(d -> name.equals(d.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no domain " + name));
    }

    static PciFunction function(Topology t, String bdf) {
        return TopologyReader.allFunctions(t.getMachine()).stream().filter(f -> f.getBdf().equals(bdf)).findFirst()
                .orElseThrow(() -> new AssertionError("no function " + bdf));
    }

    static LogicalCpu cpu(Topology t, int id) {
        return t.getMachine().getCpus().stream().filter(c -> c.getCpuId() == id).findFirst().orElseThrow();
    }

    static void pin(Topology t, String domain, int vcpu, int... cpus) {
        var v = domain(t, domain).getVcpus().get(vcpu);
        v.getHardAffinity().clear();
        for (int c : cpus) v.getHardAffinity().add(cpu(t, c));
    }

    static DeviceAttachment attach(Topology t, String domain, String bdf, AttachmentMode mode) {
        DeviceAttachment a = NatsumeFactory.eINSTANCE.createDeviceAttachment();
        a.setFunction(function(t, bdf));
        a.setMode(mode);
        domain(t, domain).getAttachments().add(a);
        return a;
    }
}
