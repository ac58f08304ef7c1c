#!/usr/bin/env bash
# Instructions per analyse() of the analysis benchmark's text, counted by valgrind (cachegrind): unlike
# wall-clock or CPU time, the count does not move when other work loads a shared machine, so a change of
# a few tenths of a percent can be measured. Run from the project root (its .venv, with ../shared beside it:
# without it bench_analysis falls back to another English text).
#     scripts/icount.sh [en|ru|ko] [N=10] [--gc on|freeze|off] [--warm K] [--fast]
# Prints (Ir(K + N runs) - Ir(K runs)) / N (K = 1 warm-up unless --warm). The hash seed and glibc's malloc
# thresholds are fixed and the pattern cache is a fresh private one: without that the same code reads up to ±1%
# apart (heap layout: _int_malloc), more than most single changes cost. The analyses right after the first still
# settle the heap: a change that keeps memory alive (4898733e, the pattern cache's dict) read +0.5 M an analysis in
# analyses 2-11 and +0.04 M in analyses 4-13 (glibc's _int_malloc and unlink_chunk alone); --warm 3 counts the
# settled ones.
# --fast: one callgrind run that counts only the N analyses (icount_run.py turns the instrumentation on after the
# warm-up), the imports run uninstrumented: ~5x faster on a loaded machine. It reads ~0.3 M lower than the default
# (no teardown at exit in the count): compare --fast with --fast only.
set -euo pipefail
cd "$(dirname "$0")/.."
lang=en; n=10; gcmode=on; warm=1; fast=0; plain=0
while [ $# -gt 0 ]; do
  case $1 in
    --gc) gcmode=${2:?--gc needs on, freeze or off}; shift 2;;
    --warm) warm=${2:?--warm needs a number}; shift 2;;
    --fast) fast=1; shift;;
    -*) echo "icount: unknown option $1" >&2; exit 2;;
    *) if [ $plain = 0 ]; then lang=$1; else n=$1; fi; plain=$((plain + 1)); shift;;
  esac
done
case $gcmode in on|freeze|off) ;; *) echo "icount: --gc takes on, freeze or off" >&2; exit 2;; esac
case $warm in ''|*[!0-9]*|0) echo "icount: --warm takes a number of 1 or more" >&2; exit 2;; esac
export ICOUNT_GC=$gcmode ICOUNT_WARM=$warm
command -v valgrind >/dev/null || { echo "icount: valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
cache=$(mktemp -d); trap 'rm -rf "$cache"' EXIT
export BRIEFING_PATTERN_CACHE=$cache/patterns.marshal PYTHONHASHSEED=0
export GLIBC_TUNABLES=glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=268435456
py=.venv/bin/python
"$py" scripts/icount_run.py 0 "$lang"  # fill the pattern cache first
label="$lang: {} M instructions per analysis (N=$n, GC $gcmode$( [ "$warm" = 1 ] || echo ", $warm warm-ups")"
if [ "$fast" = 1 ]; then
  command -v callgrind_control >/dev/null || { echo "icount: --fast needs callgrind_control (valgrind)" >&2; exit 1; }
  total=$(ICOUNT_FAST=1 valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \
      --toggle-collect=PyEval_EvalCode --callgrind-out-file=/dev/null "$py" scripts/icount_run.py "$n" "$lang" 2>&1 |
    awk '/Collected *:/ {print $NF}')
  "$py" -c "print('${label}, --fast)'.format(f'{$total / $n / 1e6:.2f}'))"
  exit 0
fi
ir() { valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$py" scripts/icount_run.py "$1" "$lang" 2>&1 |
  awk '/I *refs:/ {gsub(",", "", $NF); print $NF}'; }
a=$(ir 0); b=$(ir "$n")
"$py" -c "print('${label})'.format(f'{($b - $a) / $n / 1e6:.2f}'))"
