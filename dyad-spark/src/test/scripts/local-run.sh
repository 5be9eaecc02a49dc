#!/usr/bin/env bash
# Runs Dyad's Spark job in local mode through SparkSubmit, as spark-submit --master 'local[N]' would, from the Spark
# jars Maven resolved: the measurements of docs/spark.md (throughput per core, the smallest heap that works).
#
#   dyad-spark/src/test/scripts/local-run.sh 'local[N]' HEAP OUTPUT_DIR INPUT...
#
# HEAP is the driver's -Xmx (in local mode the executor is the driver: the whole job runs in this one JVM), e.g. 1g.
# Needs DYAD_JOB_JAR, DYAD_SPARK_CLASSPATH and DYAD_MODELS_JAR as standalone-cluster.sh does; DYAD_JAVA_OPTS adds JVM
# options (e.g. -Xlog:gc:file=gc.log). Prints the job's summary line; exit code as the job's.
set -euo pipefail
if [ "$#" -lt 4 ]; then
  echo "usage: $0 'local[N]' HEAP OUTPUT_DIR INPUT..." >&2
  exit 2
fi
master="$1"; heap="$2"; out="$3"; shift 3
: "${DYAD_JOB_JAR:?set DYAD_JOB_JAR}" "${DYAD_SPARK_CLASSPATH:?set DYAD_SPARK_CLASSPATH}" "${DYAD_MODELS_JAR:?set DYAD_MODELS_JAR}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export SPARK_LOCAL_IP=127.0.0.1
# shellcheck disable=SC2086
exec "$java" -Xmx"$heap" ${DYAD_JAVA_OPTS:-} -cp "$(cat "$DYAD_SPARK_CLASSPATH")" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --class org.dyad.spark.CodeJob \
  --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 \
  --jars "$DYAD_MODELS_JAR" "$DYAD_JOB_JAR" --output "$out" --overwrite "$@"
