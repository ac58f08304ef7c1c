#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite (layer contracts included) with pytest.
set -uo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --dev || exit 1
run=(.venv/bin/python -m pytest "$@")
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  run=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}")
fi
"${run[@]}"
rc=$?
if [ "$rc" = 5 ]; then
  echo "test.sh: pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit "$rc"
