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
cd "$(dirname "$0")/.."

MVN=${MVN:-mvn -B -o -q}
CP_FILE=persistence/target/bench.classpath

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -s "$CP_FILE" ]; then
  echo "== Building domain and persistence (tests compiled, not run)"
  # one reactor build: the domain's classes come from domain/target, nothing is installed in ~/.m2
  $MVN -pl persistence -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
fi
CP=$(cat "$CP_FILE")
AGENT=$(tr ':' '\n' <<<"$CP" | grep '/org.eclipse.persistence.jpa-[0-9][^/]*\.jar$' | head -1)
[ -n "$AGENT" ] || { echo "EclipseLink's jar is not on the class path" >&2; exit 1; }

echo "== Benchmarking the delegation coverage report (database ${BENCH_COVERAGE_DB:-pishkhan_coveragebench})"
exec java -Xmx1g -javaagent:"$AGENT" \
  -Dtest.pg.host="${TEST_PG_HOST:-127.0.0.1}" -Dtest.pg.port="${TEST_PG_PORT:-5432}" \
  -Dtest.pg.user="${TEST_PG_USER:-postgres}" -Dtest.pg.password="${TEST_PG_PASSWORD:-postgres}" \
  -Dbench.db="${BENCH_COVERAGE_DB:-pishkhan_coveragebench}" -Dbench.offices="${BENCH_OFFICES:-5000}" \
  -Dbench.reuse="${BENCH_REUSE:-false}" -Dbench.warmup="${BENCH_WARMUP:-3}" -Dbench.runs="${BENCH_RUNS:-20}" \
  -Dbench.out="${BENCH_OUT:-docs/benchmark-coverage.md}" \
  -cp "persistence/target/test-classes:persistence/target/classes:$CP" \
  ir.pishkhan.portal.persistence.CoverageBenchmark
