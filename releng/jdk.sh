# Sourced by ./mvnw and ./natsume: finds a JDK 21+ and exports JAVA_HOME, or stops with a clear message.
# Eclipse 4.3x bundles and Tycho 5 are class-file version 65, so Java 21 is the floor.

natsume_java_major() { # prints the major version of the java binary $1
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}

natsume_find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        major=$(natsume_java_major "$JAVA_HOME/bin/java")
        if [ "${major:-0}" -ge 21 ]; then return 0; fi
        echo "natsume: JAVA_HOME=$JAVA_HOME is Java ${major:-?}; looking for a JDK 21+ instead." >&2
    fi
    best= ; best_major=0
    for candidate in /usr/lib/jvm/* /usr/java/* "$HOME"/.sdkman/candidates/java/* /opt/java/*; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(natsume_java_major "$candidate/bin/java")
        if [ "${major:-0}" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
    done
    if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        best_major=$(natsume_java_major "$candidate/bin/java"); best=$candidate
    fi
    if [ -z "$best" ] || [ "${best_major:-0}" -lt 21 ]; then
        echo "natsume: needs a JDK 21 or newer (javac included); found ${best:-none} (Java ${best_major:-?})." >&2
        echo "natsume: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25) or set JAVA_HOME to it." >&2
        return 1
    fi
    export JAVA_HOME="$best"
}
