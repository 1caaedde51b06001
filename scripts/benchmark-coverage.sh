#!/usr/bin/env bash
# Times the delegation coverage report (issue 11: services × counties, active offices authorised out of all) on a
# PostgreSQL database of its own that it fills first (60 agencies × 40 services, 5,000 offices in 30 counties, the
# authorisations made with SQL); writes docs/benchmark-coverage.md.
#
# Settings (environment): TEST_PG_HOST, TEST_PG_PORT, TEST_PG_USER, TEST_PG_PASSWORD as for the tests;
#   BENCH_COVERAGE_DB (pishkhan_coveragebench, dropped and made anew), BENCH_OFFICES (5000),
#   BENCH_REUSE=true (time the database an earlier run made, without making it anew),
#   BENCH_WARMUP (3), BENCH_RUNS (20), BENCH_OUT (docs/benchmark-coverage.md)
#   MVN ("mvn -B -o -q")        SKIP_BUILD=1 to use the classes already built
set -euo pipefail
exec bash "$(dirname "$0")/persistence-benchmark.sh" CoverageBenchmark "the delegation coverage report (database ${BENCH_COVERAGE_DB:-pishkhan_coveragebench})" \
  -Dbench.db="${BENCH_COVERAGE_DB:-pishkhan_coveragebench}" -Dbench.offices="${BENCH_OFFICES:-5000}" \
  -Dbench.reuse="${BENCH_REUSE:-false}" -Dbench.warmup="${BENCH_WARMUP:-3}" -Dbench.runs="${BENCH_RUNS:-20}" \
  -Dbench.out="${BENCH_OUT:-docs/benchmark-coverage.md}"
