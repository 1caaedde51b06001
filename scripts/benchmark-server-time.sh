#!/usr/bin/env bash
# A page's time on the server beside the SQL it needs (issue 14: within 30 ms at p95), over HTTP on the built portal
# running on the benchmark database: the Java main ir.pishkhan.portal.web.bench.ServerTimeBenchmark times the pages
# people open most, one request after another, and reads each request's page event (JDK Flight Recorder,
# ir.pishkhan.Page: the server's time and the part of it in SQL) from a recording of that event only. Appends a
# section to docs/benchmark-server-time.md. Not a test: it asserts nothing.
#
# Fill the database first with scripts/generate-data.sh (a million complaints). The portal adds its demo accounts
# at its first start over it (dabir and office.hera sign in here).
#
# Settings (environment): TEST_PG_HOST (127.0.0.1), TEST_PG_PORT (5432), TEST_PG_USER (postgres),
#   TEST_PG_PASSWORD (postgres), BENCH_DB (pishkhan_bench), BENCH_WARMUP (20), BENCH_RUNS (100),
#   BENCH_OUT (docs/benchmark-server-time.md), BENCH_TITLE (the section's title), MVN ("mvn -B -o -q"),
#   SKIP_BUILD=1 to use the last build
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-pishkhan_bench}
OUT=${BENCH_OUT:-docs/benchmark-server-time.md}
. scripts/bench-portal.sh
build_bench_portal
settings=$(mktemp --suffix=.jfc)
cat >"$settings" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="Pishkhan pages" description="The portal's page events only">
  <event name="ir.pishkhan.Page"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
</configuration>
JFC
start_bench_portal JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=name=pages,settings=$settings"
complaints=$(PGPASSWORD="$PASS_" psql -qtA -h "$HOST" -p "$PGPORT_" -U "$USER_" -d "$DB" -c "SELECT count(*) FROM complaint")
if [ ! -s "$OUT" ]; then
  cat >"$OUT" <<HEAD
# A page's server time beside its SQL: benchmark

Written by \`scripts/benchmark-server-time.sh\` (the Java main \`ServerTimeBenchmark\` in portal-web's test classes).
The built WAR on Payara Micro over the benchmark database (PostgreSQL on the same machine), recording only the
portal's page events (JDK Flight Recorder, \`ir.pishkhan.Page\`). Goal (issue 14): a page's server time at p95 within
30 ms of the SQL it needs. Each section below is one run; the newest last.
HEAD
fi
echo "== Timing"
java -cp "portal-web/target/test-classes:$(cat "$CP_FILE")" ir.pishkhan.portal.web.bench.ServerTimeBenchmark \
  "http://127.0.0.1:$port" "$pid" "$OUT" "${BENCH_WARMUP:-20}" "${BENCH_RUNS:-100}" \
  "${BENCH_TITLE:-$(date -u +%FT%TZ), $(nproc) cores, $complaints complaints, $(git rev-parse --short HEAD)}"
rm -f "$settings"
