"""Validates scenario XML files against an ACRN schema (XSD 1.1) the way ACRN's own tools load it: the schema's
xi:include elements (config.xsd includes types.xsd and VMtypes.xsd by xpointer(id('root')/*)) are replaced by the
children of the included xs:schema first. Usage: acrn_validate.py SCHEMA.xsd FILE.xml...
Prints one line per problem and 'FILE: valid' or 'FILE: INVALID'; exits 1 if any file is invalid."""
import os
import re
import sys
import tempfile

import xmlschema


def merged(path):
    base = os.path.dirname(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()

    def inline(m):
        with open(os.path.join(base, m.group(1)), encoding="utf-8") as f:
            inc = f.read()
        start = re.search(r"<xs:schema\b[^>]*>", inc).end()
        return inc[start:inc.rindex("</xs:schema>")]

    return re.sub(r'<xi:include\s+href="([^"]+)"[^>]*/>', inline, text)


def main(schema_path, files):
    fd, name = tempfile.mkstemp(suffix=".xsd")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as t:
            t.write(merged(schema_path))
        schema = xmlschema.XMLSchema11(name)
    finally:
        os.unlink(name)
    bad = 0
    for f in files:
        errors = list(schema.iter_errors(f))
        for e in errors[:10]:
            print("%s: %s (at %s)" % (f, e.reason, e.path))
        print("%s: %s" % (f, "INVALID" if errors else "valid"))
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
