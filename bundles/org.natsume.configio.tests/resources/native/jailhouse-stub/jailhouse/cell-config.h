/*
 * Test stub: the parts of Jailhouse v0.12 include/jailhouse/cell-config.h that the Natsume exporter's cell configs
 * use, with the same field names, so that `cc -fsyntax-only` and a tiny program can check the generated C
 * (string escapes, initialisers) without a Jailhouse tree. Not a replacement for building in the real tree.
 */
#ifndef NATSUME_TEST_JAILHOUSE_CELL_CONFIG_H
#define NATSUME_TEST_JAILHOUSE_CELL_CONFIG_H
#define JAILHOUSE_CELL_NAME_MAXLEN 31
#define JAILHOUSE_CELL_DESC_SIGNATURE "JHCELL"
#define JAILHOUSE_CONFIG_REVISION 13
#define JAILHOUSE_CELL_PASSIVE_COMMREG 0x00000001
#define JAILHOUSE_MEM_READ 0x0001
#define JAILHOUSE_MEM_WRITE 0x0002
#define JAILHOUSE_MEM_EXECUTE 0x0004
#define JAILHOUSE_MEM_DMA 0x0008
#define JAILHOUSE_MEM_LOADABLE 0x0040
#define JAILHOUSE_PCI_TYPE_DEVICE 0x01

struct jailhouse_cell_desc {
	char signature[6];
	__u16 revision;
	char name[JAILHOUSE_CELL_NAME_MAXLEN + 1];
	__u32 id;
	__u32 flags;
	__u32 cpu_set_size;
	__u32 num_memory_regions;
	__u32 num_cache_regions;
	__u32 num_irqchips;
	__u32 num_pio_regions;
	__u32 num_pci_devices;
	__u32 num_pci_caps;
} __attribute__((packed));

struct jailhouse_memory {
	__u64 phys_start;
	__u64 virt_start;
	__u64 size;
	__u64 flags;
} __attribute__((packed));

struct jailhouse_irqchip {
	__u64 address;
	__u32 id;
	__u32 pin_base;
	__u32 pin_bitmap[4];
} __attribute__((packed));

struct jailhouse_pci_device {
	__u8 type;
	__u8 iommu;
	__u16 domain;
	__u16 bdf;
	__u32 bar_mask[6];
	__u16 caps_start;
	__u16 num_caps;
	__u8 num_msi_vectors;
	__u8 msi_64bits:1;
	__u8 msi_maskable:1;
	__u16 num_msix_vectors;
	__u16 msix_region_size;
	__u64 msix_address;
	__u32 shmem_regions_start;
	__u8 shmem_dev_id;
	__u8 shmem_peers;
	__u16 shmem_protocol;
} __attribute__((packed));
#endif
