#!/usr/bin/env bash
# Set up (first time only) and start Briefing Builder. Without a project it opens the sample project.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/briefing-app "$@"
