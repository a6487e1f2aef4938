#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the store tests and prints its JDBC URL as the last line of stdout.
# Installs Debian's postgresql when missing. The cluster lives under $SITREP_PG_DIR (default
# /tmp/sitrep-pg-$PORT), listens on 127.0.0.1:$SITREP_PG_PORT (default 54329) only, and is reused when it is
# already up. Logs go to stderr. Stop it with .ci/stop-postgres.sh.
set -euo pipefail

PORT="${SITREP_PG_PORT:-54329}"
DIR="${SITREP_PG_DIR:-/tmp/sitrep-pg-$PORT}"
DB=sitrep
ROLE=sitrep
PASSWORD=sitrep
URL="jdbc:postgresql://127.0.0.1:$PORT/$DB?user=$ROLE&password=$PASSWORD"

log() { echo "start-postgres: $*" >&2; }

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

BIN=$(bindir || true)
if [ -z "$BIN" ]; then
  if [ "$(id -u)" != 0 ]; then log "PostgreSQL is not installed and this user cannot apt-get install it"; exit 1; fi
  log "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BIN=$(bindir || true)
  [ -n "$BIN" ] || { log "postgresql installed but no initdb under /usr/lib/postgresql/*/bin"; exit 1; }
fi

# initdb and postgres refuse to run as root: run them as the postgres user the package created
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || { log "no postgres user: is the postgresql package installed?"; exit 1; }
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  log "reusing the server on port $PORT"
else
  if [ ! -f "$DIR/PG_VERSION" ]; then
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
    chmod 700 "$DIR"
    as_pg "$BIN/initdb" -D "$DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2 \
      || as_pg "$BIN/initdb" -D "$DIR" -U postgres -A trust -E UTF8 --locale=C >&2
  fi
  as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=on" start >&2 \
    || { log "the server did not start; its log:"; tail -n 30 "$DIR/server.log" >&2 || true; exit 1; }
fi

psql_admin() { as_pg "$BIN/psql" -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres "$@"; }
if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" ]; then
  psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  psql_admin -c "CREATE DATABASE $DB OWNER $ROLE" >&2
fi
echo "$URL"
