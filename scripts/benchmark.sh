#!/usr/bin/env bash
# Times the complaint lists on the benchmark database and writes docs/benchmark.md. Not a test: it asserts
# nothing and takes a few minutes.
#
# Fill the database first with scripts/generate-data.sh (a million complaints). This script builds the domain and
# persistence modules (tests compiled, not run) and runs the Java main ir.pishkhan.portal.persistence.ComplaintBenchmark
# from persistence's test classes with plain `java -cp` (class path from `mvn dependency:build-classpath`), with
# EclipseLink's jar as -javaagent so that the entities are woven as on Payara (lazy to-one relations stay lazy).
#
# For each case — the first page of the triage queue, a filtered page, the deepest page (Direction.LAST), text
# searches, paging AFTER a cursor deep in the list — it times, 5 warm-up + 30 measured runs, a page of 20 rows and
# its capped count (10,000) through JpaComplaintRepository on EclipseLink (the server's code), then the very
# statements that ran (recorded, same bound values) with plain JDBC, and writes p50 and p95 of both, the plans
# (EXPLAIN ANALYZE, BUFFERS) of the id and count queries, and the data sizes to docs/benchmark.md. A section
# between "<!-- analysis -->" and the plans, written by hand, is kept when the report is written again.
#
# Settings (environment):
#   TEST_PG_HOST (127.0.0.1), TEST_PG_PORT (5432), TEST_PG_USER (postgres), TEST_PG_PASSWORD (postgres)
#   BENCH_DB (pishkhan_bench)   BENCH_WARMUP (5)   BENCH_RUNS (30)   BENCH_OUT (docs/benchmark.md)
#   BENCH_PREPARE_THRESHOLD     pgjdbc's prepareThreshold for the benchmark's connections (0, the portal's data source's:
#                               DataSourceConfig; 5 is the driver's default, whose generic plans docs/benchmark.md shows)
#   MVN ("mvn -B -o -q")        SKIP_BUILD=1 to use the classes already built
set -euo pipefail
exec bash "$(dirname "$0")/persistence-benchmark.sh" ComplaintBenchmark "(database ${BENCH_DB:-pishkhan_bench})" \
  -Dbench.db="${BENCH_DB:-pishkhan_bench}" -Dbench.warmup="${BENCH_WARMUP:-5}" -Dbench.runs="${BENCH_RUNS:-30}" \
  -Dbench.out="${BENCH_OUT:-docs/benchmark.md}" -Dbench.prepareThreshold="${BENCH_PREPARE_THRESHOLD:-0}"
