#!/usr/bin/env bash
# Benchmark: POST /api/v1/orders on a running deploy/run (embedded database), driven from a JVM of
# its own (ApiLoad.java) at 1, 8 and 32 clients, each for BENCH_SECONDS (30) after a warm-up of
# BENCH_WARMUP seconds (300) at 32 clients: the server's JIT is still at work for minutes, and a
# short warm-up measures it rather than the API.
# Uses its own data folder and ports, so it never touches var/. The demo tenant BFG's API rate limit
# is raised for the run. Prints a Markdown table and /proc/loadavg before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
export ORDERPOOL_VAR="$PWD/target/bench-var"
export ORDERPOOL_PORT="${BENCH_PORT:-18080}"
export ORDERPOOL_EMBEDDED_DB_PORT="${BENCH_DB_PORT:-13307}"
SECONDS_EACH="${BENCH_SECONDS:-30}"
WARMUP="${BENCH_WARMUP:-300}"
rm -rf "$ORDERPOOL_VAR"
log=target/bench-api-load.log
deploy/run >"$log" 2>&1 </dev/null &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until grep -q "is ready" "$log"; do
  kill -0 $pid 2>/dev/null || { echo "deploy/run failed, see $log"; exit 1; }
  sleep 1
done
key=$(grep -o "API key (BFG): [^ ]*" "$log" | awk '{print $4}')
"$ORDERPOOL_VAR/mariadb/bin/mariadb" -h127.0.0.1 -P"$ORDERPOOL_EMBEDDED_DB_PORT" -uroot -e \
  "INSERT INTO tenant_bfg.tenant_setting VALUES ('api.rate-limit-per-minute','1000000')
   ON DUPLICATE KEY UPDATE value = '1000000'" 2>/dev/null
sleep 61 # the rate limiter re-reads the limit once a minute
url="http://127.0.0.1:$ORDERPOOL_PORT/api/v1/orders"
java deploy/bench/ApiLoad.java "$url" "$key" 32 "$WARMUP" warm >/dev/null
echo "loadavg before: $(cat /proc/loadavg)"
echo "| clients | orders | other answers | orders/s | p50 | p99 |"
echo "|---|---|---|---|---|---|"
for clients in 1 8 32; do
  java deploy/bench/ApiLoad.java "$url" "$key" "$clients" "$SECONDS_EACH" "c$clients"
done
echo "loadavg after: $(cat /proc/loadavg)"
