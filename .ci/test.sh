#!/usr/bin/env bash
# The whole suite: lint, then tests. Suites that need a real X server or a real keyring run in their own step.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
.venv/bin/ruff check --quiet .
# pytest exits 5 when a marker selects nothing; that is not a failure of the suite
run() { set +e; "$@"; rc=$?; set -e; [ $rc -eq 0 ] || [ $rc -eq 5 ] || exit $rc; }
run $PY -m pytest -q -m "not secret_service and not xcb" "$@"
