/*
 * xlcheck: run Xen's own xl config parser (libxlutil) over one generated xl.cfg.
 *
 * Usage: xlcheck FILE [KEY...]
 *   - parses FILE with xlu_cfg_readfile (exit 2 on a syntax error, libxlutil reports to stderr);
 *   - parses every entry of the `pci` list with xlu_pci_parse_spec_string (exit 3 on a bad spec);
 *   - for each KEY prints "KEY=VALUE" when it is a string, or "KEY[i]=VALUE" per item when it is a list,
 *     with bytes outside printable ASCII (and the backslash) written as \xHH, so the Java test can
 *     compare what Xen read against what the model said.
 * Built and run by XlParserCheckTest at test time: cc xlcheck.c -lxlutil -lxenlight (Debian: libxen-dev).
 */
#include <stdio.h>
#include <string.h>
#include <libxl.h>
#include <libxlutil.h>

static void print_escaped(const char *key, int index, const char *value)
{
    if (index < 0) printf("%s=", key); else printf("%s[%d]=", key, index);
    for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
        if (*p >= 0x20 && *p < 0x7f && *p != '\\') putchar(*p);
        else printf("\\x%02x", *p);
    }
    putchar('\n');
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: xlcheck FILE [KEY...]\n");
        return 64;
    }
    XLU_Config *cfg = xlu_cfg_init(stderr, argv[1]);
    if (!cfg) { perror("xlu_cfg_init"); return 70; }
    if (xlu_cfg_readfile(cfg, argv[1])) {
        fprintf(stderr, "xlcheck: %s: rejected by xlu_cfg_readfile\n", argv[1]);
        return 2;
    }
    XLU_ConfigList *pcis;
    int npci = 0;
    if (!xlu_cfg_get_list(cfg, "pci", &pcis, &npci, 1)) {
        for (int i = 0; i < npci; i++) {
            const char *spec = xlu_cfg_get_listitem(pcis, i);
            libxl_device_pci pci;
            libxl_device_pci_init(&pci);
            if (!spec || xlu_pci_parse_spec_string(cfg, &pci, spec)) {
                fprintf(stderr, "xlcheck: %s: pci[%d] '%s' rejected by xlu_pci_parse_spec_string\n",
                        argv[1], i, spec ? spec : "(not a string)");
                return 3;
            }
            printf("pci[%d].bdf=%04x:%02x:%02x.%x\n", i, pci.domain, pci.bus, pci.dev, pci.func);
            libxl_device_pci_dispose(&pci);
        }
    }
    for (int k = 2; k < argc; k++) {
        const char *s;
        XLU_ConfigList *list;
        int n = 0;
        if (!xlu_cfg_get_string(cfg, argv[k], &s, 1)) {
            print_escaped(argv[k], -1, s);
        } else if (!xlu_cfg_get_list(cfg, argv[k], &list, &n, 1)) {
            for (int i = 0; i < n; i++) {
                const char *item = xlu_cfg_get_listitem(list, i);
                print_escaped(argv[k], i, item ? item : "(not a string)");
            }
        } else {
            long l;
            if (!xlu_cfg_get_long(cfg, argv[k], &l, 1)) printf("%s=%ld\n", argv[k], l);
            else printf("%s=(absent)\n", argv[k]);
        }
    }
    xlu_cfg_destroy(cfg);
    return 0;
}
