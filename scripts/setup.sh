#!/usr/bin/env bash
# Set up everything Briefing Builder needs on this machine, idempotently:
#   - system packages (Debian/Ubuntu): the Qt xcb libraries; with --dev also Xvfb for headless tests,
#     fontconfig's fc-list (the export tests check which fonts LibreOffice may see),
#     poppler, qpdf and LibreOffice Writer (export tests: PDF checks, DOCX conversion, tagged PDF) and the
#     PostgreSQL server (team-library tests start a throwaway cluster)
#   - .venv with the pinned Python dependencies (re-installed when pyproject.toml changes)
#   - with --typeset (to re-run scripts/make_typeset_pdfs.py, set T's generator only: the tests and CI read the
#     committed PDFs) also LibreOffice Writer and the hyphen-en-us patterns it hyphenates English with
# Usage: scripts/setup.sh [--dev] [--typeset]
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
TYPESET=0
for arg in "$@"; do
  case "$arg" in
    --dev) DEV=1 ;;
    --typeset) TYPESET=1 ;;
  esac
done

SYSTEM_PACKAGES=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1
  libfontconfig1 libdbus-1-3)
TEST_PACKAGES=(xvfb xauth poppler-utils qpdf libreoffice-writer-nogui fontconfig desktop-file-utils appstream
  shared-mime-info postgresql binutils)  # postgresql: the tests start a throwaway cluster of their own
# (tests/pg.py); binutils: the frozen build (PyInstaller, packaging/icu_trim.py) in the slow tests
TYPESET_PACKAGES=(libreoffice-writer-nogui hyphen-en-us)  # --typeset: scripts/make_typeset_pdfs.py (set T)

install_system_packages() {
  command -v dpkg >/dev/null 2>&1 || { echo "setup: not a Debian-like system; install the Qt xcb libraries and Xvfb yourself" >&2; return 0; }
  local wanted=("${SYSTEM_PACKAGES[@]}")
  [ "$DEV" = 1 ] && wanted+=("${TEST_PACKAGES[@]}")
  [ "$TYPESET" = 1 ] && wanted+=("${TYPESET_PACKAGES[@]}")
  local missing=()
  for p in "${wanted[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "setup: missing system packages: ${missing[*]} (install them as root)" >&2; return 0; fi
  fi
  echo "setup: installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  # Python 3.12+ first: on 3.11, PySide6 6.12 drops references to None/True (see
  # briefing_app/ui/pyside_refcounts.py, a workaround that is a no-op from 3.12 on). A Python that
  # pyenv installed but does not put on PATH counts too.
  local pyenv_root=""
  command -v pyenv >/dev/null 2>&1 && pyenv_root=$(pyenv root 2>/dev/null || true)
  local candidates=(python3.12)
  [ -n "$pyenv_root" ] && candidates+=("$pyenv_root"/versions/3.12*/bin/python3)
  candidates+=(python3.13)
  [ -n "$pyenv_root" ] && candidates+=("$pyenv_root"/versions/3.13*/bin/python3)
  candidates+=(python3.11 python3)
  for py in "${candidates[@]}"; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  echo "setup: Python 3.11 or newer is needed" >&2; return 1
}

install_system_packages

if [ ! -x .venv/bin/python ]; then
  PY=$(find_python)
  echo "setup: creating .venv with $PY"
  "$PY" -m venv .venv
fi

extras=""; [ "$DEV" = 1 ] && extras="[dev]"
stamp=".venv/.installed${extras}"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x .venv/bin/briefing ]; then
  echo "setup: installing Python dependencies${extras:+ (with test tools)}"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
  echo "$want" > "$stamp"
fi
