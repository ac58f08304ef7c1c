"""Import speed: synthetic 800-word articles read, analysed and stored, against a bare-SQLite
baseline (read each file, insert its text, one transaction per file) in the same run.

    .venv/bin/python benchmarks/bench_import.py           # --quick: 200 articles
    .venv/bin/python benchmarks/bench_import.py --full    # 1,000 articles
Target: >= 150 articles/s on a 2-core machine (issue 16), for the first import of the process,
which also starts the import workers' server. The same files are then imported again into a new
project with that server running, as in the app (which starts it after its first paint).
An installed app runs from bytecode (pip compiles on install): with PYTHONDONTWRITEBYTECODE set
(as in some checkouts), the bench runs itself again with a scratch PYTHONPYCACHEPREFIX, filled
before timing starts, so the workers' server does not time the compiler; --cold-bytecode keeps
the variable (the server then compiles every module of the app, about 0.2 s of the first import).
"""
from __future__ import annotations

import argparse
import os
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

from benchmarks.synthetic import write_files  # noqa: E402

TARGET = 150  # articles/s, issue 16


def baseline(paths: list[Path], db: Path) -> float:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    start = time.perf_counter()
    for p in paths:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO sources (text) VALUES (?)", (p.read_bytes().decode("utf-8"),))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def ours(paths: list[Path], project_path: Path, workers: int | None) -> tuple[float, float, int, int]:
    """(seconds, CPU seconds of this process — storing, not the workers —, articles, quotes)."""
    from briefing_app.core.history import History
    from briefing_app.core.project import open_project
    from briefing_app.workflow.importing import import_files

    with open_project(project_path) as project:
        start, cpu = time.perf_counter(), time.process_time()
        report = import_files(project, History(project), paths, workers=workers)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        quotes = project.query("SELECT count(*) FROM quotes")[0][0]
    return elapsed, cpu, len(report.imported), quotes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="1,000 articles instead of 200")
    ap.add_argument("--count", type=int)
    ap.add_argument("--workers", type=int, default=None, help="default: all cores")
    ap.add_argument("--cold-bytecode", action="store_true",
                    help="keep PYTHONDONTWRITEBYTECODE if set: the workers' server compiles the app's sources")
    args = ap.parse_args()
    if sys.flags.dont_write_bytecode and not args.cold_bytecode:
        with tempfile.TemporaryDirectory(prefix="bench-import-") as scratch:
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
            raise SystemExit(subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env).returncode)
    count = args.count or (1000 if args.full else 200)
    from briefing_app.analysis import analyse
    from benchmarks.synthetic import article
    import briefing_app.workflow.preload_all  # noqa: F401 - what the workers' server imports: bytecode written now

    if not analyse(article(1)["text"]).quotes:
        print("warning: the analysis layer found no quotes: is it still a stub? figures would flatter us")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_files(folder / "articles", count)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths) / count
        base = baseline(paths, folder / "bare.sqlite")
        took, cpu, imported, quotes = ours(paths, folder / "bench.briefing", args.workers)
        again, _, again_imported, _ = ours(paths, folder / "again.briefing", args.workers)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rate = imported / took
    print(f"articles: {count} of {words:.0f} words on average; {os.cpu_count()} cores; "
          f"workers={args.workers or 'all cores'}; bytecode: "
          f"{'none (the server compiles the sources)' if sys.flags.dont_write_bytecode else 'cached'}; "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"bare SQLite (read + insert): {base:7.3f} s  {count / base:8.0f} articles/s")
    print(f"briefing import (read + analyse + store, {quotes} quotes): {took:7.3f} s  {rate:8.1f} articles/s")
    print(f"  of which this process's CPU (storing; the workers read and analyse): {cpu / imported * 1000:.2f} ms "
          "an article")
    print(f"again, the worker server already running (as in the app): {again:7.3f} s  "
          f"{again_imported / again:8.1f} articles/s")
    print(f"ratio briefing / bare SQLite time: {took / base:.1f}x")
    workers_rss = f"{rss_child:.0f} MiB" if rss_child else "not seen here (forked by the fork server)"
    print(f"peak RSS: main process {rss:.0f} MiB, largest worker {workers_rss}")
    print(f"target >= {TARGET} articles/s: {'PASS' if rate >= TARGET else 'FAIL'}")


if __name__ == "__main__":
    main()
