"""benchmarks/run.py: every bench is found and its printed figures are parsed (canned output:
the benches themselves are too slow for the default run; `benchmarks/run.py --mode smoke` runs them)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
run = importlib.util.module_from_spec(spec)
spec.loader.exec_module(run)

IMPORT_OUT = """articles: 200 of 830 words on average; 2 cores; workers=all cores
bare SQLite (read + insert):   0.004 s     50123 articles/s
briefing import (read + analyse + store, 2290 quotes):   3.512 s      56.9 articles/s
ratio briefing / bare SQLite time: 878.0x
peak RSS: main process 35 MiB, largest worker 33 MiB
target >= 50 articles/s: PASS
"""
ANALYSIS_OUT = """article: 897 words, 5541 chars
analyse():                  35,330 words/s  (79 runs, 25.39 ms/article)
re.findall(r'\\w+'):      2,555,441 words/s  (5698 runs)
ratio analyse/regex:  0.0138  (regex is 72x faster)
target >= 20,000 words/s: NOT met
"""


def test_every_bench_is_found_and_the_known_ones_have_parsers():
    benches = run.discover()
    assert {"import", "library", "startup"} <= set(benches)
    # a bench added since (others add them concurrently) still runs: its numbers are kept raw
    for name in ("import", "library", "startup", "analysis", "preview", "stall"):
        if name in benches:
            assert name in run.PARSERS and name in run.MODES["smoke"]


STALL_OUT = """import: Imported 20 sources. in 1.13 s (17.8 articles/s), 2 cores
during import: 69 beats, max stall 56.2 ms, p99 53.0 ms, median 0.1 ms, beats late > 50 ms: 3
no import     : 114 beats, max stall 1.9 ms, p99 1.2 ms, median 0.1 ms, beats late > 50 ms: 0
ratio max stall import / no import: 30.1x (56.2 vs 1.9 ms)
target max stall <= 50 ms: FAIL
"""


def test_parse_stall():
    figures, targets = run.parse("stall", STALL_OUT)
    assert figures["stall_max_ms"]["value"] == 56.2 and figures["idle_max_ms"]["value"] == 1.9
    assert figures["stall_vs_idle"]["value"] == 30.1 and figures["beats_late"]["value"] == 3
    assert figures["import_rate"]["value"] == 17.8
    assert [t["ok"] for t in targets] == [False]


def test_parse_import_figures_and_target():
    figures, targets = run.parse("import", IMPORT_OUT)
    assert figures["import_rate"] == {"value": 56.9, "unit": "articles/s", "kind": "abs"}
    assert figures["import_vs_bare"]["value"] == 878.0 and figures["import_vs_bare"]["kind"] == "ratio"
    assert figures["quotes"]["value"] == 2290 and figures["rss_worker"]["value"] == 33
    assert figures["bare_sqlite_rate"]["value"] == 50123
    assert [t["ok"] for t in targets] == [True]


def test_parse_thousands_separators_and_a_missed_target():
    figures, targets = run.parse("analysis", ANALYSIS_OUT)
    assert figures["analyse_rate"]["value"] == 35330 and figures["regex_rate"]["value"] == 2555441
    assert figures["regex_faster_by"]["value"] == 72
    assert [t["ok"] for t in targets] == [False]


def test_unknown_bench_keeps_raw_numbers():
    figures, _ = run.parse("newbench", "speed 12.5 ms per thing\nratio 3.0x\n")
    assert {f["value"] for f in figures.values()} == {12.5, 3.0}
    assert any(f["kind"] == "ratio" for f in figures.values())


def test_table_and_comparison():
    figures, targets = run.parse("import", IMPORT_OUT)
    now = {"import": {"figures": figures, "targets": targets, "returncode": 0}}
    old = json.loads(json.dumps({"benches": now}))
    old["benches"]["import"]["figures"]["import_rate"]["value"] = 80.0
    text = run.table(now, old)
    assert "import_vs_bare" in text and "import_rate" in text
    assert "-29% worse" in text  # 56.9 articles/s against 80: a slowdown
