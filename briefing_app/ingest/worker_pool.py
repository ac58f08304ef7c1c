"""Import workers kept between imports, where they do not fork from the importing process itself
(isolate.py: the app's worker server, or spawned in a frozen build): the next import in the same
process (the app's second drop) takes them instead of starting new ones. A worker forked afresh
costs ~12 ms of CPU to start and ~30 ms more over its first files (pages copied from the server
as it touches them, caches filled, patterns compiled): 0.55 ms of the workers' CPU an article of
a 200-file import with two workers (bench_import, "again", three paired runs).

Only a worker that ended its import idle and healthy is kept: alive, under MAX_FILES files read,
its address space grown less than GROWTH since it was first kept (its memory cap is fixed when
it starts, so a worker that kept what it allocated has less room left for the next file); where
/proc does not tell a process's size (macOS, Windows) none is kept. A kept
worker unused for IDLE_SECONDS ends by itself (workers.serve); one found older here is stopped.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Hashable

from briefing_app.ingest.workers import IDLE_SECONDS, Worker

MAX_FILES = 2000
GROWTH = 128 * 2**20
_MARGIN = 30.0  # seconds: a worker this close to ending by itself is not handed out

_lock = threading.Lock()
_idle: dict[Hashable, list[tuple[Worker, float]]] = {}  # by kind of worker: (worker, idle since)
_first_size: dict[int, int] = {}  # by worker pid: its address space when first kept


def take(kind: Hashable) -> Worker | None:
    """A kept worker of this kind, or None."""
    stale = []
    found = None
    with _lock:
        kept = _idle.get(kind, [])
        while kept and found is None:
            worker, since = kept.pop()
            if time.monotonic() - since < IDLE_SECONDS - _MARGIN and worker.process.is_alive():
                found = worker
            else:
                stale.append(worker)
    for worker in stale:
        _forget(worker)
        worker.stop()
    return found


def keep(kind: Hashable, worker: Worker) -> bool:
    """Keep an idle worker for the next import of this kind; False: it is not worth keeping
    (the caller stops it)."""
    pid = worker.process.pid
    size = _address_space(pid) if pid else None
    if worker.pending or worker.answered >= MAX_FILES or size is None or not worker.process.is_alive():
        _forget(worker)
        return False
    first = _first_size.setdefault(pid, size)
    if size - first > GROWTH:
        _forget(worker)
        return False
    with _lock:
        _idle.setdefault(kind, []).append((worker, time.monotonic()))
    return True


def kept_pids() -> list[int]:
    """The process ids of the workers kept now (for a benchmark to read their CPU)."""
    with _lock:
        return [w.process.pid for kept in _idle.values() for w, _ in kept if w.process.pid]


def _forget(worker: Worker) -> None:
    if worker.process.pid:
        _first_size.pop(worker.process.pid, None)


def _address_space(pid: int) -> int | None:
    """The process's address space in bytes (what its memory cap limits), None where /proc does not tell."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None
