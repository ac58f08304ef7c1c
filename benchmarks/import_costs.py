"""Where an import's time goes (bench_import.py): the workers' CPU, which the importing process
cannot see (the fork server forks them, so RUSAGE_CHILDREN never counts them), and each stage
of one article's path timed alone in this process (--stages).

The workers' CPU is read from /proc/<pid>/stat just before each worker ends (Linux only);
the fork server's own CPU (its start-up: importing the app, loading the rules) apart.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_cpu(pid: int) -> float | None:
    """CPU seconds a live process has used (its main thread's, to the nanosecond where the kernel
    keeps scheduler statistics; else user + system in clock ticks), None where /proc does not tell."""
    try:
        with open(f"/proc/{pid}/schedstat") as fh:
            return int(fh.read().split()[0]) / 1e9
    except (OSError, IndexError, ValueError):
        pass
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime (fields 14 and 15)


class WorkerCpu:
    """Sums the CPU of every import worker, read as it is stopped or killed, or at take() for
    the workers kept for the next import (ingest/worker_pool.py: only their CPU since counted)."""

    def __init__(self) -> None:
        self.by_pid: dict[int, float] = {}
        self.counted: dict[int, float] = {}  # a kept worker's CPU already counted
        self.unseen = 0

    def install(self) -> None:
        from briefing_app.ingest import workers

        for name in ("stop", "kill"):
            original = getattr(workers.Worker, name)

            def wrapped(worker: Any, _original: Callable[[Any], None] = original) -> None:
                self.sample(worker.process.pid)
                _original(worker)

            setattr(workers.Worker, name, wrapped)

    def sample(self, pid: int | None) -> None:
        if pid is None:
            return
        cpu = process_cpu(pid)
        if cpu is None:
            self.unseen += 1
        else:
            self.by_pid[pid] = max(cpu, self.by_pid.get(pid, 0.0))

    def take(self) -> float | None:
        """The CPU seconds summed since the last take(), None if no worker could be read."""
        from briefing_app.ingest.worker_pool import kept_pids

        for pid in kept_pids():
            self.sample(pid)
        total = sum(cpu - self.counted.get(pid, 0.0) for pid, cpu in self.by_pid.items())
        seen = bool(self.by_pid) and not self.unseen
        self.counted.update(self.by_pid)
        self.by_pid, self.unseen = {}, 0
        return total if seen else None


def server_cpu() -> float | None:
    """The fork server's CPU so far (what its start-up cost: it serves forks at almost no cost)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    return process_cpu(pid) if pid else None


def stages(paths: list[Path]) -> dict[str, float]:
    """CPU milliseconds an article of each stage of an import, each timed alone in this process:
    what a worker does (read, analyse, map offsets back, pickle the answer) and what the
    importing process does (unpickle it, store it: SQLite and the commands around it)."""
    import pickle
    import tempfile

    from briefing_app.core.history import History
    from briefing_app.core.project import open_project
    from briefing_app.ingest import read_file
    from briefing_app.workflow.importing import store_analysed
    from briefing_app.workflow.reading import analyse_doc

    spent: dict[str, float] = {}

    def timed(stage: str, func: Callable[..., Any], *args: Any) -> Any:
        start = time.process_time()
        result = func(*args)
        spent[stage] = spent.get(stage, 0.0) + time.process_time() - start
        return result

    answers = []
    size = 0
    for path in paths:
        doc = timed("worker: read (decode, metadata)", read_file, path)
        analysis = timed("worker: analyse (rules, offsets mapped back, title)", analyse_doc, doc)
        item = timed("worker: pickle the answer", _pickled, ((doc, analysis), None))
        size += len(item)
        answers.append(timed("main: unpickle the answer", pickle.loads, item)[0])
    with tempfile.TemporaryDirectory() as tmp, open_project(Path(tmp) / "stages.briefing") as project:
        history = History(project)
        for doc, analysis in answers:
            timed("main: store (one transaction, one undo step)", store_analysed, project, history, doc, analysis)
    out = {stage: seconds * 1000 / len(paths) for stage, seconds in spent.items()}
    out["answer size (KiB)"] = size / 1024 / len(paths)
    return out


def _pickled(answer: Any) -> bytes:
    from multiprocessing.reduction import ForkingPickler

    return bytes(ForkingPickler.dumps(answer))


def rules_share(paths: list[Path]) -> float:
    """CPU milliseconds an article of the rules alone (analysis.analyse on the reader's view)."""
    from briefing_app.analysis import analyse
    from briefing_app.ingest import read_file
    from briefing_app.ingest.textmap import analysis_view

    views = [(analysis_view(doc), doc.metadata) for doc in map(read_file, paths)]
    start = time.process_time()
    for view, metadata in views:
        analyse(view.text, metadata)
    return (time.process_time() - start) * 1000 / len(paths)
