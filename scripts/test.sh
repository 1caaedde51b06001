#!/usr/bin/env bash
# Runs every test of Pishkhan Portal: domain unit tests, persistence tests on H2 and PostgreSQL, Arquillian
# container tests on Payara Micro, and browser tests in headless Chromium.
#
# On a fresh Debian machine with a JDK 17 and Maven it installs what it needs (chromium, chromium-driver and,
# when no PostgreSQL answers, postgresql) and starts PostgreSQL itself. Nothing is skipped for want of a
# prerequisite: a missing one is a failure with a clear message.
#
# Settings (environment): TEST_PG_HOST (127.0.0.1), TEST_PG_PORT (5432), TEST_PG_USER (postgres),
# TEST_PG_PASSWORD (postgres). Extra arguments go to Maven, e.g. -Dit.test=LoginBrowserIT.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST=${TEST_PG_HOST:-127.0.0.1}
PG_PORT=${TEST_PG_PORT:-5432}
PG_USER=${TEST_PG_USER:-postgres}
PG_PASSWORD=${TEST_PG_PASSWORD:-postgres}

say() { printf '\n== %s\n' "$*"; }
die() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@";
  else die "'$*' needs root (or password-less sudo); run it once by hand, then run this command again"; fi
}

apt_install() {
  say "Installing $* from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq </dev/null || die "apt-get update failed"
  as_root apt-get install -y -qq "$@" </dev/null || die "apt-get install $* failed"
}

command -v java >/dev/null || die "no java on PATH: install a JDK 17 (apt-get install openjdk-17-jdk-headless)"
command -v mvn >/dev/null || die "no mvn on PATH: install Maven (apt-get install maven)"
java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])' || die "Java 17 or newer is needed: $(java -version 2>&1 | head -1)"

# --- Chromium and its driver, for the browser tests ---
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || die "chromium or chromedriver is still missing"

# --- PostgreSQL: the one at TEST_PG_HOST:TEST_PG_PORT, or one started here ---
pg_answers() { (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null; }
if ! pg_answers; then
  if [ "$PG_HOST" != 127.0.0.1 ] && [ "$PG_HOST" != localhost ]; then
    die "no PostgreSQL answers at $PG_HOST:$PG_PORT"
  fi
  say "No PostgreSQL at $PG_HOST:$PG_PORT: starting Debian's"
  command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
  version=$(ls /etc/postgresql | sort -V | tail -1)
  [ -n "$version" ] || die "postgresql is installed but has no cluster in /etc/postgresql"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || die "could not start PostgreSQL $version"
  for _ in $(seq 1 30); do pg_answers && break; sleep 1; done
  pg_answers || die "PostgreSQL $version did not start listening on $PG_HOST:$PG_PORT"
  # A fresh cluster asks for a password over TCP: give the test user the one the tests use.
  if [ "$PG_USER" = postgres ]; then
    as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD '$PG_PASSWORD'\"" </dev/null \
      || die "could not set the password of the postgres user"
  fi
fi

# DatabaseOutageIT stops a PostgreSQL of its own: it needs the server's programs here, whichever server the tests use
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt_install postgresql
fi

say "Running all tests (Maven verify)"
start=$(date +%s)
mvn -B -ntp verify \
  -Dtest.pg.host="$PG_HOST" -Dtest.pg.port="$PG_PORT" \
  -Dtest.pg.user="$PG_USER" -Dtest.pg.password="$PG_PASSWORD" "$@"
say "All tests passed in $(( $(date +%s) - start )) s"
