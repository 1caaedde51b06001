# Sourced by the benchmark scripts that time the portal through its front door (benchmark-figures.sh,
# benchmark-chase.sh, benchmark-coverage-pages.sh, benchmark-pages.sh, benchmark-sessions.sh, benchmark-paired.sh,
# profile-queue.sh, load-test.sh).
#
# build_bench_portal: builds the WAR and portal-web's test classes with their class path in $CP_FILE (tests not run),
# unless SKIP_BUILD=1 and the class path is there; reads MVN.
CP_FILE=portal-web/target/bench.classpath

# The settings the benchmarks share: Maven offline unless the script chose otherwise, and the tests' PostgreSQL
# (TEST_PG_HOST, TEST_PG_PORT, TEST_PG_USER, TEST_PG_PASSWORD) as HOST, PGPORT_, USER_ and PASS_.
MVN=${MVN:-mvn -B -o -q}
HOST=${TEST_PG_HOST:-127.0.0.1}; PGPORT_=${TEST_PG_PORT:-5432}
USER_=${TEST_PG_USER:-postgres}; PASS_=${TEST_PG_PASSWORD:-postgres}
build_bench_portal() {
  if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -s "$CP_FILE" ]; then
    echo "== Building the portal (tests compiled, not run)"
    $MVN -pl domain,persistence,portal-web package -DskipTests -Dspotbugs.skip=true
    $MVN -pl domain,persistence,portal-web test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/bench.classpath -Dspotbugs.skip=true
  fi
}

# ensure_bench_db: generates $DB (scripts/generate-data.sh, a few minutes) when PostgreSQL has no such database.
ensure_bench_db() {
  if ! PGPASSWORD="$PASS_" psql -h "$HOST" -p "$PGPORT_" -U "$USER_" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    echo "== $DB is missing: generating it (scripts/generate-data.sh, a few minutes)"
    BENCH_DB=$DB MVN="$MVN" bash scripts/generate-data.sh
  fi
}

# start_bench_portal: starts the built WAR on Payara Micro on a free port over $DB and waits
# until its login page answers; sets $port, $pid and $log, and stops the portal when the calling script exits.
# Reads HOST, PGPORT_, USER_, PASS_, DB and BENCH_WAR (another build's WAR: portal-web/target/portal.war unless set); any arguments are NAME=value settings added to the portal's environment.
start_bench_portal() {
  # the generator's 5,000 offices are numbered 14-71-NNNN like the demo offices the portal adds at its first start
  # (the demo accounts sign in here): before that first start, the generated ones are renamed out of their way
  PGPASSWORD="$PASS_" psql -q -h "$HOST" -p "$PGPORT_" -U "$USER_" -d "$DB" -c "UPDATE office SET licence_number =
    'bench-' || licence_number WHERE licence_number NOT LIKE 'bench-%' AND NOT EXISTS (SELECT 1 FROM user_account)"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local root code
  root=$(mktemp -d); log="$root/server.log"
  echo "== Starting the portal on port $port over $DB (log: $log)"
  env PORTAL_DB_CLASS=org.postgresql.ds.PGSimpleDataSource PORTAL_DB_URL="jdbc:postgresql://$HOST:$PGPORT_/$DB" \
    PORTAL_DB_USER="$USER_" PORTAL_DB_PASSWORD="$PASS_" "$@" \
    java -jar portal-web/target/payara-micro.jar --deploy "${BENCH_WAR:-portal-web/target/portal.war}" --contextroot / \
    --port "$port" --nocluster --interfaces 127.0.0.1 --rootDir "$root" \
    --prebootcommandfile portal-web/src/main/payara/pre-boot-commands.txt \
    --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt >"$log" 2>&1 &
  pid=$!
  # (a portal already stopped is not a failure: under set -e, a failing command here would be the script's status)
  trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login.xhtml" || true)
    [ "$code" = 200 ] && return 0
    kill -0 $pid 2>/dev/null || { tail -50 "$log"; echo "the portal stopped" >&2; exit 1; }
    sleep 2
  done
  tail -50 "$log"; echo "the portal did not answer" >&2; exit 1
}
