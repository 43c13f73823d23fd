package org.natsume.configio.export;

import java.util.List;

import org.natsume.configio.internal.Header;
import org.natsume.configio.internal.PciClassNames;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Unquotable;
import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.AttachmentInfo;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.DomainKind;
import org.natsume.topology.Topology.PciFunctionInfo;

// domain.md §7.7
/**
 * A complete ACRN v3.0 {@code scenario.xml}: the {@code <hv>} options and one {@code <vm>} per domain, with every
 * element {@code config.xsd} requires written out (ACRN's own sample scenarios leave many to the configurator's
 * default filling, so they are not valid as written). Values the model does not know are ACRN's schema defaults;
 * capacities are raised where the model needs more than the default.
 */
final class AcrnScenario {

    /** ACRN v3.0 capacity limits (config.xsd CAPACITIES). */
    static final int MAX_IOAPICS = 10;
    static final int MAX_PCI_DEVS = 1024;

    private final Topology t;
    private final StringBuilder x = new StringBuilder();

    private AcrnScenario(Topology t) {
        this.t = t;
    }

    /** The scenario for the domains in load order ({@code ordered}: pre-launched, Service VM, post-launched). */
    static String of(Topology t, List<DomainInfo> ordered) throws Unquotable {
        return new AcrnScenario(t).render(ordered);
    }

    private String render(List<DomainInfo> ordered) throws Unquotable {
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!--\n");
        // Quoting.comment (in Header too) keeps "--", which may not occur inside an XML comment, out
        x.append(Header.lines("  ", t, AcrnExporter.SCHEMA));
        x.append("  Board: ").append(Quoting.comment(t.machine().board())).append('\n');
        x.append("  Check it against the board XML with ACRN's configurator or scenario_config/validator.py.\n-->\n");
        // no board/scenario attributes: config.xsd allows them, but the configurator's scenario_structure.xsd does not
        x.append("<acrn-config>\n");
        hv(ordered.size());
        int vmId = 0;
        for (DomainInfo d : ordered) vm(d, vmId++);
        x.append("</acrn-config>\n");
        return x.toString();
    }

    private void hv(int vms) {
        x.append("  <hv>\n");
        leaf(2, "BUILD_TYPE", "release");
        x.append("    <FEATURES>\n");
        leaves(3, "RELOC_ENABLED", "y", "SCHEDULER", "SCHED_BVT", "MULTIBOOT2_ENABLED", "y", "ENFORCE_TURNOFF_AC", "y",
                "ENFORCE_TURNOFF_GP", "n", "SECURITY_VM_FIXUP", "n", "KEEP_IRQ_DISABLED", "n", "HYPERV_ENABLED", "y",
                "IOMMU_ENFORCE_SNP", "n", "ACPI_PARSE_ENABLED", "y", "L1D_VMENTRY_ENABLED", "n", "MCE_ON_PSC_DISABLED", "n");
        x.append("      <RDT>\n");
        leaves(4, "RDT_ENABLED", "n", "CDP_ENABLED", "n", "VCAT_ENABLED", "n");
        x.append("      </RDT>\n      <IVSHMEM/>\n    </FEATURES>\n");
        x.append("    <vuart_connections/>\n");
        x.append("    <DEBUG_OPTIONS>\n");
        leaves(3, "SERIAL_CONSOLE", "/dev/ttyS0", "MEM_LOGLEVEL", "5", "NPK_LOGLEVEL", "5", "CONSOLE_LOGLEVEL", "3");
        x.append("    </DEBUG_OPTIONS>\n");
        x.append("    <MEMORY>\n");
        leaf(3, "STACK_SIZE", "0x2000");
        x.append("    </MEMORY>\n");
        x.append("    <CAPACITIES>\n");
        leaves(3, "MAX_VM_NUM", Integer.toString(Math.max(16, vms)),
                "MAX_IOAPIC_NUM", Integer.toString(Math.max(1, t.machine().ioApics().size())),
                "MAX_PCI_DEV_NUM", Integer.toString(Math.max(96, t.machine().functions().size())),
                "MAX_IOAPIC_LINES", "120", "MAX_PT_IRQ_ENTRIES", "256", "MAX_MSIX_TABLE_NUM", "64", "MAX_EMULATED_MMIO", "16");
        x.append("    </CAPACITIES>\n");
        x.append("    <MISC_CFG>\n");
        leaf(3, "GPU_SBDF", "0x00000010");
        x.append("    </MISC_CFG>\n");
        x.append("  </hv>\n");
    }

