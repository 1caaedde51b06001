#!/usr/bin/env bash
# Times the line requests' reports (follow-up per provider and per office, resolution 1 per office) on a PostgreSQL
# database of their own that it fills first (5,000 offices, 250,000 line requests); writes docs/benchmark-lines.md.
#
# Settings (environment): TEST_PG_HOST, TEST_PG_PORT, TEST_PG_USER, TEST_PG_PASSWORD as for the tests;
#   BENCH_LINES_DB (pishkhan_linebench, dropped and made anew), BENCH_OFFICES (5000), BENCH_REQUESTS (250000),
#   BENCH_WARMUP (3), BENCH_RUNS (20), BENCH_OUT (docs/benchmark-lines.md)
#   MVN ("mvn -B -o -q")        SKIP_BUILD=1 to use the classes already built
set -euo pipefail
exec bash "$(dirname "$0")/persistence-benchmark.sh" LineReportBenchmark "the line reports (database ${BENCH_LINES_DB:-pishkhan_linebench})" \
  -Dbench.db="${BENCH_LINES_DB:-pishkhan_linebench}" -Dbench.offices="${BENCH_OFFICES:-5000}" \
  -Dbench.requests="${BENCH_REQUESTS:-250000}" -Dbench.warmup="${BENCH_WARMUP:-3}" -Dbench.runs="${BENCH_RUNS:-20}" \
  -Dbench.out="${BENCH_OUT:-docs/benchmark-lines.md}"
