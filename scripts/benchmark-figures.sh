#!/usr/bin/env bash
# Times the compliance figures through the front door — the public scorecard (kept, and counted), the guild's
# dashboard — over HTTP on the built portal running on the benchmark database, beside the bare SQL they need; writes
# docs/benchmark-figures.md. Not a test: it asserts nothing.
#
# Fill the database first with scripts/generate-data.sh (a million complaints). This script builds the WAR (unless
# SKIP_BUILD=1), starts Payara Micro on a free port over that database (demo accounts are added to it: the guild's
# anjoman signs in), runs the Java main ir.pishkhan.portal.web.bench.FiguresBenchmark from portal-web's test classes,
# and stops the portal.
#
# Settings (environment): TEST_PG_HOST (127.0.0.1), TEST_PG_PORT (5432), TEST_PG_USER (postgres),
#   TEST_PG_PASSWORD (postgres), BENCH_DB (pishkhan_bench), BENCH_WARMUP (5), BENCH_RUNS (30),
#   BENCH_OUT (docs/benchmark-figures.md), MVN ("mvn -B -o -q"), SKIP_BUILD=1 to use the last build
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-pishkhan_bench}
. scripts/bench-portal.sh
build_bench_portal
start_bench_portal
echo "== Timing"
java -cp "portal-web/target/test-classes:$(cat "$CP_FILE")" ir.pishkhan.portal.web.bench.FiguresBenchmark \
  "http://127.0.0.1:$port" "jdbc:postgresql://$HOST:$PGPORT_/$DB" "$USER_" "$PASS_" \
  "${BENCH_OUT:-docs/benchmark-figures.md}" "${BENCH_WARMUP:-5}" "${BENCH_RUNS:-30}"
