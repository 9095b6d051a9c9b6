#!/usr/bin/env bash
# Patroni's post_bootstrap hook (patroni.yml): runs once, on the primary it has just initialised, with a superuser
# connection string as $1. Creates PolicyKB's role and database; PolicyKB applies its schema migrations itself.
# Set the password in /etc/patroni/policykb-password (mode 0600, owner postgres) before bootstrapping.
set -euo pipefail
password="$(cat /etc/patroni/policykb-password)"
psql "$1" -v ON_ERROR_STOP=1 -q -v pw="$password" <<'SQL'
CREATE ROLE policykb LOGIN PASSWORD :'pw';
CREATE DATABASE policykb OWNER policykb;
SQL
