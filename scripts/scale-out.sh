#!/usr/bin/env bash
# Runs Pishkhan Portal scaled out on this machine, as README's "Scaling out" describes it for several: INSTANCES
# Payara Micro instances sharing sessions through Hazelcast, over one PostgreSQL database, behind nginx on PORT.
# Installs nginx (Debian's package) when it is missing. Ctrl-C stops them all; the data stays in the database.
#
# Settings (environment): INSTANCES (2); PORT (8080: nginx); FIRST_PORT (8181: the instances' HTTP ports, upwards);
# PORTAL_DB_URL / PORTAL_DB_USER / PORTAL_DB_PASSWORD (default: the database pishkhan_scale on the PostgreSQL at
# 127.0.0.1:5432, user postgres, password postgres — created when missing); SKIP_BUILD=1 reuses the last build;
# LOGS (./data/scale-out: each instance's log, nginx's log and its configuration).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

INSTANCES=${INSTANCES:-2}
PORT=${PORT:-8080}
FIRST_PORT=${FIRST_PORT:-8181}
LOGS=${LOGS:-$root/data/scale-out}
export PORTAL_DB_CLASS=org.postgresql.ds.PGSimpleDataSource
export PORTAL_DB_URL=${PORTAL_DB_URL:-jdbc:postgresql://127.0.0.1:5432/pishkhan_scale}
export PORTAL_DB_USER=${PORTAL_DB_USER:-postgres}
export PORTAL_DB_PASSWORD=${PORTAL_DB_PASSWORD:-postgres}
export PORTAL_DEMO_MEETING=${PORTAL_DEMO_MEETING:-true}

die() { echo "$*" >&2; exit 1; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@";
  else die "'$*' needs root (or password-less sudo): run it once by hand"; fi
}
command -v java >/dev/null || die "No java on PATH: install a JDK 17"
command -v mvn >/dev/null || die "No mvn on PATH: install Maven"
[ "$INSTANCES" -ge 1 ] 2>/dev/null || die "INSTANCES must be a number, 1 or more"

nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$nginx_bin" ]; then
  echo "Installing nginx from Debian's packages…"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx </dev/null >/dev/null || die "could not install nginx"
  nginx_bin=/usr/sbin/nginx
fi

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f portal-web/target/portal.war ]; then
  echo "Building (mvn package, tests skipped)…"
  mvn -B -q -ntp clean package -DskipTests -Dspotbugs.skip=true
fi

