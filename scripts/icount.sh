#!/usr/bin/env bash
# Instructions per analyse() of the analysis benchmark's text, counted by valgrind (cachegrind): unlike
# wall-clock or CPU time, the count does not move when other work loads a shared machine, so a change of
# a few tenths of a percent can be measured. Run from the project root (its .venv, with ../shared beside it:
# without it bench_analysis falls back to another English text).
#     scripts/icount.sh [en|ru|ko] [N=10] [--gc on|freeze|off]
# Prints (Ir(1 + N runs) - Ir(1 run)) / N. The hash seed and glibc's malloc thresholds are fixed and the
# pattern cache is a fresh private one: without that the same code reads up to ±1% apart (heap layout:
# _int_malloc), more than most single changes cost.
set -euo pipefail
cd "$(dirname "$0")/.."
lang=${1:-en}; n=${2:-10}; gcmode=on
if [ "${3:-}" = "--gc" ]; then gcmode=${4:?--gc needs on, freeze or off}; fi
case $gcmode in on|freeze|off) ;; *) echo "icount: --gc takes on, freeze or off" >&2; exit 2;; esac
export ICOUNT_GC=$gcmode
command -v valgrind >/dev/null || { echo "icount: valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
cache=$(mktemp -d); trap 'rm -rf "$cache"' EXIT
export BRIEFING_PATTERN_CACHE=$cache/patterns.marshal PYTHONHASHSEED=0
export GLIBC_TUNABLES=glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=268435456
py=.venv/bin/python
"$py" scripts/icount_run.py 0 "$lang"  # fill the pattern cache first
ir() { valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$py" scripts/icount_run.py "$1" "$lang" 2>&1 |
  awk '/I *refs:/ {gsub(",", "", $NF); print $NF}'; }
a=$(ir 0); b=$(ir "$n")
"$py" -c "print(f'$lang: {($b - $a) / $n / 1e6:.2f} M instructions per analysis (N=$n, GC $gcmode)')"
