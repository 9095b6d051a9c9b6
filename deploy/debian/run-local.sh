#!/usr/bin/env bash
# PostgreSQL + two PolicyKB nodes + haproxy on ONE Debian machine, without Docker and without touching the system's
# services: everything lives in one folder and runs as the current user (as root, PostgreSQL runs as "postgres").
# For trying the scale-out set-up, a demo or a soak test; for production use setup.sh (systemd units).
#
#   apt-get install -y postgresql haproxy          # Debian 12: PostgreSQL 15, haproxy 2.6
#   dotnet publish src/PolicyKB.Web -c Release -o /opt/policykb
#   deploy/debian/run-local.sh start /opt/policykb /tmp/policykb-cluster
#   curl -fsS http://127.0.0.1:8080/api/health/ready
#   deploy/debian/run-local.sh stop /tmp/policykb-cluster
#
# Ports (override with the environment): PKB_PG_PORT 55433, PKB_PORT_A 5081, PKB_PORT_B 5082, PKB_PORT 8080.
# The admin key is PKB_API_KEY (a random one is made and printed when unset).
set -euo pipefail

pg_bin=/usr/lib/postgresql/15/bin
here="$(cd "$(dirname "$0")/.." && pwd)"
pg_port="${PKB_PG_PORT:-55433}"
port_a="${PKB_PORT_A:-5081}"
port_b="${PKB_PORT_B:-5082}"
port="${PKB_PORT:-8080}"

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

wait_ready() { # name url
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "$2"; then echo "$1 ready"; return 0; fi
    sleep 1
  done
  echo "$1 not ready after 300 s; see its log" >&2
  return 1
}

start() {
  local app="$1" root="$2"
  [ -f "$app/PolicyKB.Web.dll" ] || { echo "no PolicyKB.Web.dll in $app: dotnet publish src/PolicyKB.Web -c Release -o $app" >&2; exit 2; }
  [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL 15 missing: apt-get install -y postgresql" >&2; exit 2; }
  command -v haproxy >/dev/null || { echo "haproxy missing: apt-get install -y haproxy" >&2; exit 2; }
  mkdir -p "$root"/{a,b,logs}
  root="$(cd "$root" && pwd)"
  local key="${PKB_API_KEY:-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)}"

  if [ ! -d "$root/pg" ]; then
    mkdir -p "$root/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$root/pg"
    as_postgres "$pg_bin/initdb" -D "$root/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$root/logs/initdb.log"
  fi
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$root/logs"
  as_postgres "$pg_bin/pg_ctl" -D "$root/pg" -w -l "$root/logs/postgres.log" \
    -o "-p $pg_port -k $root/pg -c listen_addresses=127.0.0.1" start
  as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'policykb'" | grep -q 1 \
    || as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres policykb
  local connection="Host=127.0.0.1;Port=$pg_port;Database=policykb;Username=postgres"

  # Node A ingests the bundled content/; node B receives it through the change log.
  for node in a b; do
    local node_port=$port_a ingest=true
    [ "$node" = b ] && node_port=$port_b ingest=false
    # exec: the recorded pid is the node's own, and nothing of this script's output stays open behind it.
    ( cd "$app" && exec env PolicyKB__DataDirectory="$root/$node" PolicyKB__Store__Provider=postgres \
        PolicyKB__Store__ConnectionString="$connection" PolicyKB__Api__ApiKey="$key" PolicyKB__IngestContentOnStart=$ingest \
        nohup dotnet PolicyKB.Web.dll --urls "http://127.0.0.1:$node_port" ) >"$root/logs/node-$node.log" 2>&1 </dev/null &
    echo $! >"$root/node-$node.pid"
  done
  wait_ready "node A" "http://127.0.0.1:$port_a/api/health/ready"
  wait_ready "node B" "http://127.0.0.1:$port_b/api/health/ready"

  PKB_LISTEN="127.0.0.1:$port" PKB_NODE_A="127.0.0.1:$port_a" PKB_NODE_B="127.0.0.1:$port_b" \
    haproxy -D -p "$root/haproxy.pid" -f "$here/haproxy.cfg" >"$root/logs/haproxy.log" 2>&1
  wait_ready "haproxy" "http://127.0.0.1:$port/api/health/ready"
  echo "PolicyKB on http://127.0.0.1:$port (nodes :$port_a :$port_b, PostgreSQL :$pg_port); admin key: $key"
}

stop() {
  local root="$1"
  for name in haproxy node-b node-a; do
    if [ -f "$root/$name.pid" ]; then kill "$(cat "$root/$name.pid")" 2>/dev/null || true; rm -f "$root/$name.pid"; fi
  done
  [ -f "$root/pg/postmaster.pid" ] && as_postgres "$pg_bin/pg_ctl" -D "$root/pg" -w -m fast stop
  echo "stopped; data kept in $root (delete the folder to start afresh)"
}

case "${1:-}" in
  start) [ $# -eq 3 ] || { echo "usage: $0 start <published app folder> <cluster folder>" >&2; exit 2; }; start "$2" "$3" ;;
  stop) [ $# -eq 2 ] || { echo "usage: $0 stop <cluster folder>" >&2; exit 2; }; stop "$2" ;;
  *) echo "usage: $0 start <published app folder> <cluster folder> | stop <cluster folder>" >&2; exit 2 ;;
esac
