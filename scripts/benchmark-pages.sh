#!/usr/bin/env bash
# Times the most opened pages over HTTP (the Java main ir.pishkhan.portal.web.bench.PagesBenchmark), one user, on the
# built portal with its demo data on a fresh H2 database, twice: with the sessions as shipped for one instance (in
# memory) and with Payara's session availability on (each request serializes the session through the replication
# store, as several instances need); writes docs/benchmark-pages.md. Not a test: it asserts nothing.
#
# Settings (environment): BENCH_WARMUP (20), BENCH_RUNS (100), BENCH_OUT (docs/benchmark-pages.md),
#   MVN ("mvn -B -o -q"), SKIP_BUILD=1 to use the last build
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-mvn -B -o -q}
OUT=${BENCH_OUT:-docs/benchmark-pages.md}
. scripts/bench-portal.sh
build_bench_portal
work=$(mktemp -d)
trap 'kill "${run:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
cat >"$OUT" <<HEAD
# The most opened pages over HTTP: benchmark

Written by \`scripts/benchmark-pages.sh\` (the Java main \`PagesBenchmark\` in portal-web's test classes) on $(date -u +%FT%TZ),
$(nproc) cores. The built WAR on Payara Micro with its demo data on a fresh H2 database, one client, one request after
another, each section a portal of its own.
HEAD

bench() { # title, pre-boot commands file
  local port data
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  data="$work/data-$port"
  echo "== $1 (port $port)"
  PORT=$port PORTAL_DATA=$data PORTAL_PREBOOT=$2 SKIP_BUILD=1 bash scripts/run.sh >"$work/run-$port.log" 2>&1 &
  run=$!
  for _ in $(seq 1 300); do
    grep -q "is running" "$work/run-$port.log" && break
    kill -0 $run 2>/dev/null || { cat "$work/run-$port.log"; exit 1; }
    sleep 1
  done
  java -cp "portal-web/target/test-classes:$(cat "$CP_FILE")" ir.pishkhan.portal.web.bench.PagesBenchmark \
    "http://127.0.0.1:$port" "$OUT" "$1" "${BENCH_WARMUP:-20}" "${BENCH_RUNS:-100}"
  kill $run; wait $run 2>/dev/null || true
}

bench "Sessions in memory (pre-boot-commands.txt as shipped, one instance)" portal-web/src/main/payara/pre-boot-commands.txt
grep -v availability-enabled portal-web/src/main/payara/pre-boot-commands.txt >"$work/replicated.txt"
bench "Sessions through Payara's replication store (availability on, as for several instances)" "$work/replicated.txt"
echo "== Written: $OUT"