    private void vm(DomainInfo d, int vmId) throws Unquotable {
        boolean pre = AcrnExporter.preLaunched(d);
        boolean rt = d.kind() == DomainKind.RT_VM;
        boolean service = d.kind() == DomainKind.DOM0 || d.kind() == DomainKind.NATIVE;
        x.append("  <!-- model domain ").append(d.domid()).append(" (").append(d.kind()).append(") -->\n");
        x.append("  <vm id=\"").append(vmId).append("\">\n");
        leaf(2, "load_order", pre ? "PRE_LAUNCHED_VM" : service ? "SERVICE_VM" : "POST_LAUNCHED_VM");
        leaf(2, "name", Quoting.xml(d.name()));
        leaf(2, "vm_type", rt ? "RTVM" : "STANDARD_VM");
        leaf(2, "console_vuart", service ? "COM Port 1" : "None");
        leaf(2, "os_type", "Non-Windows OS");
        leaf(2, "vuart0", "n");
        // a post-launched VM boots through OVMF; a pre-launched one and the Service VM get their kernel from GRUB
        leaf(2, "vbootloader", pre || service ? "n" : "y");
        if (!service && d.memoryMiB() > 0) {
            x.append("    <memory>\n");
            leaf(3, "size", Long.toString(d.memoryMiB()));
            x.append("    </memory>\n");
        }
        if (!service && !d.pinnedCpus().isEmpty()) {
            x.append("    <cpu_affinity>\n");
            for (int c : d.pinnedCpus()) {
                x.append("      <pcpu>\n");
                leaf(4, "pcpu_id", Integer.toString(c));
                leaf(4, "real_time_vcpu", rt ? "y" : "n");
                x.append("      </pcpu>\n");
            }
            x.append("    </cpu_affinity>\n");
        }
        if (rt) leaf(2, "lapic_passthrough", "y");
        leaf(2, "priority", rt ? "PRIO_HIGH" : "PRIO_LOW");
        leaf(2, "companion_vmid", "65535");
        x.append("    <os_config>\n");
        leaf(3, "kern_type", "KERNEL_BZIMAGE");
        // the GRUB module tag the hypervisor looks the VM's kernel up by; one per VM
        leaf(3, "kern_mod", Quoting.xml(service ? "Linux_bzImage" : d.name() + "_bzImage"));
        leaf(3, "bootargs", Quoting.xml(d.extra().orElse(service
                ? "rw rootwait root=/dev/sda3 console=tty0 console=ttyS0 consoleblank=0 no_timer_check quiet loglevel=3"
                : "rw rootwait root=/dev/sda3 console=ttyS0 no_timer_check quiet loglevel=3")));
        x.append("    </os_config>\n");
        pciDevs(d);
        virtio(d, vmId);
        x.append("  </vm>\n");
    }

    private void pciDevs(DomainInfo d) throws Unquotable {
        List<Bdf> pt = d.passthroughBdfs().stream().sorted().toList();
        if (pt.isEmpty()) return;
        x.append("    <pci_devs>\n");
        for (Bdf b : pt) {
            PciFunctionInfo f = t.machine().function(b).orElse(null);
            // the configurator matches pci_dev against the board's lspci lines: "BB:DD.F Class name: Description"
            String label = b.shortForm() + (f == null ? "" : " " + PciClassNames.of(f.classCode()) + ": " + f.description());
            leaf(3, "pci_dev", Quoting.xml(label));
        }
        x.append("    </pci_devs>\n");
    }

    /** A vif of a post-launched VM becomes a virtio NIC on a tap interface of the Service VM. */
    private void virtio(DomainInfo d, int vmId) {
        List<AttachmentInfo> vifs = d.vifs();
        if (vifs.isEmpty()) {
            x.append("    <virtio_devices/>\n");
            return;
        }
        x.append("    <virtio_devices>\n");
        for (int i = 0; i < vifs.size(); i++) {
            x.append("      <network>\n");
            leaf(4, "virtio_framework", "Kernel based (Virtual Host)");
            leaf(4, "interface_name", "tap_vm" + vmId + (i == 0 ? "" : "_" + i));
            x.append("      </network>\n");
        }
        x.append("    </virtio_devices>\n");
    }

    /** {@link #leaf} for each name, value pair. */
    private void leaves(int depth, String... nameValue) {
        for (int i = 0; i < nameValue.length; i += 2) leaf(depth, nameValue[i], nameValue[i + 1]);
    }

    /** {@code <name>value</name>} at {@code depth} (two spaces each); the value is already XML text. */
    private void leaf(int depth, String name, String value) {
        x.append("  ".repeat(depth)).append('<').append(name).append('>').append(value).append("</").append(name).append(">\n");
    }
}