# the default database, created when missing (the portal migrates and seeds it at its first start)
if [[ "$PORTAL_DB_URL" == jdbc:postgresql://127.0.0.1:5432/pishkhan_scale ]] && command -v psql >/dev/null; then
  PGPASSWORD=$PORTAL_DB_PASSWORD psql -h 127.0.0.1 -U "$PORTAL_DB_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'pishkhan_scale'" | grep -q 1 \
    || PGPASSWORD=$PORTAL_DB_PASSWORD psql -h 127.0.0.1 -U "$PORTAL_DB_USER" -d postgres -qc "CREATE DATABASE pishkhan_scale ENCODING 'UTF8'"
fi

mkdir -p "$LOGS"
work=$(mktemp -d -t pishkhan-scale-XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# start_instance N: starts instance N (LOGS/instance-N.sh), records its process id, waits until its login page answers
start_instance() {
  local i=$1 port=$((FIRST_PORT + $1)) code="" pid
  echo "$(date -u +%T) starting instance $i on port $port (log: $LOGS/instance-$i.log)…"
  bash "$LOGS/instance-$i.sh" &
  pid=$!
  pids+=($pid)
  echo $pid >"$LOGS/instance-$i.pid"
  for _ in $(seq 1 480); do
    kill -0 $pid 2>/dev/null || { tail -40 "$LOGS/instance-$i.log" >&2; return 1; }
    code=$( (exec 3<>/dev/tcp/127.0.0.1/"$port" && printf 'GET /login.xhtml HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 && head -1 <&3) 2>/dev/null | awk '{print $2}') || true
    [ "$code" = 200 ] && { echo "$(date -u +%T) instance $i answers"; return 0; }
    sleep 0.5
  done
  return 1
}

# the shipped pre-boot commands without the one-instance line (sessions through the replication store)
grep -v availability-enabled portal-web/src/main/payara/pre-boot-commands.txt > "$work/pre-boot.txt"
members=""
for i in $(seq 0 $((INSTANCES - 1))); do members+="${members:+,}127.0.0.1:$((6900 + i))"; done
for i in $(seq 0 $((INSTANCES - 1))); do
  port=$((FIRST_PORT + i))
  mkdir -p "$work/payara-$i"
  # each instance is started alone: a first start migrates and seeds the database, the others find it done.
  # Its command is kept in LOGS/instance-N.sh, its process id in LOGS/instance-N.pid.
  { printf 'export'; for v in PORTAL_DB_CLASS PORTAL_DB_URL PORTAL_DB_USER PORTAL_DB_PASSWORD PORTAL_DEMO_MEETING; do
      printf ' %s=%q' "$v" "${!v}"; done; echo; } >"$LOGS/instance-$i.sh"
  cat >>"$LOGS/instance-$i.sh" <<INSTANCE
cd '$root'
exec java -XX:+UseSerialGC -jar portal-web/target/payara-micro.jar --deploy portal-web/target/portal.war --contextroot / \\
  --port $port --clustermode 'tcpip:$members' --startport $((6900 + i)) --clustername pishkhan-scale \\
  --interfaces 127.0.0.1 --rootDir '$work/payara-$i' --prebootcommandfile '$work/pre-boot.txt' \\
  --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt >>'$LOGS/instance-$i.log' 2>&1
INSTANCE
  : >"$LOGS/instance-$i.log"
  start_instance "$i" || die "instance $i did not answer in time; see $LOGS/instance-$i.log"
done

# nginx in front. Each session is kept on one instance (the hash of its cookie: no request of a session meets a copy
# of it that another instance has not finished writing to Hazelcast); a request without a session goes to any
# instance; when an instance fails, its sessions move to another, which reads them from Hazelcast. A dead one is
# skipped and a request that reached no instance is tried on the next; an instance being started again is out of
# rotation ("down") until its login page answers. The Host and the client's address are passed on (RequestGuard's
# Origin check, logs).
nginx_conf() { # the instances given (indices) are marked down
  local upstreams="" i
  for i in $(seq 0 $((INSTANCES - 1))); do
    upstreams+="        server 127.0.0.1:$((FIRST_PORT + i)) max_fails=1 fail_timeout=5s"
    if [[ " $* " == *" $i "* ]]; then upstreams+=" down"; fi
    upstreams+=";"$'\n'
  done
  cat >"$LOGS/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $LOGS/nginx-error.log warn;
events { worker_connections 1024; }
http {
    log_format portal '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent \$request_time s -> \$upstream_addr';
    access_log $LOGS/nginx-access.log portal;
    client_body_temp_path $work/nginx-body;
    proxy_temp_path $work/nginx-proxy;
    client_max_body_size 60m;
    server_tokens off;
    upstream portal {
        hash \$cookie_JSESSIONID consistent;
$upstreams        keepalive 32;
    }
    server {
        listen $PORT;
        location / {
            proxy_pass http://portal;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # a post that reached no instance is tried on the next (a post an instance began is not: the form's
            # one-time key would refuse it twice anyway)
            proxy_next_upstream error timeout http_502;
            proxy_read_timeout 120s;
        }
    }
}
NGINX
}
nginx_conf
"$nginx_bin" -c "$LOGS/nginx.conf" -p "$work" -g 'daemon off;' &
nginx_pid=$!
pids+=($nginx_pid)
sleep 1
kill -0 $nginx_pid 2>/dev/null || die "nginx did not start; see $LOGS/nginx-error.log"
reload_nginx() { nginx_conf "$@"; "$nginx_bin" -c "$LOGS/nginx.conf" -p "$work" -s reload; }

cat <<BANNER

  Pishkhan Portal is running scaled out: http://localhost:$PORT/   ($INSTANCES instances behind nginx)
  Database: $PORTAL_DB_URL
  Instances: ports $FIRST_PORT–$((FIRST_PORT + INSTANCES - 1)), Hazelcast $members; logs in $LOGS
  Demo accounts as for the run command (password pishkhan-demo-1391). Ctrl-C stops them all.
BANNER
# an instance that stops (killed, out of memory) is taken out of rotation, started again, and put back when it answers
while kill -0 $nginx_pid 2>/dev/null; do
  for i in $(seq 0 $((INSTANCES - 1))); do
    if ! kill -0 "$(cat "$LOGS/instance-$i.pid")" 2>/dev/null; then
      echo "$(date -u +%T) instance $i stopped: out of rotation, starting it again"
      reload_nginx "$i"
      if start_instance "$i"; then reload_nginx; echo "$(date -u +%T) instance $i back in rotation"; fi
    fi
  done
  sleep 1
done
