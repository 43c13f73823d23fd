package org.natsume.configio.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.natsume.configio.internal.CpuList;
import org.natsume.configio.internal.FileNames;
import org.natsume.configio.internal.Header;
import org.natsume.configio.internal.Partitions;
import org.natsume.configio.internal.Quoting;
import org.natsume.configio.internal.Refusals;
import org.natsume.configio.internal.UniqueNames;
import org.natsume.configio.internal.Unquotable;
import org.natsume.model.bdf.Bdf;
import org.natsume.topology.Topology;
import org.natsume.topology.Topology.DomainInfo;
import org.natsume.topology.Topology.IoApicInfo;
import org.natsume.topology.Topology.PciFunctionInfo;

// domain.md §7.6
/**
 * A Jailhouse cell config (C, compiled to a {@code .cell} with the Jailhouse tree) per non-root partition: every
 * guest becomes a cell, Dom0 stays the root cell (whose config {@code jailhouse config create} writes from the real
 * machine). Layout follows {@code configs/x86/*.c} of Jailhouse v0.12: cpus bitmap, one irqchip per IO-APIC with the
 * pins of the cell's INTx devices, pci_devices by BDF. Memory placement is board-specific and left to two #defines
 * the user fills in from the root cell config. A GSI shared across cells is refused (an IO-APIC pin belongs to one
 * cell), as are overlapping CPUs and unpinned guests.
 */
public final class JailhouseExporter implements ConfigExporter {

    /** JAILHOUSE_CELL_NAME_MAXLEN in include/jailhouse/cell-config.h (v0.12). */
    static final int NAME_MAX = 31;
    /** {@code __u32 pin_bitmap[4]} of struct jailhouse_irqchip (v0.12). */
    static final int PIN_BITMAP_BITS = 128;

    @Override
    public String id() {
        return "jailhouse";
    }

    @Override
    public String description() {
        return "Jailhouse v0.12 cell config (.c) per guest partition";
    }

    @Override
    public List<GeneratedFile> export(Topology t) throws ExportRefusedException {
        Refusals r = new Refusals(id());
        Partitions.crossPartitionSharedGsis(t, "cell").forEach(r::add);
        Partitions.overlappingCpus(t.guests(), "cell").forEach(r::add);
        UniqueNames.duplicates(t.guests(), "cell").forEach(r::add);
        if (t.guests().isEmpty()) r.add("the model has no guest domain to turn into a Jailhouse cell");
        for (DomainInfo d : t.guests()) {
            String dn = "domain '" + Quoting.comment(d.name()) + "'";
            if (d.pinnedCpus().isEmpty()) r.add(dn + ": a Jailhouse cell owns fixed CPUs; pin its VCPUs");
            if (d.name().getBytes(StandardCharsets.UTF_8).length > NAME_MAX) r.add(dn + ": a cell name has at most " + NAME_MAX + " bytes");
            if (d.memoryMiB() <= 0) r.add(dn + ": memory must be at least 1 MiB");
            for (Bdf b : d.passthroughBdfs()) {
                if (b.segment() > 0xFFFF) r.add(dn + ": " + b + " has a segment above 0xffff, which .domain (u16) cannot hold");
                if (t.machine().function(b).isEmpty()) r.add(dn + ": passes through " + b + ", which the machine does not have");
            }
            for (var a : d.attachments()) {
                if (a.mode() == Topology.AttachmentMode.EMULATED) r.add(dn + ": Jailhouse has no device emulation (EMULATED attachment)");
            }
            for (Bdf b : d.passthroughBdfs()) {
                var f = t.machine().function(b);
                if (f.isEmpty() || !f.get().usesIoApicPin()) continue;
                int gsi = f.get().gsi().get();
                var apic = t.machine().ioApicFor(gsi);
                if (apic.isEmpty()) r.add(dn + ": GSI " + gsi + " of " + b + " is not served by any IO-APIC of the machine");
                else if (gsi - apic.get().gsiBase() >= PIN_BITMAP_BITS) r.add(dn + ": GSI " + gsi + " of " + b + " is IO-APIC pin "
                        + (gsi - apic.get().gsiBase()) + ", beyond the " + PIN_BITMAP_BITS + " pins of a cell's pin_bitmap");
            }
        }
        r.throwIfAny();
        List<GeneratedFile> files = new ArrayList<>();
        FileNames names = new FileNames();
        for (DomainInfo d : t.guests()) {
            try {
                files.add(GeneratedFile.text("jailhouse/" + names.unique(d.name(), d.domid(), ".c"), cell(t, d)));
            } catch (Unquotable e) {
                r.add("domain '" + Quoting.comment(d.name()) + "': " + e.getMessage());
            }
        }
        r.throwIfAny();
        return files;
    }

