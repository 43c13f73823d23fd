#!/bin/sh
# The install test's checks (see pom.xml), after the p2 director installed org.natsume.feature into the bare platform:
#  1. the p2 repository (directory and zip) carries Natsume's feature and bundles, and no org.eclipse.ui, SWT or
#     launcher bundle;
#  2. the bare platform had no Natsume bundle before and has all of them now, each listed in bundles.info;
#  3. the installed command line (org.natsume.cli.app) writes an example topology and validates it;
#  4. the installed workbench (org.natsume.ui.application, needs DISPLAY; ./mvnw starts an Xvfb) opens that
#     topology in the Natsume topology editor and closes (-Dnatsume.openAndExit=true prints what it opened).
# usage: install-check.sh JAVA PLATFORM_DIR REPOSITORY_TARGET_DIR WORK_DIR
set -eu
JAVA=$1 PLATFORM=$2 REPO=$3 WORK=$4
fail() { echo "install-check: FAILED: $*" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK"

# 1. repository content
BUNDLES="io model model.edit trace topology configio sim sweep timeline.core cli ui timeline editor gef.compat.jface gef.compat.workbench"
ls "$REPO"/repository/features/org.natsume.feature_*.jar >/dev/null 2>&1 || fail "the repository has no org.natsume.feature"
for b in $BUNDLES; do
    ls "$REPO"/repository/plugins/org.natsume."$b"_*.jar >/dev/null 2>&1 || fail "the repository has no org.natsume.$b"
done
ZIP=$(ls "$REPO"/org.natsume.repository-*.zip | head -n 1)
JAR="$(dirname "$JAVA")/jar"
if [ -x "$JAR" ]; then zipped=$("$JAR" tf "$ZIP"); else zipped=$(unzip -Z1 "$ZIP"); fi
for listing in "$(ls "$REPO"/repository/plugins "$REPO"/repository/features)" "$zipped"; do
    bad=$(printf '%s\n' "$listing" | sed 's#.*/##' | grep -E '^(org\.eclipse\.ui_|org\.eclipse\.swt|org\.eclipse\.equinox\.launcher|org\.eclipse\.rcp)' || true)
    [ -z "$bad" ] || fail "the repository carries platform bundles it must leave to the IDE: $bad"
done
echo "install-check: repository: org.natsume.feature and its $(echo $BUNDLES | wc -w) bundles; no org.eclipse.ui, SWT or launcher ($ZIP checked too)"

# 2. installed bundles
INFO="$PLATFORM/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
[ -f "$INFO" ] || fail "no $INFO"
for b in $BUNDLES; do
    grep -q "^org\.natsume\.$b," "$INFO" || fail "org.natsume.$b is not in the installed platform's bundles.info"
    ls "$PLATFORM"/plugins/org.natsume."$b"_*.jar >/dev/null 2>&1 || fail "org.natsume.$b is not in $PLATFORM/plugins"
done
for b in org.eclipse.gef org.eclipse.draw2d org.eclipse.elk.core org.eclipse.elk.alg.layered org.eclipse.emf.edit; do
    grep -q "^$b," "$INFO" || fail "$b (required by org.natsume.feature) was not installed"
done
echo "install-check: installed: every Natsume bundle, GEF, ELK and EMF.Edit are in bundles.info"

LAUNCHER=$(ls "$PLATFORM"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
run() { # run APP ARGS...: start the installed platform with that application (system properties in $PROPS)
    app=$1; shift
    timeout 600 "$JAVA" -Xmx1g -Dnatsume.cwd="$WORK" -Dnatsume.welcome=false ${PROPS:-} -jar "$LAUNCHER" \
        -application "$app" -data "$WORK/workspace" -nosplash "$@"
}

# 3. headless command line in the installed platform
( cd "$WORK" && run org.natsume.cli.app example paper-case3-passthrough-unshared -o "$WORK/case3.natsume" ) >"$WORK/cli.log" 2>&1 \
    || { cat "$WORK/cli.log" >&2; fail "the installed 'natsume example' did not run"; }
( cd "$WORK" && run org.natsume.cli.app validate "$WORK/case3.natsume" ) >>"$WORK/cli.log" 2>&1 \
    || { cat "$WORK/cli.log" >&2; fail "the installed 'natsume validate' did not accept the example"; }
echo "install-check: the installed command line wrote and validated case3.natsume"

# 4. the installed workbench opens the topology
[ -n "${DISPLAY:-}" ] || fail "DISPLAY is unset; the workbench check needs an X server (./mvnw starts an Xvfb when Xvfb is installed)"
( cd "$WORK" && PROPS=-Dnatsume.openAndExit=true run org.natsume.ui.application case3.natsume ) >"$WORK/workbench.log" 2>&1 \
    || { cat "$WORK/workbench.log" >&2; fail "the installed workbench exited with an error"; }
line=$(grep '^natsume: case3.natsume: opened in org.natsume.editor' "$WORK/workbench.log" || true)
[ -n "$line" ] || { cat "$WORK/workbench.log" >&2; fail "the installed workbench did not open case3.natsume in the topology editor"; }
case "$line" in *"(Topology with "*" objects)"*) ;; *) fail "the editor opened but loaded no topology: $line" ;; esac
echo "install-check: the installed workbench: $line"
