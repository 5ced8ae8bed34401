#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on 127.0.0.1 for the store tests and print its URL.
#
#   export KAOHE_TEST_PG_URL=$(scripts/start_postgres.sh)
#   .venv/bin/pytest -q tests/test_store_postgres.py
#
# Installs Debian's postgresql when it is missing (apt-get; needs root or sudo), creates the
# cluster in a temporary directory owned by the `postgres` user, listens on 127.0.0.1 only
# (trust authentication: it is a local, disposable test server), creates the database
# kaohe_test, and prints postgresql+psycopg://postgres@127.0.0.1:PORT/kaohe_test on stdout.
# Everything else goes to stderr.  Stop it with the pg_ctl command printed at the end.
# Environment: KAOHE_PG_PORT (default: a free port), KAOHE_PG_DIR (default: a new temp dir).
set -euo pipefail

log() { echo "start_postgres: $*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

find_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN=$(find_bin)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    log "installing postgresql (apt-get; this can take a few minutes)"
    as_root apt-get update >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
    BIN=$(find_bin)
fi
[ -x "$BIN/initdb" ] || { log "initdb not found under /usr/lib/postgresql/*/bin"; exit 1; }

PORT=${KAOHE_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)}
DIR=${KAOHE_PG_DIR:-$(mktemp -d /tmp/kaohe-pg.XXXXXX)}
mkdir -p "$DIR"

RUN_AS=()
if [ "$(id -un)" != "postgres" ]; then
    id postgres >/dev/null 2>&1 || { log "no 'postgres' user; install the postgresql package"; exit 1; }
    as_root chown postgres: "$DIR"
    if [ "$(id -u)" -eq 0 ]; then RUN_AS=(runuser -u postgres --); else RUN_AS=(sudo -u postgres); fi
fi

log "cluster in $DIR/data, port $PORT"
"${RUN_AS[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >&2
"${RUN_AS[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres kaohe_test >&2

log "stop with: ${RUN_AS[*]} $BIN/pg_ctl -D $DIR/data stop"
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/kaohe_test"
