#!/usr/bin/env bash
# Propagation delay between two real PolicyKB nodes on one throwaway PostgreSQL (docs/scale-out.md, "Propagation delay").
# Starts an unprivileged cluster in a temp folder (track_commit_timestamp on, so the delay starts at the commit), node A
# and node B on an empty store, then runs policykb-scaleout propagation: N files
# of the folder uploaded one by one through A, B probed every 5 ms. Everything is stopped and deleted at the end.
#
#   dotnet build PolicyKB.sln -c Release
#   deploy/bench/propagation.sh [folder=../shared/train] [uploads=50]
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
files="${1:-$repo/../shared/train}"
uploads="${2:-50}"
pg_bin=/usr/lib/postgresql/15/bin
host="$repo/src/PolicyKB.Web/bin/Release/net10.0/PolicyKB.Web.dll"
bench="$repo/tools/PolicyKB.ScaleOutBench/bin/Release/net10.0/policykb-scaleout.dll"
[ -x "$pg_bin/initdb" ] || { echo "PostgreSQL 15 missing: apt-get install -y postgresql" >&2; exit 2; }
[ -f "$host" ] && [ -f "$bench" ] || { echo "build first: dotnet build PolicyKB.sln -c Release" >&2; exit 2; }
[ -d "$files" ] || { echo "no folder $files" >&2; exit 2; }

root="$(mktemp -d /tmp/policykb-propagation.XXXXXX)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_port="$(free_port)" port_a="$(free_port)" port_b="$(free_port)"
key="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  as_postgres "$pg_bin/pg_ctl" -D "$root/pg" -w -m fast stop >/dev/null 2>&1 || true
  rm -rf "$root"
}
trap cleanup EXIT

mkdir -p "$root/pg" "$root/logs"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$root" "$root/pg" "$root/logs"
as_postgres "$pg_bin/initdb" -D "$root/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$root/logs/initdb.log"
# Default durability (fsync on): the delay measured is that of a real commit.
as_postgres "$pg_bin/pg_ctl" -D "$root/pg" -w -l "$root/logs/postgres.log" \
  -o "-p $pg_port -k $root/pg -c listen_addresses=127.0.0.1 -c track_commit_timestamp=on" start >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Database=postgres;Username=postgres"

start_node() { # name port ingest-content
  ( cd "$repo" && exec env PolicyKB__DataDirectory="$root/$1" PolicyKB__ContentDirectory="$repo/content" \
      PolicyKB__IngestContentOnStart="$3" PolicyKB__Store__Provider=postgres PolicyKB__Store__ConnectionString="$connection" \
      PolicyKB__Api__ApiKey="$key" PolicyKB__Api__SearchCacheSeconds=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
      dotnet "$host" --urls "http://127.0.0.1:$2" ) >"$root/logs/node-$1.log" 2>&1 </dev/null &
  pids+=("$!")
}
# Neither ingests content/ at start: the uploads are then the only writes, as the probe (one more document) assumes.
start_node a "$port_a" false
start_node b "$port_b" false

dotnet "$bench" propagation --node-a "http://127.0.0.1:$port_a" --node-b "http://127.0.0.1:$port_b" --api-key "$key" \
  --postgres "$connection" --files "$files" --uploads "$uploads"
