#!/usr/bin/env bash
# Stops the throwaway PostgreSQL that start-postgres.sh started (same SITREP_PG_PORT / SITREP_PG_DIR).
set -euo pipefail
PORT="${SITREP_PG_PORT:-54329}"
DIR="${SITREP_PG_DIR:-/tmp/sitrep-pg-$PORT}"
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -f "$DIR/postmaster.pid" ] || exit 0
if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR" -m fast stop >&2
else "$BIN/pg_ctl" -D "$DIR" -m fast stop >&2; fi
