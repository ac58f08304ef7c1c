"""A large library: open time, full-text search latency and memory, against bare SQLite on
the same file in the same run.

    .venv/bin/python benchmarks/bench_library.py            # --quick: 2,000 articles
    .venv/bin/python benchmarks/bench_library.py --full     # 10,000 articles
    .venv/bin/python benchmarks/bench_library.py --library L.briefing   # reuse / keep a library
Targets at 10,000: open <= 1 s, search p95 <= 30 ms, RSS <= 400 MiB.
The measuring runs in a fresh process, so building the library does not count in its RSS.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

QUERIES = ["sanctions", "missile tests", "defence pact", "warned", "Rudenko", "export controls", "energy prices",
           "trade investment", "Seoul", "Kremlin spokesman", "humanitarian aid", "shipping", "tensions rise",
           "조약이", "우크라이나에", "북한은", "санкции", "Москва", "оружия", "said", "troop deployments"]


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def time_open_and_search(open_it, queries):
    """Open a project and list its sources, then run each search: (project, sources listed,
    open + list seconds, seconds per search). Shared with the server benchmark."""
    t = time.perf_counter()
    project = open_it()
    listed = len(project.list_sources())
    opened = time.perf_counter() - t
    searches = []
    for q in queries:
        t = time.perf_counter()
        project.search_sources(q, limit=50)
        searches.append(time.perf_counter() - t)
    return project, listed, opened, searches



def measure(path: Path, rounds: int) -> dict:
    rng = random.Random(1)
    queries = [rng.choice(QUERIES) for _ in range(rounds)]
    # bare SQLite: connect and read the list columns; raw FTS MATCH without ranking or snippets
    t = time.perf_counter()
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, title, author, outlet, published, genre FROM sources ORDER BY id").fetchall()
    base_open = time.perf_counter() - t
    base_search = []
    for q in queries:
        table = "sources_fts" if q.isascii() else "sources_trigram"
        t = time.perf_counter()
        conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT 50",
                     (" ".join(f'"{w}"' for w in q.split()),)).fetchall()
        base_search.append(time.perf_counter() - t)
    conn.close()

    from briefing_app.core.project import open_project

    project, listed, ours_open, ours_search = time_open_and_search(
        lambda: open_project(path, create=False, exclusive=False), queries)
    t = time.perf_counter()
    project.list_sources(outlet="Reuters", genre="news", date_from="2022-01-01", sort="date")
    filtered = time.perf_counter() - t
    project.close()
    return {"count": len(rows), "listed": listed, "base_open": base_open, "ours_open": ours_open,
            "base_p95": p95(base_search), "ours_p95": p95(ours_search), "ours_max": max(ours_search),
            "filtered": filtered, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="10,000 articles instead of 2,000")
    ap.add_argument("--count", type=int)
    ap.add_argument("--library", type=Path, help="build (or reuse) the library here and keep it")
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.rounds)))
        return
    count = args.count or (10_000 if args.full else 2_000)
    from benchmarks.synthetic import build_library

    with tempfile.TemporaryDirectory() as tmp:
        path = args.library or Path(tmp) / "library.briefing"
        t = time.perf_counter()
        build_library(path, count)
        built = time.perf_counter() - t
        out = subprocess.run([sys.executable, __file__, "--measure", str(path), "--rounds", str(args.rounds)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        size = path.stat().st_size / 2**20
    print(f"library: {r['count']} articles of ~800 words, {size:.0f} MiB file (built in {built:.1f} s)")
    print(f"open + list all:   ours {r['ours_open'] * 1000:7.1f} ms | bare SQLite {r['base_open'] * 1000:7.1f} ms"
          f" | ratio {r['ours_open'] / r['base_open']:.1f}x   target <= 1000 ms: {'PASS' if r['ours_open'] <= 1 else 'FAIL'}")
    print(f"search p95 (top 50, ranked + snippets): ours {r['ours_p95'] * 1000:6.1f} ms (max {r['ours_max'] * 1000:.1f})"
          f" | bare FTS MATCH {r['base_p95'] * 1000:6.1f} ms | ratio {r['ours_p95'] / max(r['base_p95'], 1e-6):.1f}x"
          f"   target <= 30 ms: {'PASS' if r['ours_p95'] <= 0.030 else 'FAIL'}")
    print(f"filtered + sorted list: {r['filtered'] * 1000:.1f} ms")
    print(f"peak RSS of the measuring process: {r['rss']:.0f} MiB   target <= 400 MiB: {'PASS' if r['rss'] <= 400 else 'FAIL'}")


if __name__ == "__main__":
    main()
