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
MVN=${MVN:-mvn -B -o -q}
HOST=${TEST_PG_HOST:-127.0.0.1}; PGPORT_=${TEST_PG_PORT:-5432}
USER_=${TEST_PG_USER:-postgres}; PASS_=${TEST_PG_PASSWORD:-postgres}
DB=${BENCH_DB:-pishkhan_bench}
CP_FILE=portal-web/target/bench.classpath
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -s "$CP_FILE" ]; then
  echo "== Building the portal (tests compiled, not run)"
  $MVN -pl domain,persistence,portal-web package -DskipTests
  $MVN -pl domain,persistence,portal-web test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
fi
# the generator's 5,000 offices are numbered 14-71-NNNN like the demo offices the portal adds at its first start (the
# guild's demo account signs in here): before that first start, the generated ones are renamed out of their way
PGPASSWORD="$PASS_" psql -q -h "$HOST" -p "$PGPORT_" -U "$USER_" -d "$DB" -c "UPDATE office SET licence_number =
  'bench-' || licence_number WHERE licence_number NOT LIKE 'bench-%' AND NOT EXISTS (SELECT 1 FROM user_account)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
root=$(mktemp -d); log="$root/server.log"
echo "== Starting the portal on port $port over $DB (log: $log)"
PORTAL_DB_CLASS=org.postgresql.ds.PGSimpleDataSource PORTAL_DB_URL="jdbc:postgresql://$HOST:$PGPORT_/$DB" \
PORTAL_DB_USER="$USER_" PORTAL_DB_PASSWORD="$PASS_" \
  java -jar portal-web/target/payara-micro.jar --deploy portal-web/target/portal.war --contextroot / \
  --port "$port" --nocluster --interfaces 127.0.0.1 --rootDir "$root" \
  --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.txt \
  --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login.xhtml" || true)
  [ "$code" = 200 ] && break
  kill -0 $pid 2>/dev/null || { tail -50 "$log"; echo "the portal stopped" >&2; exit 1; }
  sleep 2
done
[ "$code" = 200 ] || { tail -50 "$log"; echo "the portal did not answer" >&2; exit 1; }
echo "== Timing"
java -cp "portal-web/target/test-classes:$(cat "$CP_FILE")" ir.pishkhan.portal.web.bench.FiguresBenchmark \
  "http://127.0.0.1:$port" "jdbc:postgresql://$HOST:$PGPORT_/$DB" "$USER_" "$PASS_" \
  "${BENCH_OUT:-docs/benchmark-figures.md}" "${BENCH_WARMUP:-5}" "${BENCH_RUNS:-30}"
