#!/usr/bin/env bash
# Times the delegation coverage report through the front door (issue 11): the built portal on Payara Micro over the
# database scripts/benchmark-coverage.sh made (60 agencies × 40 services, 5,000 offices, 2.2 million authorisations),
# signed in as the secretariat: every agency, an agency's first page, the next pages by the page's button; beside the
# bare SQL of a page. Writes docs/benchmark-coverage-pages.md. Not a test: it asserts nothing.
#
# Run scripts/benchmark-coverage.sh first (it makes the database). The portal adds its demo accounts to the database
# at its first start over it (the secretariat's dabir signs in here).
#
# Settings (environment): TEST_PG_HOST (127.0.0.1), TEST_PG_PORT (5432), TEST_PG_USER (postgres),
#   TEST_PG_PASSWORD (postgres), BENCH_COVERAGE_DB (pishkhan_coveragebench), BENCH_WARMUP (10), BENCH_RUNS (60),
#   BENCH_OUT (docs/benchmark-coverage-pages.md), MVN ("mvn -B -o -q"), SKIP_BUILD=1 to use the last build
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_COVERAGE_DB:-pishkhan_coveragebench}
. scripts/bench-portal.sh
build_bench_portal
start_bench_portal
echo "== Timing"
java -cp "portal-web/target/test-classes:$(cat "$CP_FILE")" ir.pishkhan.portal.web.bench.CoveragePagesBenchmark \
  "http://127.0.0.1:$port" "jdbc:postgresql://$HOST:$PGPORT_/$DB" "$USER_" "$PASS_" \
  "${BENCH_OUT:-docs/benchmark-coverage-pages.md}" "${BENCH_WARMUP:-10}" "${BENCH_RUNS:-60}"
