#!/usr/bin/env bash
# Runs Dyad's Spark job on a real Spark standalone cluster on loopback: a master and two workers, each its own JVM
# started from the Spark jars Maven resolved (no Spark download), the job submitted with SparkSubmit in client mode
# (the CoreNLP models jar shipped with --jars), the output checked, and the cluster stopped again, whatever happens.
#
#   dyad-spark/src/test/scripts/standalone-cluster.sh OUTPUT_DIR INPUT...
#
# Needs (mvn -pl dyad-spark -am package builds the first two; StandaloneClusterIT sets all four):
#   DYAD_JOB_JAR          dyad-spark/target/dyad-spark-job.jar
#   DYAD_SPARK_CLASSPATH  a file holding the Spark runtime class path (dyad-spark/target/spark-classpath.txt)
#   DYAD_MODELS_JAR       stanford-corenlp-4.5.10-models.jar (in ~/.m2 after the first build)
#   JAVA_HOME or java on the PATH
# Optional: DYAD_WORKER_MEMORY (per worker, default 2g), DYAD_EXECUTOR_MEMORY (default 1500m), DYAD_WORK (a folder
# for logs and work dirs, default a new temporary one; its logs/ are kept after the run for reading: master, workers,
# job (the driver), executor-W-N; the work dirs with their copies of the jars are removed).
# Exit code: the job's (0: coded, no errors; 3: coded, some articles in errors/), 1 when the cluster or the check
# failed.
set -euo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 OUTPUT_DIR INPUT..." >&2
  exit 2
fi
out="$1"
shift
: "${DYAD_JOB_JAR:?set DYAD_JOB_JAR to dyad-spark-job.jar}"
: "${DYAD_SPARK_CLASSPATH:?set DYAD_SPARK_CLASSPATH to the file with the Spark class path}"
: "${DYAD_MODELS_JAR:?set DYAD_MODELS_JAR to the CoreNLP models jar}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work="${DYAD_WORK:-$(mktemp -d -t dyad-standalone-XXXXXX)}"
mkdir -p "$work"
export SPARK_LOCAL_IP=127.0.0.1
# The launcher code a worker starts executors with asks for the Scala version of a Spark home.
export SPARK_SCALA_VERSION=2.13
export SPARK_LOG_DIR="$work/logs"
export SPARK_LOCAL_DIRS="$work/local"   # executors' scratch space and fetched jars, removed at the end
mkdir -p "$SPARK_LOG_DIR" "$SPARK_LOCAL_DIRS"

log() { echo "[standalone $(date +%H:%M:%S)] $*"; }

# A Spark home made of the jars Maven resolved: a worker starts each executor with SPARK_HOME/jars on its class path.
export SPARK_HOME="$work/spark-home"
mkdir -p "$SPARK_HOME/jars"
tr ':' '\n' < "$DYAD_SPARK_CLASSPATH" | while read -r jar; do
  [ -n "$jar" ] && ln -sf "$jar" "$SPARK_HOME/jars/"
done
cp="$SPARK_HOME/jars/*"

pids=()
stop() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -9 "$pid" 2>/dev/null || true
  done
  # keep the executors' logs, drop their copies of the jars (the models jar is 474 MB per executor)
  for f in "$work"/worker-*/app-*/*/stderr; do
    [ -f "$f" ] || continue
    n="$(echo "$f" | sed -E 's|.*/worker-([0-9]+)/app-[^/]+/([0-9]+)/stderr|\1-\2|')"
    cp "$f" "$work/logs/executor-$n.log"
  done
  rm -rf "$work"/worker-* "$SPARK_LOCAL_DIRS"
  log "cluster stopped (logs in $work/logs)"
}
trap stop EXIT

# Waits until FILE has a line matching PATTERN (60 s at most) and prints that line.
await() {
  local file="$1" pattern="$2"
  for _ in $(seq 1 300); do
    if grep -m1 -E "$pattern" "$file" 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "timed out waiting for /$pattern/ in $file" >&2
  tail -20 "$file" >&2 || true
  return 1
}

log "starting the master"
"$java" -Xmx256m -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
  > "$work/logs/master.log" 2>&1 &
pids+=("$!")
master="$(await "$work/logs/master.log" 'Starting Spark master at spark://' | sed -E 's/.*(spark:\/\/[^ ]+).*/\1/')"
log "master at $master"

for n in 1 2; do
  mkdir -p "$work/worker-$n"
  "$java" -Xmx256m -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores 1 --memory "${DYAD_WORKER_MEMORY:-2g}" --work-dir "$work/worker-$n" "$master" \
    > "$work/logs/worker-$n.log" 2>&1 &
  pids+=("$!")
done
for n in 1 2; do
  await "$work/logs/worker-$n.log" 'Successfully registered with master' > /dev/null
done
log "two workers registered (1 core, ${DYAD_WORKER_MEMORY:-2g} each)"

log "submitting the job: $* -> $out"
started=$(date +%s)
set +e
"$java" -Xmx1g -cp "$cp" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --deploy-mode client \
  --class org.dyad.spark.CodeJob \
  --conf spark.driver.host=127.0.0.1 \
  --conf spark.ui.enabled=false \
  --conf spark.executor.memory="${DYAD_EXECUTOR_MEMORY:-1500m}" \
  --conf spark.executor.cores=1 \
  --conf spark.scheduler.minRegisteredResourcesRatio=1.0 \
  --conf spark.scheduler.maxRegisteredResourcesWaitingTime=180s \
  --jars "$DYAD_MODELS_JAR" \
  "$DYAD_JOB_JAR" --output "$out" --overwrite "$@" \
  > "$work/logs/job.out" 2> "$work/logs/job.log"
code=$?
set -e
log "job ended with exit code $code after $(( $(date +%s) - started )) s"
cat "$work/logs/job.out"
log "executors granted by the master: $(grep -c 'Launching executor' "$work/logs/master.log" || true)"
if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
  tail -40 "$work/logs/job.log" >&2
  exit 1
fi

for table in articles mentions events errors meta; do
  if [ ! -f "$out/$table/_SUCCESS" ] || ! ls "$out/$table"/*.parquet > /dev/null 2>&1; then
    echo "no $table/ written under $out" >&2
    exit 1
  fi
done
ran_on="$(grep -h 'Finished task' "$work/logs/job.log" | sed -E 's/.*\(executor ([0-9]+)\).*/\1/' | sort -u | tr '\n' ' ')"
log "tasks ran on executors: ${ran_on:-?}"
log "output checked: articles/ mentions/ events/ errors/ meta/ written"
exit "$code"
