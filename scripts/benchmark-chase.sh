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
DB=${BENCH_DB:-pishkhan_bench}
INTERVAL=${BENCH_INTERVAL:-5}
. scripts/bench-portal.sh
build_bench_portal
smtp=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
start_bench_portal PORTAL_MAIL_HOST=127.0.0.1 PORTAL_MAIL_PORT="$smtp" PORTAL_MAIL_INTERVAL_SECONDS="$INTERVAL"
echo "== Timing (SMTP on port $smtp)"
java -Dbench.interval="$INTERVAL" -cp "portal-web/target/test-classes:$(cat "$CP_FILE")" ir.pishkhan.portal.web.bench.ChaseBenchmark \
  "http://127.0.0.1:$port" "jdbc:postgresql://$HOST:$PGPORT_/$DB" "$USER_" "$PASS_" "$smtp" \
  "${BENCH_OUT:-docs/benchmark-chase.md}" "${BENCH_MAILS:-100000}" "${BENCH_RUNS:-40}" "${BENCH_LIMIT_MINUTES:-60}" "${BENCH_LADDER:-true}"
