#!/usr/bin/env bash
# Builds Pishkhan Portal and runs it on Payara Micro with an embedded H2 database kept on disk (./data),
# seeded with the reference data and demo data. Prints the address and the demo accounts when it is ready.
#
# Settings (environment): PORT (8080); PORTAL_DATA (./data: where H2 keeps its files);
# PORTAL_DB_CLASS / PORTAL_DB_URL / PORTAL_DB_USER / PORTAL_DB_PASSWORD to use PostgreSQL instead (README);
# PORTAL_PREBOOT (portal-web/src/main/payara/pre-boot-commands.txt: Payara's settings before it starts);
# PORTAL_DEMO_DATA=false for no demo accounts; PORTAL_DEMO_MEETING=false for no demo meeting 99 and its obligations. SKIP_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

PORT=${PORT:-8080}
DATA=${PORTAL_DATA:-$root/data}
mkdir -p "$DATA"
export PORTAL_DEMO_MEETING=${PORTAL_DEMO_MEETING:-true}
export PORTAL_DB_URL=${PORTAL_DB_URL:-"jdbc:h2:file:$DATA/portal;DB_CLOSE_ON_EXIT=FALSE;TIME ZONE=UTC"}

command -v java >/dev/null || { echo "No java on PATH: install a JDK 17" >&2; exit 1; }
command -v mvn >/dev/null || { echo "No mvn on PATH: install Maven" >&2; exit 1; }

t0=$(date +%s)
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f portal-web/target/portal.war ]; then
  echo "Building (mvn package, tests skipped: 'bash scripts/test.sh' runs them)…"
  # clean: classes a rename left behind in target/ would be deployed beside their new selves
  mvn -B -q -ntp clean package -DskipTests
fi

rootdir=$(mktemp -d -t pishkhan-payara-XXXXXX)   # a fresh Payara root each run (a reused one redeploys twice)
log="$DATA/server.log"
echo "Starting Payara Micro on port $PORT (log: $log)…"
java -jar portal-web/target/payara-micro.jar --deploy portal-web/target/portal.war --contextroot / \
  --port "$PORT" --nocluster --rootDir "$rootdir" \
  --prebootcommandfile "${PORTAL_PREBOOT:-portal-web/src/main/payara/pre-boot-commands.txt}" \
  --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$rootdir"' EXIT INT TERM

url="http://localhost:$PORT/"
for _ in $(seq 1 240); do
  if ! kill -0 $pid 2>/dev/null; then echo "Payara Micro stopped; the end of its log:" >&2; tail -40 "$log" >&2; exit 1; fi
  code=$( (exec 3<>/dev/tcp/127.0.0.1/"$PORT" && printf 'GET /login.xhtml HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 && head -1 <&3) 2>/dev/null | awk '{print $2}') || true
  [ "$code" = 200 ] && break
  sleep 0.5
done
[ "${code:-}" = 200 ] || { echo "The portal did not answer in time; see $log" >&2; exit 1; }

cat <<BANNER

  Pishkhan Portal is running: $url   (ready $(( $(date +%s) - t0 )) s after the command)
  Database: $PORTAL_DB_URL

  Demo accounts (password for all: pishkhan-demo-1391)
    admin              administrator
    dabir              working group secretariat
    anjoman            guild association of the offices
    office.hera        office operator, office «حرا» (14-71-1101)
    office.aria        office operator, office «آریا» (14-71-1102)
    liaison.postbank   agency liaison, Post Bank
    liaison.telecom    agency liaison, provincial telecom company
    liaison.regulator  agency liaison, communications regulatory authority (converts licences)

  Ctrl-C stops it; the data stays in $DATA.
BANNER
wait $pid
