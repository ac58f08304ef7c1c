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

--users adds the first import as users meet it, each in a new process: the app's (its workers'
server started ahead, as the app does 1.5 s after its first paint, and ready; the workers forked
afresh) and the CLI's (`briefing import` of the files into a new project: from the process's
start to its end, Python's start-up, the CLI's imports, the rules loaded and the workers forked
included).

Where the time goes: the CPU an article of the workers (read from /proc as each ends: the fork
server forks them, so this process never sees them as children) and of this process (storing),
their sum against what the machine's cores could give, and the fork server's start-up CPU;
--stages times each stage of one article's path alone in this process (import_costs.py).
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

from benchmarks.import_costs import WorkerCpu, rules_share, server_cpu, stages  # noqa: E402
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


FIRST_STORED: list[float] = []  # seconds from the start of each import to its first file stored


def ours(paths: list[Path], project_path: Path, workers: int | None) -> tuple[float, float, int, int]:
    """(seconds, CPU seconds of this process — storing, not the workers —, articles, quotes)."""
    from briefing_app.core.history import History
    from briefing_app.core.progress import Progress
    from briefing_app.core.project import open_project
    from briefing_app.workflow.importing import import_files

    def stored(done: int, _total: int, _message: str) -> None:
        if done == 1 and len(FIRST_STORED) < runs:
            FIRST_STORED.append(time.perf_counter() - start)

    runs = len(FIRST_STORED) + 1
    with open_project(project_path) as project:
        start, cpu = time.perf_counter(), time.process_time()
        report = import_files(project, History(project), paths, workers=workers, progress=Progress(stored))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        quotes = project.query("SELECT count(*) FROM quotes")[0][0]
    return elapsed, cpu, len(report.imported), quotes


def app_first(paths: list[Path], project_path: Path) -> float:
    """Seconds of the first import in a new process whose workers' server was started ahead and is
    ready (the app's first import after its warm-up), in a child process; articles/s."""
    code = ("import sys, time; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
            "from benchmarks.bench_import import _first_after_warm_up; _first_after_warm_up(sys.argv[2:])")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), str(project_path), *map(str, paths)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def _first_after_warm_up(args: list[str]) -> None:
    from briefing_app.ingest.isolate import _context, _workers_start
    from briefing_app.workflow.importing import warm_up_workers
    from briefing_app.workflow.reading import SERVER_PRELOAD

    warm_up_workers()
    _workers_start(_context("forkserver", SERVER_PRELOAD), SERVER_PRELOAD)  # a probe worker answers: the server is ready
    took, _, imported, _ = ours([Path(a) for a in args[1:]], Path(args[0]), None)
    print(imported / took)


def cli_first(paths: list[Path], project_path: Path) -> float:
    """Articles/s of `briefing import` into a new project, from the process's start to its end."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefing_app.cli.main", "import", *map(str, paths),
                    "--project", str(project_path)], capture_output=True, check=True, cwd=ROOT)
    return len(paths) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="1,000 articles instead of 200")
    ap.add_argument("--count", type=int)
    ap.add_argument("--workers", type=int, default=None, help="default: all cores")
    ap.add_argument("--stages", action="store_true",
                    help="also time each stage of an article's import alone, in this process")
    ap.add_argument("--users", action="store_true",
                    help="also the first import in a new app process (server started ahead) and in the CLI")
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
        workers_cpu = WorkerCpu()
        workers_cpu.install()
        took, cpu, imported, quotes = ours(paths, folder / "bench.briefing", args.workers)
        cpu_first, server = workers_cpu.take(), server_cpu()
        again, again_cpu, again_imported, _ = ours(paths, folder / "again.briefing", args.workers)
        cpu_again = workers_cpu.take()
        users = (app_first(paths, folder / "app.briefing"), cli_first(paths, folder / "cli.briefing")) \
            if args.users else None
        parts = stages(paths) if args.stages else {}
        rules = rules_share(paths) if args.stages else 0.0
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
    if users:
        print(f"first import in a new app process, its server started ahead and ready: {users[0]:8.1f} articles/s")
        print(f"first import in the CLI (briefing import, process start to end):      {users[1]:8.1f} articles/s")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    for name, main_cpu, seen, n, seconds in (("first", cpu, cpu_first, imported, took),
                                             ("again", again_cpu, cpu_again, again_imported, again)):
        if seen is None:
            print(f"CPU an article ({name}): this process {main_cpu / n * 1000:.2f} ms; workers not seen here")
            continue
        total = (main_cpu + seen) / n
        print(f"CPU an article ({name}): workers {seen / n * 1000:.2f} ms + this process {main_cpu / n * 1000:.2f} ms "
              f"= {total * 1000:.2f} ms; {cores} cores give at most {cores / total:.0f} articles/s, "
              f"this run used {(main_cpu + seen) / seconds / cores:.0%} of them")
    if server is not None:
        print(f"worker server start-up (first import only): {server:.2f} s CPU")
    if len(FIRST_STORED) == 2:
        print(f"first file stored after: {FIRST_STORED[0] * 1000:.0f} ms (first import: the server starts), "
              f"{FIRST_STORED[1] * 1000:.0f} ms (again)")
    for stage, ms in parts.items():
        print(f"  stage {stage}: {ms:.3f}" + ("" if "KiB" in stage else " ms"))
    if parts:
        print(f"  of which the rules alone (analysis.analyse): {rules:.3f} ms")
    print(f"ratio briefing / bare SQLite time: {took / base:.1f}x")
    workers_rss = f"{rss_child:.0f} MiB" if rss_child else "not seen here (forked by the fork server)"
    print(f"peak RSS: main process {rss:.0f} MiB, largest worker {workers_rss}")
    print(f"target >= {TARGET} articles/s: {'PASS' if rate >= TARGET else 'FAIL'}")


if __name__ == "__main__":
    main()
