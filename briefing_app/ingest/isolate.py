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

import gc
import importlib
import multiprocessing
import os
import sys
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any
from collections.abc import Callable, Iterator

from briefing_app.core.errors import BriefingError
from briefing_app.core.progress import Progress

WORKER_HEADROOM = 768 * 2**20
AHEAD = 4  # files in flight per worker
FILE_TIMEOUT = 120.0  # seconds a file may take once it is first in line
# what the worker server imports besides `preload`, so that no worker does it again: the calling
# program's main script (run once in the server, as multiprocessing does by default, instead of
# once in every worker) and what a worker's own loop and this module's initializer need
SERVER_MODULES = ("__main__", "concurrent.futures.process", __name__)


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


def _call(func: Callable[[Any], Any], path: Any) -> tuple[Any, str | None]:
    try:
        return func(path), None
    except BriefingError as exc:
        return None, str(exc)
    except MemoryError:
        return None, f"{label(path)}: refused: too large or too complex to read within the memory limit (a bomb?)"
    except RecursionError:
        return None, f"{label(path)}: refused: nested too deeply to read"


def default_start_method() -> str:
    if getattr(sys, "frozen", False) or "forkserver" not in multiprocessing.get_all_start_methods():
        return "spawn"  # a frozen build re-runs its own binary (freeze_support) for each worker
    return "forkserver"


def _context(start_method: str | None, preload: tuple[str, ...]) -> multiprocessing.context.BaseContext:
    method = start_method or default_start_method()
    if method not in multiprocessing.get_all_start_methods() or method == "fork" and threading.active_count() > 1:
        method = default_start_method()
    if method == "fork":
        for module in preload:  # imported once here, inherited by every worker
            importlib.import_module(module)
        # what is alive now lives on: out of the collector's reach, neither the workers (their
        # copy-on-write pages stay shared) nor this process scan it again (the gc module's advice)
        gc.freeze()
    elif method == "forkserver":  # read when the server first starts
        multiprocessing.set_forkserver_preload(list(SERVER_MODULES + preload))
    return multiprocessing.get_context(method)


def _pool(workers: int, preload: tuple[str, ...], start_method: str | None = None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=_context(start_method, preload),
                               initializer=_init_worker, initargs=(preload, WORKER_HEADROOM))


def _kill(executor: ProcessPoolExecutor) -> None:
    """Stop a pool whose worker hangs: shutdown() alone would wait for it forever. Its futures
    are left to fail as a broken pool (cancelling them first trips Python 3.11's pool manager,
    which then sets an exception on a cancelled future)."""
    for proc in list((getattr(executor, "_processes", None) or {}).values()):
        try:
            proc.kill()
        except (OSError, ValueError):
            pass
    executor.shutdown(wait=False)


def run_ordered(func: Callable[[Any], tuple], paths: list[Any], *, workers: int, progress: Progress,
                preload: tuple[str, ...] = (), timeout: float | None = None,
                start_method: str | None = None) -> Iterator[tuple]:
    """Yield (path, *func(path), None) or (path, None, None, error) for each path, in order.
    A "path" is whatever func reads (a file's path, or a paste), picklable; messages name it by label().

    func must be a module-level function (it is pickled by name) returning a 2-tuple.
    preload: the modules every worker needs, imported before it starts (see start_method above).
    Raises core.errors.Cancelled (from progress.check) between files; the pool is then
    shut down without waiting for the files in flight.
    """
    executor = _pool(workers, preload, start_method)
    pending: deque[tuple[Any, Future]] = deque()
    todo = deque(paths)
    worked = False  # has any worker ever answered? If not, processes are unusable here
    try:
        while todo or pending:
            progress.check()
            while todo and len(pending) < workers * AHEAD:
                path = todo.popleft()
                pending.append((path, executor.submit(_call, func, path)))
            path, future = pending.popleft()
            try:
                result, error = _result(future, progress, FILE_TIMEOUT if timeout is None else timeout)
                worked = True
            except FutureTimeout:
                _kill(executor)
                yield (path, None, None, f"{label(path)}: refused: too large or too complex to read within the "
                                         f"time limit ({FILE_TIMEOUT if timeout is None else timeout:g} s)")
                todo.extendleft(reversed([p for p, _ in pending]))
                pending.clear()
                executor = _pool(workers, preload, start_method)
                continue
            except BrokenProcessPool:
                executor.shutdown(wait=False, cancel_futures=True)
                retry = [path] + [p for p, _ in pending]
                pending.clear()
                if not worked and not _workers_start(preload, start_method):
                    # workers cannot start (e.g. a frozen build without freeze_support):
                    # read everything in this process instead, with the readers' own limits
                    for p in retry + list(todo):
                        progress.check()
                        result, error = _call(func, p)
                        yield (p, *(result or (None, None)), error)
                    return
                # which file killed the worker is unknown: retry each in-flight one alone
                for p in retry:
                    progress.check()
                    result, error = _alone(func, p, preload, FILE_TIMEOUT if timeout is None else timeout, start_method)
                    yield (p, *(result or (None, None)), error)
                executor = _pool(workers, preload, start_method)
                continue
            yield (path, *(result or (None, None)), error)
    finally:
        # a normal end waits for the idle workers to exit; a cancel stops the files in flight
        if pending or todo:
            _kill(executor)
        else:
            executor.shutdown(wait=True)


def _result(future: Future, progress: Progress, timeout: float) -> tuple[Any, str | None]:
    """Wait for one file, checking for cancel every half second, up to timeout seconds."""
    waited = 0.0
    while True:
        try:
            return future.result(timeout=min(0.5, max(timeout - waited, 0.0)))
        except FutureTimeout:
            waited += 0.5
            if waited >= timeout:
                raise
            progress.check()


def _probe() -> int:
    return os.getpid()


def _workers_start(preload: tuple[str, ...], start_method: str | None) -> bool:
    """Can worker processes run at all here? (Asked when the first file broke its worker: was it
    that file — a bomb, a crashing parser — or are processes unusable, e.g. a frozen build?)"""
    probe = _pool(1, preload, start_method)
    try:
        return probe.submit(_probe).result(timeout=60) > 0
    except (BrokenProcessPool, FutureTimeout, OSError):
        return False
    finally:
        _kill(probe)


def _alone(func: Callable[[Any], tuple], path: Any, preload: tuple[str, ...],
           timeout: float, start_method: str | None) -> tuple[Any, str | None]:
    single = _pool(1, preload, start_method)
    try:
        return single.submit(_call, func, path).result(timeout=timeout)
    except BrokenProcessPool:
        return None, (f"{label(path)}: refused: too large or too complex to read within the memory limit "
                      "(its reader ran out of memory or crashed)")
    except FutureTimeout:
        return None, f"{label(path)}: refused: too large or too complex to read within the time limit ({timeout:g} s)"
    finally:
        _kill(single)


def warm_up(preload: tuple[str, ...]) -> None:
    """Start the worker server now, where workers come from one (forkserver), so the first
    import does not wait for it to start and import `preload` (over a second). The server does
    that work in its own process; this call only launches it. A no-op with other start methods."""
    if default_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    _context("forkserver", preload)
    forkserver.ensure_running()
