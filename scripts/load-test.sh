#!/usr/bin/env bash
# The load test (issue 14): Gatling simulations (load-test/, Java DSL, run by its Maven plugin with -Pload) against
# the built portal over the benchmark database (a million complaints, scripts/generate-data.sh; generated first
# when it is missing), through its front door. Writes the figures to docs/load-test.md. Not part of the test command.
#
#   bash scripts/load-test.sh [what…]      what: queue, filing, workday (one portal, sessions in memory, as shipped
#                                          for one machine) and failover (scripts/scale-out.sh: nginx in front of two
#                                          instances sharing sessions through Hazelcast); default: all four
#
#   queue     20 users (LOAD_QUEUE_USERS) paging the triage queue without pause for 60 s: pages/s (goal ≥ 150)
#   filing    offices filing complaints with a PDF at LOAD_FILING_RATE (200) a second for LOAD_FILING_SECONDS (120),
#             LOAD_FILING_USERS (100) sessions: filings/s, post p95 (goal ≥ 200/s, p95 ≤ 250 ms, no error), and every
#             acknowledged filing looked up in PostgreSQL (none lost, none doubled)
#   workday   LOAD_WORKDAY_USERS (200) people with a person's pauses for LOAD_WORKDAY_SECONDS (180): offices filing,
#             the secretariat paging, searching, triaging and forwarding, liaisons answering, the guild reading
#   failover  the filing run through nginx with both instances, then again while one instance is killed (kill -9)
#             and started again: throughput, errors during the kill, no acknowledged filing lost or doubled
#
# Settings (environment): TEST_PG_HOST/PORT/USER/PASSWORD (127.0.0.1, 5432, postgres, postgres); BENCH_DB
# (pishkhan_bench); LOAD_DOC (docs/load-test.md); LOAD_JFR (a file: the portal records a JFR profile of the run); LOAD_PORTAL_JAVA (options for the portal's JVM, e.g. -XX:+UseParallelGC); SKIP_BUILD=1 uses the last build; MVN ("mvn -B -q").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
MVN=${MVN:-mvn -B -q}
DOC=${LOAD_DOC:-docs/load-test.md}
HOST=${TEST_PG_HOST:-127.0.0.1} PGPORT_=${TEST_PG_PORT:-5432} USER_=${TEST_PG_USER:-postgres}
PASS_=${TEST_PG_PASSWORD:-postgres} DB=${BENCH_DB:-pishkhan_bench}
what=("$@"); [ ${#what[@]} -gt 0 ] || what=(queue filing workday failover)
for w in "${what[@]}"; do case $w in queue|filing|workday|failover) ;; *) echo "unknown: $w (queue, filing, workday, failover)" >&2; exit 2;; esac; done
psql=(psql -h "$HOST" -p "$PGPORT_" -U "$USER_" -d "$DB")
export PGPASSWORD=$PASS_

command -v psql >/dev/null || { echo "psql is needed (PostgreSQL's client)" >&2; exit 1; }
. scripts/bench-portal.sh
ensure_bench_db
build_bench_portal
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -d load-test/target/test-classes ]; then
  echo "== Building the simulations"
  $MVN -Pload -pl load-test test-compile
fi

work=$(mktemp -d)
scale=""
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true
  [ -n "$scale" ] && kill "$scale" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# simulate TITLE CLASS BASE LEDGER KIND UNIT GOAL RAMP [mvn -D settings…]: runs one simulation, appends its section
