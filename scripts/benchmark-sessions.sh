#!/usr/bin/env bash
# What a signed-in user's session costs the server's heap (issue 14: ≤ 100 KB each with 200 users): starts the built
# portal with its demo data on a fresh H2 database (scripts/run.sh), signs in BENCH_USERS users each in its own session,
# each opening its role's pages BENCH_ROUNDS times over, and reads the heap after full collections with jcmd before,
# while all are signed in, and after they signed out (the Java main SessionsBenchmark); writes
# docs/benchmark-sessions.md. Not a test: it asserts nothing.
#
# Settings (environment): BENCH_USERS (200), BENCH_ROUNDS (3), BENCH_OUT (docs/benchmark-sessions.md),
#   BENCH_PAGES to measure some pages alone ("dabir=/offices/list.xhtml,/lines/list.xhtml": one account, its pages),
#   MVN ("mvn -B -o -q"), SKIP_BUILD=1 to use the last build
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-mvn -B -o -q}
. scripts/bench-portal.sh
build_bench_portal
work=$(mktemp -d)
trap 'kill "${run:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "== Starting the portal on port $port"
PORT=$port PORTAL_DATA="$work/data" SKIP_BUILD=1 bash scripts/run.sh >"$work/run.log" 2>&1 &
run=$!
for _ in $(seq 1 300); do
  grep -q "is running" "$work/run.log" && break
  kill -0 $run 2>/dev/null || { cat "$work/run.log"; exit 1; }
  sleep 1
done
pid=$(pgrep -f -- "--port $port " | head -1)
[ -n "$pid" ] || { echo "no Payara Micro process on port $port" >&2; exit 1; }
echo "== Signing in ${BENCH_USERS:-200} users (Payara Micro's process: $pid)"
java ${BENCH_PAGES:+"-Dbench.pages=$BENCH_PAGES"} -cp "portal-web/target/test-classes:$(cat "$CP_FILE")" ir.pishkhan.portal.web.bench.SessionsBenchmark \
  "http://127.0.0.1:$port" "$pid" "${BENCH_OUT:-docs/benchmark-sessions.md}" "${BENCH_USERS:-200}" "${BENCH_ROUNDS:-3}"
