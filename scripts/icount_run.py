"""Run analyse() N times on the analysis benchmark's text (a helper of scripts/icount.sh).

    .venv/bin/python scripts/icount_run.py N [en|ru|ko]

ICOUNT_GC (set by icount.sh --gc) chooses the cyclic collector's state for the N runs after the warm-up:
"on" (default, as before), "freeze" (gc.freeze() after the warm-up, as the import worker and the app do
after their start: collections then walk only what the analyses make) or "off" (gc.disable()).
ICOUNT_WARM (icount.sh --warm) is the number of warm-up analyses (1 unless set).
ICOUNT_FAST=1 (icount.sh --fast, under `valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no
--toggle-collect=PyEval_EvalCode`): after the warm-up this process turns callgrind's instrumentation on
(callgrind_control) and runs the N analyses inside one exec(), the only PyEval_EvalCode call after it, so that only
they are counted: the imports run uninstrumented, several times faster than under cachegrind.
"""
from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import bench_analysis  # noqa: E402

from briefing_app.analysis import analyse  # noqa: E402


def main() -> None:
    runs = int(sys.argv[1])
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    text = bench_analysis.article(None) if lang == "en" else bench_analysis.language_text(lang)
    for _ in range(int(os.environ.get("ICOUNT_WARM", "1"))):
        analyse(text)  # warm-up: imports, compiled patterns
    mode = os.environ.get("ICOUNT_GC", "on")
    if mode in ("freeze", "off"):
        gc.collect()
        if mode == "freeze":
            gc.freeze()
        else:
            gc.disable()
    if os.environ.get("ICOUNT_FAST") == "1":
        _instrument()
        exec(compile("for _ in range(runs):\n    analyse(text)\n", "<icount>", "exec"),
             {"analyse": analyse, "text": text, "runs": runs})
        return
    for _ in range(runs):
        analyse(text)


def _instrument() -> None:
    """callgrind_control -i on for this process, waited for by spinning: callgrind reads its commands while the
    program runs, not while it sleeps in a system call."""
    with tempfile.TemporaryDirectory() as tmp:
        flag = Path(tmp) / "on"
        # (callgrind_control exits 0 also when no callgrind runs that process: its message tells)
        helper = subprocess.Popen(["sh", "-c", f'out=$(callgrind_control -i on {os.getpid()} 2>&1) || exit 1; '
                                   f'case "$out" in *Error*) echo "$out" >&2; exit 1;; esac; touch "{flag}"'])
        while not flag.exists():
            if helper.poll() not in (None, 0):
                raise SystemExit("icount_run: callgrind_control failed (is this process under callgrind?)")
        helper.wait()


if __name__ == "__main__":
    main()
