#!/usr/bin/env bash
# Runs Dyad's Spark job in local mode through SparkSubmit, as spark-submit --master 'local[N]' would, from the Spark
# jars Maven resolved: the measurements of docs/spark.md (throughput per core, the smallest heap that works).
#
#   dyad-spark/src/test/scripts/local-run.sh 'local[N]' HEAP OUTPUT_DIR INPUT...
#
# HEAP is the driver's -Xmx (in local mode the executor is the driver: the whole job runs in this one JVM), e.g. 1g.
# Needs DYAD_JOB_JAR, DYAD_SPARK_CLASSPATH and DYAD_MODELS_JAR as standalone-cluster.sh does; DYAD_JAVA_OPTS adds JVM
# options (e.g. -Xlog:gc:file=gc.log). Prints the job's summary line, then the wall time and CPU time of the whole
# JVM (local-run: ...); exit code as the job's.
set -euo pipefail
if [ "$#" -lt 4 ]; then
  echo "usage: $0 'local[N]' HEAP OUTPUT_DIR INPUT..." >&2
  exit 2
fi
master="$1"; heap="$2"; out="$3"; shift 3
: "${DYAD_JOB_JAR:?set DYAD_JOB_JAR}" "${DYAD_SPARK_CLASSPATH:?set DYAD_SPARK_CLASSPATH}" "${DYAD_MODELS_JAR:?set DYAD_MODELS_JAR}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export SPARK_LOCAL_IP=127.0.0.1
started=$(date +%s.%N)
set +e
# shellcheck disable=SC2086
"$java" -Xmx"$heap" ${DYAD_JAVA_OPTS:-} -cp "$(cat "$DYAD_SPARK_CLASSPATH")" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --class org.dyad.spark.CodeJob \
  --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 \
  --jars "$DYAD_MODELS_JAR" "$DYAD_JOB_JAR" --output "$out" --overwrite "$@"
rc=$?
set -e
ended=$(date +%s.%N)
# The JVM's CPU time (user and system, every thread: model loading, Spark, coding): the shell's children's times
# (the builtin run in this shell, not in a subshell, which has no children).
times_file=$(mktemp)
times > "$times_file"
cpu=$(tail -n 1 "$times_file")
rm -f "$times_file"
echo "local-run: $master, -Xmx$heap: exit code $rc, $(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.1f", b - a }') s wall including the JVM's start" \
  "and model loading; CPU of the JVM (user, system): $cpu"
exit "$rc"
