"""Run a reader over many files in worker processes: all cores, a memory cap per worker,
results in the order given, cancel between files, and a crashed or hanging worker costs one
file (a file still unread FILE_TIMEOUT seconds after its turn came is refused, its worker killed).

The cap is RLIMIT_AS (Linux, macOS): the worker's address space after its imports plus
WORKER_HEADROOM, so a decompression bomb ends in MemoryError (or the worker dying) instead
of the machine swapping. Windows has no RLIMIT_AS; there the parsers' own limits apply.

How workers start (start_method): "forkserver" by default where there is one: a clean
single-threaded server process imports `preload` once and forks every worker from it, so a
worker starts in milliseconds with the app imported and its regular expressions compiled
(spawn re-imports the app in each one). "fork" forks the workers from the calling process
itself, after it imported `preload`: cheapest of all, only for a single-threaded process with
no GUI (the CLI); a process with threads gets the default instead (a fork copies whatever lock
another thread holds). A frozen build and platforms without forkserver use "spawn".
"""
from __future__ import annotations

import functools
import gc
import importlib
import multiprocessing
import os
import sys
import threading
import time
from typing import Any
from collections.abc import Callable, Hashable, Iterator
from multiprocessing.connection import wait

from briefing_app.core.errors import BriefingError
from briefing_app.core.progress import Progress
from briefing_app.ingest import server_main, worker_pool
from briefing_app.ingest.workers import Worker, WorkerDied, pickled

WORKER_HEADROOM = 768 * 2**20
AHEAD = 4  # files in flight (sent, or answered before their turn) per worker
DEPTH = 2  # files sent to one worker at a time: it never waits for its next; the rest go to whichever is free
_DIED = object()  # an answer: its worker died on it
FILE_TIMEOUT = 120.0  # seconds a file may take once it is first in line
# what the worker server imports besides `preload`, so that no worker does it again: the calling
# program's main script (run once in the server instead of once in every worker: server_main.py)
# and what a worker's own loop and its initializer need (this module; a forked worker's start)
SERVER_MODULES = ("briefing_app.ingest.server_main", __name__, "multiprocessing.popen_forkserver")


def label(item: object) -> str:
    """How a message names what is read: a path by its file name, anything else (a paste) by str()."""
    return os.path.basename(item) if isinstance(item, str) else str(item)


def _init_worker(preload: tuple[str, ...], headroom: int = WORKER_HEADROOM) -> None:
    for module in preload:
        importlib.import_module(module)
    # what is alive now (the app's modules, its compiled rules) lives as long as the worker: out of
    # the collector's reach, no collection walks it again (nor copies the server's pages to do so)
    gc.freeze()
    try:
        import resource

        with open("/proc/self/statm") as fh:
            used = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = used + headroom
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or limit < hard:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        pass  # no /proc or no RLIMIT_AS: rely on the readers' own limits


def read_one(func: Callable[[Any], Any], path: Any) -> tuple[Any, str | None]:
    """(func(path), None), or (None, a one-line message naming the file): a bad file, a bomb, or
    a reader's own bug (an unexpected exception) costs that one file, never the import."""
    try:
        return func(path), None
    except BriefingError as exc:
        return None, str(exc)
    except MemoryError:
        return None, f"{label(path)}: refused: too large or too complex to read within the memory limit (a bomb?)"
    except RecursionError:
        return None, f"{label(path)}: refused: nested too deeply to read"
    except Exception as exc:  # noqa: BLE001 - a reader's bug costs that one file, as a worker crash does
        return None, unexpected(path, exc)


def unexpected(path: Any, exc: BaseException) -> str:
    """The message for a file whose reader failed in a way it does not foresee (a bug)."""
    detail = (str(exc).strip().splitlines() or [""])[0][:200]
    return (f"{label(path)}: could not be read: the reader failed unexpectedly ({type(exc).__name__}"
            + (f": {detail}" if detail else "") + "); the other files are imported. Please report this file.")


def default_start_method() -> str:
    if getattr(sys, "frozen", False) or "forkserver" not in multiprocessing.get_all_start_methods():
        return "spawn"  # a frozen build re-runs its own binary (freeze_support) for each worker
    return "forkserver"


def _thread_count() -> int:
    """This process's threads: the system's count where it tells (threads Qt or a library started
    count too: a fork copies whatever lock they hold), else Python's."""
    try:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("Threads:"))
    except (OSError, ValueError, StopIteration):
        return threading.active_count()


def _context(start_method: str | None, preload: tuple[str, ...]) -> multiprocessing.context.BaseContext:
    method = start_method or default_start_method()
    if method not in multiprocessing.get_all_start_methods() or method == "fork" and _thread_count() > 1:
        method = default_start_method()
    if method == "fork":
        for module in preload:  # imported once here, inherited by every worker
            importlib.import_module(module)
        # what is alive now lives on: out of the collector's reach, neither the workers (their
        # copy-on-write pages stay shared) nor this process scan it again (the gc module's advice)
        gc.freeze()
    elif method == "forkserver":  # read when the server first starts
        multiprocessing.set_forkserver_preload(list(SERVER_MODULES + preload + server_main.preload_entry()))
    return multiprocessing.get_context(method)


def _worker(ctx: multiprocessing.context.BaseContext, func: Callable[[Any], tuple],
            preload: tuple[str, ...]) -> Worker:
    return Worker(ctx, functools.partial(read_one, func), _init_worker, (preload, WORKER_HEADROOM))


