#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite (layer contracts included) with pytest.
set -uo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --dev || exit 1
screen=()
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  screen=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
"${screen[@]}" .venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" = 5 ]; then
  echo "test.sh: pytest collected no tests: that is a failure here" >&2
  exit 1
fi
[ "$rc" = 0 ] || exit "$rc"
# The slow part (about 2 minutes): the frozen one-folder build and a wheel installed into a
# fresh venv. Skipped only when arguments select tests (e.g. ./test.sh tests/core).
if [ "$#" = 0 ]; then
  echo "test.sh: slow packaging tests"
  "${screen[@]}" .venv/bin/python -m pytest -m slow tests/packaging
  rc=$?
  [ "$rc" = 5 ] && { echo "test.sh: no slow packaging tests collected" >&2; exit 1; }
fi
exit "$rc"
