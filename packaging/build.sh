#!/usr/bin/env bash
# Build Briefing Builder as a one-folder app with PyInstaller (see packaging/README.md):
#   dist/briefing-builder/briefing-app   the GUI
#   dist/briefing-builder/briefing       the command line (`briefing install-desktop` adds it to the menu)
# then start the frozen GUI once with --startup-check (offscreen) and print the folder's size.
#
# Usage: packaging/build.sh [--archive] [--no-check]
#   --archive    also pack dist/briefing-builder-VERSION-OS-ARCH.tar.gz
#   --no-check   skip the startup check
# Environment: DIST_DIR (default dist), WORK_DIR (default build/pyinstaller), PYTHON (default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."

ARCHIVE=0; CHECK=1
for arg in "$@"; do
  case "$arg" in
    --archive) ARCHIVE=1 ;;
    --no-check) CHECK=0 ;;
    *) echo "usage: packaging/build.sh [--archive] [--no-check]" >&2; exit 2 ;;
  esac
done
DIST_DIR=${DIST_DIR:-dist}
WORK_DIR=${WORK_DIR:-build/pyinstaller}
PYTHON=${PYTHON:-.venv/bin/python}

[ -x "$PYTHON" ] || bash scripts/setup.sh
"$PYTHON" -m pip install -q --disable-pip-version-check -r packaging/requirements.txt

# PyInstaller's cache of collected binaries lives by default in ~/.cache/pyinstaller, shared by every build
# of the user; --clean empties it, so two builds at once (a test's and a developer's) broke each other
# ("Directory not empty: .../bincache..."). Each build keeps its own beside its work files.
export PYINSTALLER_CONFIG_DIR=${PYINSTALLER_CONFIG_DIR:-$(realpath -m "$WORK_DIR")/config}

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST_DIR" --workpath "$WORK_DIR" packaging/briefing.spec
echo "build: $(( $(date +%s) - start )) s"

APP="$DIST_DIR/briefing-builder"
if [ "$CHECK" = 1 ]; then
  QT_QPA_PLATFORM=offscreen "$APP/briefing-app" --startup-check
  "$APP/briefing" --version
  echo "startup check: ok"
fi
echo "size: $(du -sh "$APP" | cut -f1) ($APP)"

if [ "$ARCHIVE" = 1 ]; then
  version=$("$APP/briefing" --version | awk '{print $2}')
  name="briefing-builder-$version-$(uname -s | tr 'A-Z' 'a-z')-$(uname -m)"
  tar -C "$DIST_DIR" --transform "s,^briefing-builder,$name," -czf "$DIST_DIR/$name.tar.gz" briefing-builder
  echo "archive: $(du -h "$DIST_DIR/$name.tar.gz" | cut -f1) ($DIST_DIR/$name.tar.gz)"
fi