def run_ordered(func: Callable[[Any], tuple], paths: list[Any], *, workers: int, progress: Progress,
                preload: tuple[str, ...] = (), timeout: float | None = None,
                start_method: str | None = None, keep_workers: bool = False) -> Iterator[tuple]:
    """Yield (path, *func(path), None) or (path, None, None, error) for each path, in order.
    A "path" is whatever func reads (a file's path, or a paste), picklable; messages name it by label().

    func must be a module-level function (it is pickled by name) returning a 2-tuple.
    preload: the modules every worker needs, imported before it starts (see start_method above).
    Up to AHEAD files a worker are in flight, each sent to the least busy worker (DEPTH at most
    each), and answers that come before their turn wait here: a slow file holds up only its worker.
    Raises core.errors.Cancelled (from progress.check) between files and while one is read;
    the workers are then killed without waiting for the files in flight.
    keep_workers: the workers that end idle are kept for the next call with the same func, preload
    and memory cap (worker_pool.py), unless they were forked from this process (start method "fork").
    """
    limit = FILE_TIMEOUT if timeout is None else timeout
    ctx = _context(start_method, preload)
    method = ctx.get_start_method()
    kind = (method, func, preload, WORKER_HEADROOM) if keep_workers and method != "fork" else None  # same limits
    pool = [(kind and worker_pool.take(kind)) or _worker(ctx, func, preload) for _ in range(max(1, workers))]
    sent: dict[int, bytes] = {}  # the items in flight, to send again if their worker has to go
    done: dict[int, Any] = {}  # answers that came before their turn (_DIED: the worker died on it)
    next_item = 0
    worked = False  # has any worker ever answered? If not, processes may be unusable here

    def replace(worker: Worker) -> None:
        """A fresh worker for one killed or dead: the items sent after its first, not started, go to it."""
        worker.kill()
        fresh = pool[pool.index(worker)] = _worker(ctx, func, preload)
        for later in list(worker.pending)[1:]:
            fresh.send(later, sent[later])

    try:
        for number, path in enumerate(paths):
            turn = time.monotonic()
            while number not in done:
                progress.check()
                # keep every worker busy, the next file to the least busy, within a window of files
                while next_item < min(len(paths), number + len(pool) * AHEAD):
                    item = sent.get(next_item) or pickled(paths[next_item])
                    sent[next_item] = item
                    least = min(pool, key=lambda w: len(w.pending))
                    if not least.can_take(len(item), DEPTH):
                        break
                    least.send(next_item, item)
                    next_item += 1
                busy = {w.conn: w for w in pool if w.pending}
                for conn in wait(list(busy), timeout=max(0.0, min(0.5, turn + limit - time.monotonic()))):
                    worker = busy[conn]  # type: ignore[index]
                    try:
                        answered, answer = worker.take()
                        done[answered], worked = answer, True
                    except WorkerDied:
                        done[worker.pending[0]] = _DIED
                        replace(worker)
                if number not in done and time.monotonic() >= turn + limit:
                    late = next(w for w in pool if w.pending and w.pending[0] == number)
                    replace(late)
                    done[number] = (None, f"{label(path)}: refused: too large or too complex to read within the "
                                          f"time limit ({limit:g} s)")
            answer = done.pop(number)
            sent.pop(number, None)
            if answer is _DIED:
                if not worked and not _workers_start(ctx, preload):
                    # workers cannot start (e.g. a frozen build without freeze_support):
                    # read everything in this process instead, with the readers' own limits
                    for p in paths[number:]:
                        progress.check()
                        result, error = read_one(func, p)
                        yield (p, *(result or (None, None)), error)
                    return
                answer = _alone(ctx, func, path, preload, limit, progress)  # this file alone decides
            if isinstance(answer, BaseException):  # raised outside read_one (an answer that could not be sent)
                answer = None, unexpected(path, answer)
            result, error = answer
            yield (path, *(result or (None, None)), error)
    finally:
        _release(pool, kind)


def _release(pool: list[Worker], kind: Hashable | None) -> None:
    """The workers at the end of a call: killed with files in flight, else kept for the next call of the same
    kind (worker_pool.py) or stopped."""
    for worker in pool:
        if worker.pending:  # cancelled, or stopped early: the files in flight are not waited for
            worker.kill()
        elif kind is None or not worker_pool.keep(kind, worker):
            worker.stop()


def _probe(_item: object) -> tuple[int, None]:
    return os.getpid(), None


def _workers_start(ctx: multiprocessing.context.BaseContext, preload: tuple[str, ...]) -> bool:
    """Can worker processes run at all here? (Asked when the first file broke its worker: was it
    that file — a bomb, a crashing parser — or are processes unusable, e.g. a frozen build?)"""
    probe = _worker(ctx, _probe, preload)
    try:
        probe.send(0, pickled(None))
        answer = probe.receive(60, lambda: None)
        return isinstance(answer, tuple) and bool(answer[0])
    except (WorkerDied, TimeoutError, OSError):
        return False
    finally:
        probe.kill()


def _alone(ctx: multiprocessing.context.BaseContext, func: Callable[[Any], tuple], path: Any,
           preload: tuple[str, ...], timeout: float, progress: Progress) -> Any:
    single = _worker(ctx, func, preload)
    try:
        single.send(0, pickled(path))
        return single.receive(timeout, progress.check)
    except WorkerDied:
        return None, (f"{label(path)}: refused: too large or too complex to read within the memory limit "
                      "(its reader ran out of memory or crashed)")
    except TimeoutError:
        return None, f"{label(path)}: refused: too large or too complex to read within the time limit ({timeout:g} s)"
    finally:
        single.kill()


def warm_up(preload: tuple[str, ...]) -> None:
    """Start the worker server now, where workers come from one (forkserver), so the first
    import does not wait for it to start and import `preload` (over a second). The server does
    that work in its own process; this call only launches it. A no-op with other start methods."""
    if default_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    _context("forkserver", preload)
    forkserver.ensure_running()
