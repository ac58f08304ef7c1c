"""Run analyse() N times on the analysis benchmark's text (a helper of scripts/icount.sh).

    .venv/bin/python scripts/icount_run.py N [en|ru|ko]

ICOUNT_GC (set by icount.sh --gc) chooses the cyclic collector's state for the N runs after the warm-up:
"on" (default, as before), "freeze" (gc.freeze() after the warm-up, as the import worker and the app do
after their start: collections then walk only what the analyses make) or "off" (gc.disable()).
"""
from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import bench_analysis  # noqa: E402

from briefing_app.analysis import analyse  # noqa: E402


def main() -> None:
    runs = int(sys.argv[1])
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    text = bench_analysis.article(None) if lang == "en" else bench_analysis.language_text(lang)
    analyse(text)  # warm-up: imports, compiled patterns
    mode = os.environ.get("ICOUNT_GC", "on")
    if mode in ("freeze", "off"):
        gc.collect()
        if mode == "freeze":
            gc.freeze()
        else:
            gc.disable()
    for _ in range(runs):
        analyse(text)


if __name__ == "__main__":
    main()
