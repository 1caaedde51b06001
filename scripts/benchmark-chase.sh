#!/usr/bin/env bash
# Times how the portal chases people at scale (issue 10) through the front door of the built portal running on the
# benchmark database: the escalation ladder's pass over every record past its deadline (twice: run twice, act once),
# then the mail worker draining a backlog of pending mails into a real SMTP server (GreenMail, started by the
# benchmark on a port given to the portal), while a signed-in user keeps opening the triage queue and the
# secretariat's home; writes docs/benchmark-chase.md. Not a test: it asserts nothing.
#
# Fill the database first with scripts/generate-data.sh (a million complaints). The pass takes the rungs of every
# late record, so a second run finds them taken: run generate-data.sh again for figures of a first pass.
#
# Settings (environment): TEST_PG_HOST (127.0.0.1), TEST_PG_PORT (5432), TEST_PG_USER (postgres),
#   TEST_PG_PASSWORD (postgres), BENCH_DB (pishkhan_bench), BENCH_MAILS (100000), BENCH_RUNS (40),
#   BENCH_INTERVAL (5: the mail worker's interval in seconds), BENCH_LIMIT_MINUTES (60: the longest a run is waited for), BENCH_LADDER (true; false: the mails only), BENCH_OUT (docs/benchmark-chase.md),
#   MVN ("mvn -B -o -q"), SKIP_BUILD=1 to use the last build
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-mvn -B -o -q}
HOST=${TEST_PG_HOST:-127.0.0.1}; PGPORT_=${TEST_PG_PORT:-5432}
USER_=${TEST_PG_USER:-postgres}; PASS_=${TEST_PG_PASSWORD:-postgres}
DB=${BENCH_DB:-pishkhan_bench}
INTERVAL=${BENCH_INTERVAL:-5}
CP_FILE=portal-web/target/bench.classpath
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -s "$CP_FILE" ]; then
  echo "== Building the portal (tests compiled, not run)"
  $MVN -pl domain,persistence,portal-web package -DskipTests -Dspotbugs.skip=true
  $MVN -pl domain,persistence,portal-web test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath -Dspotbugs.skip=true
fi
smtp=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# the generator's 5,000 offices are numbered 14-71-NNNN like the demo offices the portal adds at its first start (the
# guild's demo account signs in here): before that first start, the generated ones are renamed out of their way
PGPASSWORD="$PASS_" psql -q -h "$HOST" -p "$PGPORT_" -U "$USER_" -d "$DB" -c "UPDATE office SET licence_number =
  'bench-' || licence_number WHERE licence_number NOT LIKE 'bench-%' AND NOT EXISTS (SELECT 1 FROM user_account)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
root=$(mktemp -d); log="$root/server.log"
echo "== Starting the portal on port $port over $DB (log: $log)"
PORTAL_DB_CLASS=org.postgresql.ds.PGSimpleDataSource PORTAL_DB_URL="jdbc:postgresql://$HOST:$PGPORT_/$DB" \
PORTAL_DB_USER="$USER_" PORTAL_DB_PASSWORD="$PASS_" \
PORTAL_MAIL_HOST=127.0.0.1 PORTAL_MAIL_PORT="$smtp" PORTAL_MAIL_INTERVAL_SECONDS="$INTERVAL" \
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
echo "== Timing (SMTP on port $smtp)"
java -Dbench.interval="$INTERVAL" -cp "portal-web/target/test-classes:$(cat "$CP_FILE")" ir.pishkhan.portal.web.bench.ChaseBenchmark \
  "http://127.0.0.1:$port" "jdbc:postgresql://$HOST:$PGPORT_/$DB" "$USER_" "$PASS_" "$smtp" \
  "${BENCH_OUT:-docs/benchmark-chase.md}" "${BENCH_MAILS:-100000}" "${BENCH_RUNS:-40}" "${BENCH_LIMIT_MINUTES:-60}" "${BENCH_LADDER:-true}"