    private String cell(Topology t, DomainInfo d) throws Unquotable {
        List<PciFunctionInfo> devs = d.passthroughBdfs().stream().sorted().map(b -> t.machine().function(b).get()).toList();
        Map<Integer, int[]> pinsByApic = new TreeMap<>();
        Map<Integer, IoApicInfo> apics = new TreeMap<>();
        for (PciFunctionInfo f : devs) {
            if (!f.usesIoApicPin()) continue;
            int gsi = f.gsi().get();
            IoApicInfo a = t.machine().ioApicFor(gsi).orElseThrow(); // checked in export()
            apics.put(a.id(), a);
            int pin = gsi - a.gsiBase();
            pinsByApic.computeIfAbsent(a.id(), k -> new int[4])[pin / 32] |= 1 << (pin % 32);
        }
        long memBytes = d.memoryMiB() * 1024L * 1024L;
        StringBuilder c = new StringBuilder();
        c.append("/*\n").append(Header.lines(" * ", t, "Jailhouse cell config (Jailhouse v0.12 configs/x86 layout, domain.md 7.6)"));
        c.append(" * Cell for domain ").append(d.domid()).append(" (").append(d.kind()).append("). Build it in the Jailhouse tree:\n");
        c.append(" * copy to configs/x86/ and run make; load with 'jailhouse cell create <file>.cell'.\n");
        c.append(" * Fill in the two NATSUME_* defines from your root cell config before building.\n");
        if (!d.vifs().isEmpty()) {
            c.append(" * Note: this domain has paravirtual vifs in the model; Jailhouse has no netback. Connect it with an\n");
            c.append(" * ivshmem-net device defined in both this cell and the root cell.\n");
        }
        c.append(" */\n\n");
        c.append("#include <jailhouse/types.h>\n#include <jailhouse/cell-config.h>\n\n");
        c.append("#ifndef NATSUME_RAM_PHYS_START\n#define NATSUME_RAM_PHYS_START 0x0 /* FILL IN: free RAM taken from the root cell */\n#endif\n");
        c.append("#ifndef NATSUME_IOAPIC_SOURCE_ID\n#define NATSUME_IOAPIC_SOURCE_ID 0xff00 /* FILL IN: .id of the IO-APIC irqchip in the root cell config */\n#endif\n\n");
        int cpuWords = (d.pinnedCpus().last() / 64) + 1;
        c.append("struct {\n\tstruct jailhouse_cell_desc cell;\n\t__u64 cpus[").append(cpuWords).append("];\n");
        c.append("\tstruct jailhouse_memory mem_regions[1];\n");
        if (!apics.isEmpty()) c.append("\tstruct jailhouse_irqchip irqchips[").append(apics.size()).append("];\n");
        if (!devs.isEmpty()) c.append("\tstruct jailhouse_pci_device pci_devices[").append(devs.size()).append("];\n");
        c.append("} __attribute__((packed)) config = {\n");
        c.append("\t.cell = {\n\t\t.signature = JAILHOUSE_CELL_DESC_SIGNATURE,\n\t\t.revision = JAILHOUSE_CONFIG_REVISION,\n");
        c.append("\t\t.name = ").append(Quoting.c(d.name())).append(",\n");
        c.append("\t\t.flags = JAILHOUSE_CELL_PASSIVE_COMMREG,\n\n");
        c.append("\t\t.cpu_set_size = sizeof(config.cpus),\n");
        c.append("\t\t.num_memory_regions = ARRAY_SIZE(config.mem_regions),\n");
        c.append("\t\t.num_irqchips = ").append(apics.isEmpty() ? "0" : "ARRAY_SIZE(config.irqchips)").append(",\n");
        c.append("\t\t.num_pci_devices = ").append(devs.isEmpty() ? "0" : "ARRAY_SIZE(config.pci_devices)").append(",\n");
        c.append("\t},\n\n");
        c.append("\t.cpus = {");
        java.math.BigInteger mask = CpuList.mask(d.pinnedCpus());
        for (int w = 0; w < cpuWords; w++) {
            long word = mask.shiftRight(64 * w).longValue();
            c.append(w == 0 ? " " : ", ").append(String.format(Locale.ROOT, "0x%x", word));
        }
        c.append(" }, /* PCPUs ").append(CpuList.ranges(d.pinnedCpus())).append(" */\n\n");
        c.append("\t.mem_regions = {\n\t\t/* RAM: ").append(d.memoryMiB()).append(" MiB */ {\n");
        c.append("\t\t\t.phys_start = NATSUME_RAM_PHYS_START,\n\t\t\t.virt_start = 0,\n");
        c.append(String.format(Locale.ROOT, "\t\t\t.size = 0x%x,\n", memBytes));
        c.append("\t\t\t.flags = JAILHOUSE_MEM_READ | JAILHOUSE_MEM_WRITE |\n\t\t\t\tJAILHOUSE_MEM_EXECUTE | JAILHOUSE_MEM_DMA |\n\t\t\t\tJAILHOUSE_MEM_LOADABLE,\n");
        c.append("\t\t},\n\t},\n");
        if (!apics.isEmpty()) {
            c.append("\n\t.irqchips = {\n");
            for (var e : apics.entrySet()) {
                int[] bm = pinsByApic.get(e.getKey());
                c.append("\t\t/* IO-APIC ").append(e.getKey()).append(" */ {\n");
                c.append(String.format(Locale.ROOT, "\t\t\t.address = 0x%x,\n", e.getValue().mmioBase()));
                c.append("\t\t\t.id = NATSUME_IOAPIC_SOURCE_ID,\n");
                c.append("\t\t\t.pin_bitmap = {\n");
                for (int w = 0; w < 4; w++) {
                    c.append(String.format(Locale.ROOT, "\t\t\t\t0x%08x,", bm[w]));
                    List<String> pins = new ArrayList<>();
                    for (int b = 0; b < 32; b++) if ((bm[w] & (1 << b)) != 0) pins.add("pin " + (w * 32 + b) + " = GSI " + (w * 32 + b + e.getValue().gsiBase()));
                    if (!pins.isEmpty()) c.append(" /* ").append(String.join(", ", pins)).append(" */");
                    c.append('\n');
                }
                c.append("\t\t\t},\n\t\t},\n");
            }
            c.append("\t},\n");
        }
        if (!devs.isEmpty()) {
            c.append("\n\t.pci_devices = {\n");
            for (PciFunctionInfo f : devs) {
                Bdf b = f.bdf();
                c.append("\t\t/* ").append(b).append(' ').append(Quoting.comment(f.description())).append(" */ {\n");
                c.append("\t\t\t.type = JAILHOUSE_PCI_TYPE_DEVICE,\n");
                c.append(String.format(Locale.ROOT, "\t\t\t.domain = 0x%04x,\n", b.segment()));
                c.append(String.format(Locale.ROOT, "\t\t\t.bdf = 0x%04x, /* (0x%02x << 8) | (0x%02x << 3) | %d */\n", b.jailhouseId(), b.bus(), b.device(), b.function()));
                c.append("\t\t\t/* .bar_mask: copy from this BDF's entry in the root cell config */\n");
                if (f.interruptMode() == Topology.InterruptMode.MSI) c.append("\t\t\t.num_msi_vectors = 1,\n\t\t\t.msi_64bits = 1,\n");
                if (f.interruptMode() == Topology.InterruptMode.MSIX) c.append("\t\t\t.num_msix_vectors = 1, /* FILL IN: the device's MSI-X table size */\n");
                c.append("\t\t},\n");
            }
            c.append("\t},\n");
        }
        c.append("};\n");
        return c.toString();
    }
}
