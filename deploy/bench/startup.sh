#!/usr/bin/env bash
# Benchmark: cold deploy/run time to "ready" (first run on an empty data folder, then a second run),
# and the resident memory of Payara Micro after start. Uses its own data folder and ports, so it
# never touches var/. Prints one line per run.
set -euo pipefail
cd "$(dirname "$0")/../.."
export ORDERPOOL_VAR="$PWD/target/bench-var"
export ORDERPOOL_PORT="${BENCH_PORT:-18080}"
export ORDERPOOL_EMBEDDED_DB_PORT="${BENCH_DB_PORT:-13307}"
rm -rf "$ORDERPOOL_VAR"
mvn -B -q package -DskipTests -Dspotless.check.skip=true

run_once() {
  local label=$1 log="target/bench-$1.log"
  local start=$(date +%s.%N)
  deploy/run >"$log" 2>&1 </dev/null &
  local pid=$!
  until grep -q "is ready" "$log"; do
    if ! kill -0 $pid 2>/dev/null; then echo "run failed, see $log"; exit 1; fi
    sleep 0.2
  done
  local end=$(date +%s.%N)
  local payara=$(grep -o "Payara Micro pid [0-9]*" "$log" | grep -o "[0-9]*$")
  sleep 5
  local rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$payara/status)
  printf "%-6s run: ready in %.1f s (wall, incl. JVM + MariaDB start), Payara Micro RSS %d MiB\n" \
    "$label" "$(echo "$end - $start" | bc)" "$rss"
  kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
}
run_once first
run_once second