simulate() {
  local title=$1 class=$2 base=$3 ledger=$4 kind=$5 unit=$6 goal=$7 ramp=$8; shift 8
  local run report
  run=$(date +%s)-$RANDOM
  echo "== $title ($class against $base)"
  rm -rf load-test/target/gatling load-test/target/load
  local cpu_before machine_before pg_before; cpu_before=$(cpu_ticks); machine_before=$(machine_ticks); pg_before=$(pg_ticks)
  $MVN -Pload -pl load-test io.gatling:gatling-maven-plugin:test -Dgatling.simulationClass="ir.pishkhan.portal.load.$class" \
    -Dportal.base="$base" -Dload.run="$run" "$@" 2>&1 | tee "$work/console.txt" | grep -E "assertion|: (true|false) \(actual|Reports generated|ERROR" || true
  # the portal's CPU over the run (one instance): less moved by a busy machine than requests a second
  export LOAD_CPU_SECONDS=""
  [ -n "$cpu_before" ] && LOAD_CPU_SECONDS=$(( $(cpu_ticks) - cpu_before ))/$(getconf CLK_TCK)
  # and who had the machine's cores over it: busy and all ticks of every core, PostgreSQL's processes' ticks
  local machine_after; machine_after=$(machine_ticks)
  export LOAD_MACHINE_TICKS="$(( ${machine_after% *} - ${machine_before% *} ))/$(( ${machine_after#* } - ${machine_before#* } ))/$(( $(pg_ticks) - pg_before ))/$(nproc)"
  report=$(ls -d load-test/target/gatling/*/ | head -1)
  python3 scripts/load-summary.py "$title" "$report" load-test/target/load "$ledger" "$kind" "$unit" "$goal" "$ramp" \
    "$run" "$(printf '%s\n' "${psql[@]}")" "$work/console.txt" "${NOTES[@]}" >>"$work/doc.md" 2>"$work/summary.err" \
    || { cat "$work/summary.err" >&2; exit 1; }
  mkdir -p load-test/target/reports; cp -r "$report" "load-test/target/reports/$ledger-$run"
  NOTES=()
}
NOTES=()

single() { [[ " ${what[*]} " == *" $1 "* ]]; }
# cpu_ticks: the CPU time (user and system, in clock ticks) the one portal ($pid) used so far; empty without one
cpu_ticks() { [ -n "${pid:-}" ] && [ -r "/proc/$pid/stat" ] && awk '{print $14 + $15}' "/proc/$pid/stat" || true; }
# machine_ticks: the ticks every core spent busy, and all of them (/proc/stat); pg_ticks: those of the local
# PostgreSQL's processes alive now (the portal's pool keeps its connections, so its backends live through a run)
machine_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }
pg_ticks() { local p; for p in $(pgrep -x postgres || true); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true; done | awk '{s += $1} END {print s + 0}'; }

if single queue || single filing || single workday; then
  # LOAD_JFR=file: the portal records itself with JDK Flight Recorder from its start (profile settings), written to
  # the file when it stops (a recording started later by jcmd deoptimises the running code: the figures collapse)
  start_bench_portal JAVA_TOOL_OPTIONS="${LOAD_PORTAL_JAVA:-} ${LOAD_JFR:+-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$LOAD_JFR}"
  trap cleanup EXIT  # start_bench_portal set its own, which stops only the portal
  base="http://127.0.0.1:$port"
  # warm-up, not written down: the portal's code compiled by the JIT and its caches filled, as on a working day
  echo "== Warm-up (${LOAD_WARMUP:-40} s, not measured)"
  $MVN -Pload -pl load-test io.gatling:gatling-maven-plugin:test -Dgatling.simulationClass=ir.pishkhan.portal.load.QueueSimulation \
    -Dportal.base="$base" -Dload.users=10 -Dload.seconds="${LOAD_WARMUP:-40}" >/dev/null 2>&1 || true
  $MVN -Pload -pl load-test io.gatling:gatling-maven-plugin:test -Dgatling.simulationClass=ir.pishkhan.portal.load.FilingSimulation \
    -Dportal.base="$base" -Dload.users=10 -Dload.rate=20 -Dload.seconds="${LOAD_WARMUP:-40}" -Dload.run=warm-up >/dev/null 2>&1 || true
  if single queue; then
    NOTES=("${LOAD_QUEUE_USERS:-20} users signed in as the secretariat, each in its own session, each opening the queue's first page and paging on twice (Ajax), over and over without pause for ${LOAD_QUEUE_SECONDS:-60} s.")
    simulate "The triage queue, ${LOAD_QUEUE_USERS:-20} users without pause (one instance)" QueueSimulation "$base" queue queue pages 150 10 \
      -Dload.users="${LOAD_QUEUE_USERS:-20}" -Dload.seconds="${LOAD_QUEUE_SECONDS:-60}"
  fi
  if single filing; then
    NOTES=("${LOAD_FILING_USERS:-100} offices' sessions each filing a complaint with a PDF (the form, then its post) once every ${LOAD_FILING_USERS:-100}/${LOAD_FILING_RATE:-200} s for ${LOAD_FILING_SECONDS:-120} s: ${LOAD_FILING_RATE:-200} filings a second asked.")
    simulate "Filing complaints at ${LOAD_FILING_RATE:-200}/s (one instance)" FilingSimulation "$base" filing filed filings 200 15 \
      -Dload.users="${LOAD_FILING_USERS:-100}" -Dload.rate="${LOAD_FILING_RATE:-200}" -Dload.seconds="${LOAD_FILING_SECONDS:-120}"
  fi
  if single workday; then
    NOTES=("${LOAD_WORKDAY_USERS:-200} people signing in over a minute, then working for ${LOAD_WORKDAY_SECONDS:-180} s with 3–10 s between pages (15–40 s typing a complaint): half offices filing with a PDF, a quarter the secretariat (queue, next page, search, a complaint, triage, forward), a fifth liaisons answering with a PDF, the rest the guild.")
    simulate "A working day's mix, ${LOAD_WORKDAY_USERS:-200} users with think time (one instance)" WorkdaySimulation "$base" workday filed filings 0 60 \
      -Dload.users="${LOAD_WORKDAY_USERS:-200}" -Dload.seconds="${LOAD_WORKDAY_SECONDS:-180}"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=""
fi

if single failover; then
  logs="$root/load-test/target/scale-out"; rm -rf "$logs"; mkdir -p "$logs"
  nport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  echo "== Two instances behind nginx on port $nport over $DB (logs: $logs)"
  PORTAL_DB_URL="jdbc:postgresql://$HOST:$PGPORT_/$DB" PORTAL_DB_USER=$USER_ PORTAL_DB_PASSWORD=$PASS_ \
    INSTANCES=2 PORT=$nport FIRST_PORT=$((nport + 1)) LOGS="$logs" SKIP_BUILD=1 bash scripts/scale-out.sh >"$work/scale.log" 2>&1 &
  scale=$!
  for _ in $(seq 1 300); do
    grep -q "is running scaled out" "$work/scale.log" && break
    kill -0 $scale 2>/dev/null || { cat "$work/scale.log"; exit 1; }
    sleep 2
  done
  base="http://127.0.0.1:$nport"
  rate=${LOAD_FAILOVER_RATE:-${LOAD_FILING_RATE:-200}} users=${LOAD_FILING_USERS:-100}
  NOTES=("$users sessions filing at $rate/s asked, for 60 s, through nginx in front of two instances sharing the sessions through Hazelcast (each session kept on one instance by the hash of its cookie); both instances up throughout.")
  simulate "Filing through nginx, two instances" FilingSimulation "$base" filing filed filings 0 15 \
    -Dload.users="$users" -Dload.rate="$rate" -Dload.seconds=60
  victim=$(cat "$logs/instance-1.pid")
  ( sleep 35; kill -9 "$victim" ) &
  killer=$!
  NOTES=("The same through nginx for 100 s: instance 1 killed (kill -9) 20 s into the steady load; scale-out.sh took it out of nginx's rotation, started it again and put it back when its login page answered; meanwhile the sessions it held were carried on by instance 0, which read them from Hazelcast.")
  simulate "Filing through nginx while one of the two instances is killed and started again" FilingSimulation "$base" filing filed filings 0 15 \
    -Dload.users="$users" -Dload.rate="$rate" -Dload.seconds=100
  wait $killer 2>/dev/null || true
  { echo; echo "What scale-out.sh did (UTC):"; echo; grep -E "stopped|starting instance 1|instance 1 answers|back in rotation" "$work/scale.log" \
      | sed 's/^/- /'; echo; echo "Requests served by each instance over both runs (nginx's access log): $(awk '{print $NF}' "$logs/nginx-access.log" | sort | uniq -c | awk '{printf "%s%s: %s", (NR > 1 ? ", " : ""), $2, $1}')."; } >>"$work/doc.md"
  kill "$scale"; wait "$scale" 2>/dev/null || true; scale=""
fi

{
  echo "# Load test through the front door: figures"
  echo
  echo "Written by \`scripts/load-test.sh ${what[*]}\` on $(date -u +%FT%TZ), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB;"
  echo "load average before: $load_before. The built portal on Payara Micro over the benchmark database"
  echo "($DB: $("${psql[@]}" -tAc 'SELECT count(*) FROM complaint') complaints), PostgreSQL and Gatling on the same machine. Gatling's own"
  echo "HTML reports are left in load-test/target/reports/."
  cat "$work/doc.md"
} >"$DOC"
echo "== Written: $DOC"
