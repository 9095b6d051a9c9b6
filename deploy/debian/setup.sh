#!/usr/bin/env bash
# PostgreSQL + two PolicyKB nodes + haproxy as system services on ONE Debian 12 machine, without Docker
# (deploy/README.md). Run as root from the repository, after publishing the web host:
#
#   dotnet publish src/PolicyKB.Web -c Release -o /opt/policykb
#   sudo deploy/debian/setup.sh
#
# Idempotent: run again after an upgrade of /opt/policykb (it restarts the nodes one at a time, so haproxy keeps one
# serving). Secrets are generated once into /etc/policykb/ (mode 0640, group policykb) and kept.
# For nodes on several machines run it on each with PKB_DB_HOST set to the PostgreSQL machine (and no local cluster).
set -euo pipefail

[ "$(id -u)" -eq 0 ] || { echo "run as root (sudo $0)" >&2; exit 2; }
here="$(cd "$(dirname "$0")/.." && pwd)"
[ -f /opt/policykb/PolicyKB.Web.dll ] || { echo "publish first: dotnet publish src/PolicyKB.Web -c Release -o /opt/policykb" >&2; exit 2; }
db_host="${PKB_DB_HOST:-127.0.0.1}"

DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql haproxy curl >/dev/null

# A system user owns the nodes' data; secrets live in /etc/policykb.
id policykb >/dev/null 2>&1 || useradd --system --home-dir /var/lib/policykb --shell /usr/sbin/nologin policykb
install -d -m 0750 -o root -g policykb /etc/policykb
secret() { [ -s "$1" ] || head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 >"$1"; chmod 0640 "$1"; chgrp policykb "$1"; cat "$1"; }
db_password="$(secret /etc/policykb/db-password)"
api_key="$(secret /etc/policykb/api-key)"

# The shared store: a role and a database on Debian's cluster. PolicyKB applies its own schema migrations at start.
if [ "$db_host" = 127.0.0.1 ]; then
  runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'policykb') THEN CREATE ROLE policykb LOGIN; END IF;
END \$\$;
ALTER ROLE policykb PASSWORD '$db_password';
SQL
  runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'policykb'" | grep -q 1 \
    || runuser -u postgres -- createdb -O policykb policykb
fi

connection="Host=$db_host;Port=5432;Database=policykb;Username=policykb;Password=$db_password"
for node in a b; do
  port=5081; ingest=true
  [ "$node" = b ] && port=5082 && ingest=false
  umask 027
  cat >/etc/policykb/node-$node.env <<ENV
PKB_URL=http://127.0.0.1:$port
PolicyKB__Store__ConnectionString=$connection
PolicyKB__Api__ApiKey=$api_key
PolicyKB__IngestContentOnStart=$ingest
ENV
  chgrp policykb /etc/policykb/node-$node.env
done
install -m 0644 "$here/debian/policykb-node@.service" /etc/systemd/system/policykb-node@.service

# haproxy: the repository's config; the node addresses through Debian's /etc/default/haproxy (read by its unit).
install -m 0644 "$here/haproxy.cfg" /etc/haproxy/haproxy.cfg
grep -q '^PKB_NODE_A=' /etc/default/haproxy 2>/dev/null || cat >>/etc/default/haproxy <<ENV
PKB_LISTEN=0.0.0.0:80
PKB_NODE_A=127.0.0.1:5081
PKB_NODE_B=127.0.0.1:5082
ENV
set -a; . /etc/default/haproxy; set +a
haproxy -c -q -f /etc/haproxy/haproxy.cfg

systemctl daemon-reload
# One node at a time: the other keeps serving behind haproxy while this one restarts and catches up.
for node in a b; do
  systemctl enable policykb-node@$node >/dev/null
  systemctl restart policykb-node@$node
  for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$([ $node = a ] && echo 5081 || echo 5082)/api/health/ready" && break; sleep 1; done
done
systemctl enable haproxy >/dev/null
systemctl reload-or-restart haproxy
echo "PolicyKB behind haproxy on port 80; admin key in /etc/policykb/api-key; stats: curl http://127.0.0.1:8404/stats"
