#!/usr/bin/env bash
# Fills a PostgreSQL database with benchmark data: a province's worth of counter offices and agencies and a
# million complaints with their timelines, for scripts/benchmark.sh (see docs/benchmark.md).
#
# What it does: builds the domain and persistence modules (tests not run), then runs the Java main
# ir.pishkhan.portal.persistence.GenerateData from persistence's test classes with plain `java -cp` (the class path
# from `mvn dependency:build-classpath`). That main
#   - drops and creates the database (default pishkhan_bench: EVERYTHING IN IT IS LOST),
#   - applies the real migrations (Migrations.migrate) and loads the reference data (ReferenceData.load: the 14th
#     meeting's resolutions and the 24 seeded agencies),
#   - adds 36 more agencies (60 in all) and 5,000 offices (urban 14-71-NNNN, rural 14-72-NNNN),
#   - bulk-loads with COPY 1,000,000 complaints filed over the last three years, each taken through the workflow
#     of ComplaintAction (FILE, then triage, forward, answer, resolve, …: ~3-5 events each), with linked
#     resolutions, deadlines, due_sort, forwarded_at and the normalized search key as the domain sets them, and
#     Persian descriptions from phrase templates with Arabic letter forms and dropped ZWNJs as offices type them,
#   - adds 60 later meetings (numbers 100-159, marked as benchmark data) with 1,200 resolutions of kind obligation
#     and 12,000 obligations in every state, for the compliance figures (scripts/benchmark-figures.sh),
#   - drops the complaint tables' secondary indexes and foreign keys for the load and makes them again from their
#     own definitions, sets the sequences past the largest ids (on a multiple of 50), counts the compliance figures'
#     tallies (ComplaintTallies.recount: the COPY bypassed the write events that keep them), and runs VACUUM (ANALYZE).
# It prints the time of each step and the total. On a 2-core machine a full run takes several minutes.
#
# Settings (environment):
#   TEST_PG_HOST (127.0.0.1), TEST_PG_PORT (5432), TEST_PG_USER (postgres), TEST_PG_PASSWORD (postgres)
#   BENCH_DB (pishkhan_bench)    the database to (re)create
#   BENCH_COMPLAINTS (1000000)   BENCH_OFFICES (5000)   BENCH_SEED (14: the same data every time)
#   MVN ("mvn -B -o -q")         how Maven is run (drop -o when the local repository lacks something)
#   SKIP_BUILD=1                 use the classes already built
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

echo "== Generating data"
exec java -Xmx3g -XX:+UseParallelGC \
  -Dtest.pg.host="${TEST_PG_HOST:-127.0.0.1}" -Dtest.pg.port="${TEST_PG_PORT:-5432}" \
  -Dtest.pg.user="${TEST_PG_USER:-postgres}" -Dtest.pg.password="${TEST_PG_PASSWORD:-postgres}" \
  -Dbench.db="${BENCH_DB:-pishkhan_bench}" -Dbench.complaints="${BENCH_COMPLAINTS:-1000000}" \
  -Dbench.offices="${BENCH_OFFICES:-5000}" -Dbench.seed="${BENCH_SEED:-14}" \
  -cp "persistence/target/test-classes:persistence/target/classes:$(cat "$CP_FILE")" \
  ir.pishkhan.portal.persistence.GenerateData
