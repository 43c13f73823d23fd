#!/usr/bin/env bash
# Submits a sweep to Spark with the job this module builds (docs/sweeps.md "Engines"):
#   spark/submit.sh [SPARK-SUBMIT OPTIONS ...] -- SPEC OUT [--parquet URI]
#   spark/submit.sh --master 'local[2]' -- docs/sweeps/flood-vs-routing.json out/flood-spark
# The job jar goes to spark-submit as the application, every jar of its lib folder (the Natsume bundles whole,
# EMF, HdrHistogram) as --jars. NATSUME_SPARK_JAR names another job jar (its lib folder beside it, as the build
# lays them out); spark-submit is SPARK_HOME's or the one on PATH.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${NATSUME_SPARK_JAR:-$HERE/target/natsume-spark-job.jar}
LIB="${JAR%.jar}/lib"
if [ ! -f "$JAR" ]; then
    echo "submit.sh: no job jar at $JAR: build it with ./mvnw verify (or set NATSUME_SPARK_JAR)" >&2
    exit 2
fi
JARS=$(find "$LIB" -maxdepth 1 -name '*.jar' 2>/dev/null | sort | paste -sd, -)
if [ -z "$JARS" ]; then
    echo "submit.sh: $LIB holds no jar: copy the lib folder with the job jar" >&2
    exit 2
fi
if [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ]; then
    SUBMIT=$SPARK_HOME/bin/spark-submit
elif command -v spark-submit >/dev/null 2>&1; then
    SUBMIT=spark-submit
else
    echo "submit.sh: needs spark-submit (Apache Spark 4.x): put it on PATH or set SPARK_HOME" >&2
    exit 2
fi
opts=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    opts+=("$1")
    shift
done
if [ $# -eq 0 ]; then
    echo "usage: spark/submit.sh [SPARK-SUBMIT OPTIONS ...] -- SPEC OUT [--parquet URI]" >&2
    exit 2
fi
shift # the --
exec "$SUBMIT" "${opts[@]}" --class org.natsume.spark.SweepJob --jars "$JARS" "$JAR" "$@"
