#!/usr/bin/env bash
# The test suite as `make test` runs it (and CI through .ci/run):
#  - installs Debian's chromium for the browser tests when it is missing;
#  - installs LibreOffice (legacy .doc/.xls/.wps conversion) when it is missing;
#  - under CI (CI=true), or with KAOHE_TEST_WITH_PG=1, starts a throwaway PostgreSQL on
#    127.0.0.1 so the store's PostgreSQL path is tested too, and stops it afterwards;
#  - runs pytest from the project's virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

scripts/install_browser.sh
scripts/install_system_packages.sh

PG_STOP=""
if [ -z "${KAOHE_TEST_PG_URL:-}" ] && { [ "${CI:-}" = "true" ] || [ "${KAOHE_TEST_WITH_PG:-}" = "1" ]; }; then
    PG_DIR=$(mktemp -d /tmp/kaohe-pg.XXXXXX)
    if URL=$(KAOHE_PG_DIR="$PG_DIR" scripts/start_postgres.sh); then
        export KAOHE_TEST_PG_URL="$URL"
        BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
        PG_STOP="runuser -u postgres -- $BIN/pg_ctl -D $PG_DIR/data -m fast stop"
    else
        echo "run_tests: PostgreSQL could not be started; its tests will be skipped" >&2
    fi
fi
cleanup() { if [ -n "$PG_STOP" ]; then $PG_STOP >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT

"$PY" -m pytest -q "$@"
