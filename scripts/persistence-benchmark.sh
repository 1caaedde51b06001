#!/usr/bin/env bash
# Runs one of the persistence module's benchmarks (a Java main in persistence's test classes, with EclipseLink's agent)
# on PostgreSQL: what scripts/benchmark-lines.sh and scripts/benchmark-coverage.sh share.
#
# Usage: persistence-benchmark.sh CLASS WHAT [-Dbench.…=… …]   (CLASS in ir.pishkhan.portal.persistence)
# Settings (environment): TEST_PG_HOST, TEST_PG_PORT, TEST_PG_USER, TEST_PG_PASSWORD as for the tests;
#   MVN ("mvn -B -o -q"); SKIP_BUILD=1 to use the classes already built
set -euo pipefail
cd "$(dirname "$0")/.."
class=$1 what=$2
shift 2

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

echo "== Benchmarking $what"
exec java -Xmx1g -javaagent:"$AGENT" \
  -Dtest.pg.host="${TEST_PG_HOST:-127.0.0.1}" -Dtest.pg.port="${TEST_PG_PORT:-5432}" \
  -Dtest.pg.user="${TEST_PG_USER:-postgres}" -Dtest.pg.password="${TEST_PG_PASSWORD:-postgres}" \
  "$@" -cp "persistence/target/test-classes:persistence/target/classes:$CP" \
  "ir.pishkhan.portal.persistence.$class"
