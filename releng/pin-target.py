#!/usr/bin/env python3
"""Rewrites the first location of the target platform as a pinned list: every bundle the platform/EMF/ELK roots
resolved to, each at its newest resolved version, with includeDependencyDepth="none".

Usage, after editing the roots in a copy of the target whose first location has includeDependencyDepth="infinite":
    ./mvnw -X compile -pl releng/org.natsume.target,bundles/org.natsume.gef.compat.jface > /tmp/pin.log 2>&1
    python3 releng/pin-target.py /tmp/pin.log releng/org.natsume.target/org.natsume.target.target
"""
import re
import sys

# artifacts that belong to the other (already exact) locations of the target
OTHER_LOCATIONS = {'org.junit.jupiter', 'org.junit.platform', 'org.opentest4j', 'org.apiguardian',
                   'org.apache.aries.spifly', 'org.ow2.asm', 'org.hdrhistogram', 'jakarta.xml.bind', 'jakarta.activation'}
GEF = {('org.eclipse', 'draw2d'), ('org.eclipse', 'gef')}


def version_key(v):
    return [(0, int(p)) if p.isdigit() else (1, p) for p in re.split(r'[.\-]', v)]


def main(log_path, target_path):
    newest = {}
    for line in open(log_path, encoding='utf-8'):
        m = re.search(r'Resolved AetherArtifactFacade \[for =([^:]+):([^:]+):jar:([^\]]+)\]', line)
        if not m:
            continue
        g, a, v = m.groups()
        if g in OTHER_LOCATIONS or (g, a) in GEF:
            continue
        if (g, a) not in newest or version_key(v) > version_key(newest[(g, a)]):
            newest[(g, a)] = v
    if not newest:
        sys.exit('no "Resolved AetherArtifactFacade" lines in %s: run Maven with -X' % log_path)
    rows = ['        <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>'
            '<type>jar</type></dependency>' % (g, a, v) for (g, a), v in sorted(newest.items())]
    src = open(target_path, encoding='utf-8').read()
    start = src.index('<location type="Maven"')
    deps_start = src.index('<dependencies>', start) + len('<dependencies>')
    deps_end = src.index('      </dependencies>', start)
    location = src[start:deps_start].replace('includeDependencyDepth="infinite"', 'includeDependencyDepth="none"')
    out = src[:start] + location + '\n' + '\n'.join(rows) + '\n' + src[deps_end:]
    tmp = target_path + '.tmp'
    open(tmp, 'w', encoding='utf-8').write(out)
    import os
    os.replace(tmp, target_path)
    print('pinned %d artifacts' % len(rows))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
