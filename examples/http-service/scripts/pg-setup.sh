#!/usr/bin/env bash
# Installs Debian's PostgreSQL, starts a throw-away cluster on a free port and creates a database,
# then prints its DATABASE_URL (the only line on stdout; progress goes to stderr):
#
#   export DATABASE_URL="$(bash examples/http-service/scripts/pg-setup.sh)"
#
# Environment: PG_DIR (the cluster's directory, default /tmp/zhidu-pg), PG_PORT (default: a free
# port), PG_DB (default zhidu). Stop the cluster with the command printed at the end.
set -euo pipefail

log() { echo "pg-setup: $*" >&2; }

if [ "$(id -u)" -eq 0 ]; then
  as_root() { "$@"; }
  as_postgres() { runuser -u postgres -- "$@"; }
else
  as_root() { sudo "$@"; }
  as_postgres() { sudo -u postgres "$@"; }
fi

pg_bin() { find /usr/lib/postgresql -maxdepth 3 -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1 | xargs -r dirname; }

bin="$(pg_bin)"
if [ -z "$bin" ]; then
  log "installing postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq >&2
  as_root apt-get install -y -qq --no-install-recommends postgresql >&2
  bin="$(pg_bin)"
fi
[ -n "$bin" ] || { log "initdb not found after installing postgresql"; exit 1; }
log "using $("$bin/postgres" --version)"

dir="${PG_DIR:-/tmp/zhidu-pg}"
db="${PG_DB:-zhidu}"
port="${PG_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});")}"

if [ -f "$dir/data/postmaster.pid" ]; then
  log "stopping the cluster already in $dir"
  as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
fi
as_root rm -rf "$dir"
as_root mkdir -p "$dir"
as_root chown postgres:postgres "$dir"

log "initdb in $dir/data"
as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
log "starting on 127.0.0.1:$port"
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=off" start >&2
as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"

log "ready; stop it with: $( [ "$(id -u)" -eq 0 ] && echo 'runuser -u postgres --' || echo 'sudo -u postgres') $bin/pg_ctl -D $dir/data stop"
echo "postgres://postgres@127.0.0.1:$port/$db"
