/* Test stub: the integer types of Jailhouse v0.12 include/jailhouse/types.h that generated cell configs use. */
#ifndef NATSUME_TEST_JAILHOUSE_TYPES_H
#define NATSUME_TEST_JAILHOUSE_TYPES_H
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif
