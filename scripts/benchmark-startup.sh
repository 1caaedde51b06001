#!/usr/bin/env bash
# How long the portal takes to start, beside an empty WAR on the same Payara Micro (issue 14: within 1.5x of it).
# Not a test: it asserts nothing.
#
# What it does: builds the portal (unless SKIP_BUILD=1), the stack's least application (scripts/floor-war) and an
# empty WAR (one index.html, made here with `jar`), then starts Payara Micro BENCH_RUNS times for each of:
#   - the empty WAR;
#   - the least application on this stack (scripts/floor-war: JPA entities on a data source declared as the portal's,
#     a start-up singleton, Soteria's form sign-in against a database identity store, view-scoped beans, a PrimeFaces
#     table and form), on a new H2 database:
#     what any real application on Payara Micro with these parts pays, beside what the portal adds;
#   - the portal on a new H2 database (migrations, reference data and demo data written: the README's run command);
#   - the portal on the H2 database of the run before (nothing to migrate or seed: a restart).
# Each start runs with the portal's pre- and post-boot commands, a new --rootDir and --nocluster, as scripts/run.sh
# starts it. The time is from the JVM's start to the first HTTP 200 of /login.xhtml (/index.html for the empty WAR),
# polled every 0.1 s. Writes the median and each run to BENCH_OUT (docs/benchmark-startup.md).
#
# Settings (environment): BENCH_RUNS (3), BENCH_OUT (docs/benchmark-startup.md), MVN ("mvn -B -o -q"),
#   SKIP_BUILD=1 to use the last build
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-mvn -B -o -q}
RUNS=${BENCH_RUNS:-3}
OUT=${BENCH_OUT:-docs/benchmark-startup.md}

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f portal-web/target/portal.war ]; then
  echo "== Building the portal (tests skipped)"
  $MVN -pl domain,persistence,portal-web package -DskipTests -Dspotbugs.skip=true
fi
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f scripts/floor-war/target/floor.war ]; then
  echo "== Building the stack's least application (scripts/floor-war)"
  ${MVN/ -o/} -f scripts/floor-war/pom.xml package -Dspotbugs.skip=true
fi

work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/empty"
echo '<!DOCTYPE html><title>empty</title>' > "$work/empty/index.html"
(cd "$work/empty" && jar --create --file "$work/empty.war" index.html)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# one start: prints the seconds from launch to the first 200 of $2 (a path), then stops the server
start_once() {
  local war=$1 path=$2 data=$3 port root t0 code
  port=$(free_port); root=$(mktemp -d -p "$work")
  t0=$(date +%s.%N)
  PORTAL_DB_URL="jdbc:h2:file:$data/portal;DB_CLOSE_ON_EXIT=FALSE;TIME ZONE=UTC" \
    java -jar portal-web/target/payara-micro.jar --deploy "$war" --contextroot / \
    --port "$port" --nocluster --rootDir "$root" \
    --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.txt \
    --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt >"$root/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1800); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path" || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { tail -30 "$root/server.log" >&2; echo "Payara Micro stopped" >&2; exit 1; }
    sleep 0.1
  done
  [ "$code" = 200 ] || { tail -30 "$root/server.log" >&2; echo "no answer" >&2; exit 1; }
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$t0" "$(date +%s.%N)"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

median() { python3 -c 'import sys, statistics; print(f"{statistics.median(float(x) for x in sys.argv[1:]):.1f}")' "$@"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
payara=$(sed -n 's:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p' pom.xml | head -1)
declare -a empty floor fresh again
for i in $(seq 1 "$RUNS"); do
  echo "== Run $i of $RUNS"
  empty+=("$(start_once "$work/empty.war" /index.html "$work/unused-$i")")
  floor+=("$(start_once scripts/floor-war/target/floor.war /login.xhtml "$work/floor-$i")")
  fresh+=("$(start_once portal-web/target/portal.war /login.xhtml "$work/data-$i")")
  again+=("$(start_once portal-web/target/portal.war /login.xhtml "$work/data-$i")")
  echo "   empty WAR ${empty[-1]} s, the least application ${floor[-1]} s, portal on a new database ${fresh[-1]} s, on the same database again ${again[-1]} s"
done

m_empty=$(median "${empty[@]}"); m_floor=$(median "${floor[@]}"); m_fresh=$(median "${fresh[@]}"); m_again=$(median "${again[@]}")
# what was added by hand below the table (every "## " section of the file as it was) is kept after the new table
kept=
[ -f "$OUT" ] && kept=$(sed -n '/^## /,$p' "$OUT")
ratio() { python3 -c 'import sys; print(f"{float(sys.argv[1]) / float(sys.argv[2]):.2f}")' "$1" "${2:-$m_empty}"; }
{
  echo "# Start-up beside an empty WAR: benchmark"
  echo
  echo "Written by \`scripts/benchmark-startup.sh\` on $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores (load average before:"
  echo "$load_before). Payara Micro $payara, $(java -version 2>&1 | head -1);"
  echo "each start with the portal's pre- and post-boot commands, a new root directory and \`--nocluster\`; the time from"
  echo "the JVM's launch to the first HTTP 200 (\`/login.xhtml\`; \`/index.html\` for the empty WAR). Goal: the portal within"
  echo "1.5× of the empty WAR."
  echo
  echo "| What | median (s) | × the empty WAR | × the least application | runs (s) |"
  echo "|---|---:|---:|---:|---|"
  echo "| An empty WAR (one index.html) | $m_empty | 1.00 | | ${empty[*]} |"
  echo "| The stack's least application (scripts/floor-war: entities, Soteria's sign-in, a PrimeFaces table and form), a new H2 database | $m_floor | $(ratio "$m_floor") | 1.00 | ${floor[*]} |"
  echo "| The portal, a new H2 database (migrations, reference and demo data) | $m_fresh | $(ratio "$m_fresh") | $(ratio "$m_fresh" "$m_floor") | ${fresh[*]} |"
  echo "| The portal, the same database again (a restart) | $m_again | $(ratio "$m_again") | $(ratio "$m_again" "$m_floor") | ${again[*]} |"
  if [ -n "$kept" ]; then echo; echo "$kept"; fi
} > "$OUT.new"
mv "$OUT.new" "$OUT"
sed -n '1,/^## /p' "$OUT"
