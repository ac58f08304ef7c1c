"""Long work off the GUI thread: the one mechanism for import, export and the live preview.

`Task(fn)` runs `fn(progress, emit_partial)` in a thread pool. `progress` is a plain
`core.progress.Progress` (step + cancel, no Qt), so the same workflow code serves the CLI.
Every result comes back on the GUI thread through queued signals — workers never touch
widgets or the project store (the store is written only on the GUI thread, one short
transaction per step):
- `progressed(done, total, message)`, `done(result)`, `failed(exception)`;
- `partial(item)` for each item the function emits, handed out for at most SLICE_MS per turn
  of the event loop (a pool that hands back a hundred files at once would otherwise run every
  store, and every view refresh it triggers, in one pass, starving repaints); `done`/`failed`
  come after the last partial.

`LatestWins(fn)` is for work where only the newest request matters (the live preview): one
runs at a time, requests made meanwhile collapse into the newest, which starts when the
running one ends, and a result overtaken by a newer request is never delivered.

Pools: "work" (two threads: import, export, drafting), "preview" (one thread of its own, so a
render never queues behind an import) and "library" (two threads: the library's searches and its plain list).
"""
from __future__ import annotations

import time
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from briefing_app.core.errors import BriefingError, Cancelled
from briefing_app.core.progress import Progress

SLICE_MS = 12  # the most partial results are handed out for in one turn of the event loop
PROGRESS_MS = 100  # the progress dialog shows the latest step at most this often
_THREADS = {"work": 2, "preview": 1, "library": 2}
_POOLS: dict[str, QThreadPool] = {}
_RUNNING: set[Task] = set()


def pool(name: str = "work") -> QThreadPool:
    if name not in _POOLS:
        _POOLS[name] = QThreadPool()
        _POOLS[name].setMaxThreadCount(_THREADS[name])
    return _POOLS[name]


class Task(QObject):
    progressed = Signal(int, int, str)
    partial = Signal(object)
    done = Signal(object)
    failed = Signal(object)  # the exception
    _progress_sig = Signal(int, int, str)
    _partial_sig = Signal(object)
    _end_sig = Signal(bool, object)  # succeeded, the result or the exception

    def __init__(self, fn: Callable[[Progress, Callable[[Any], None]], Any], parent: QObject | None = None,
                 pool_name: str = "work"):
        super().__init__(parent)
        self._fn = fn
        self._pool = pool_name
        self.progress = Progress(self._progress_sig.emit)
        self.finished = False
        self._partials: deque[Any] = deque()
        self._end: tuple[bool, object] | None = None
        self._hand_out = QTimer(self)
        self._hand_out.setSingleShot(True)
        self._hand_out.setInterval(0)
        self._hand_out.timeout.connect(self._deliver)
        self._progress_sig.connect(self.progressed.emit, Qt.ConnectionType.QueuedConnection)
        self._partial_sig.connect(self._queue_partial, Qt.ConnectionType.QueuedConnection)
        self._end_sig.connect(self._queue_end, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Task:
        _RUNNING.add(self)
        pool(self._pool).start(self._run)
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def _run(self) -> None:  # worker thread
        try:
            result = self._fn(self.progress, self._partial_sig.emit)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            if not isinstance(exc, BriefingError):
                exc.formatted = traceback.format_exc()  # type: ignore[attr-defined]
            self._end_sig.emit(False, exc)
        else:
            self._end_sig.emit(True, result)

    # -- GUI thread ----------------------------------------------------------------------

    def _queue_partial(self, item: object) -> None:
        self._partials.append(item)
        self._hand_out.start()

    def _queue_end(self, succeeded: bool, out: object) -> None:
        self._end = (succeeded, out)
        self._hand_out.start()

    def _deliver(self) -> None:
        deadline = time.perf_counter() + SLICE_MS / 1000
        while self._partials:
            self.partial.emit(self._partials.popleft())
            if time.perf_counter() >= deadline:
                break
        if self._partials:
            self._hand_out.start()  # the rest next turn, after timers and repaints
        elif self._end is not None:
            succeeded, out = self._end
            self._end = None
            self.finished = True
            _RUNNING.discard(self)
            (self.done if succeeded else self.failed).emit(out)


class LatestWins(QObject):
    """`request(key, *args)` runs `fn(*args)` in the background; `finished(key, out)` brings
    the result (or the exception) of the newest request only."""

    finished = Signal(object, object)

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None, pool_name: str = "preview"):
        super().__init__(parent)
        self._fn = fn
        self._pool = pool_name
        self._running = False
        self._pending: tuple[object, tuple[Any, ...]] | None = None
        self.latest: object = None  # the key of the newest request

    def request(self, key: object, *args: Any) -> None:
        self.latest = key
        self._pending = (key, args)
        if not self._running:
            self._start_pending()

    def drop(self, key: object = None) -> None:
        """Forget what was asked: nothing pending starts, nothing running is delivered."""
        self.latest, self._pending = key, None

    def wait(self, timeout_ms: int) -> bool:
        return pool(self._pool).waitForDone(timeout_ms)

    def _start_pending(self) -> None:
        assert self._pending is not None
        key, args = self._pending
        self._pending, self._running = None, True
        task = Task(lambda _progress, _emit: self._fn(*args), self, self._pool)
        task.done.connect(lambda out: self._ended(key, out))
        task.failed.connect(lambda exc: self._ended(key, exc))
        task.start()

    def _ended(self, key: object, out: object) -> None:
        self._running = False
        if self._pending is not None:
            self._start_pending()  # overtaken: the newest request runs now
        elif key == self.latest:
            self.finished.emit(key, out)


def with_progress_dialog(task: Task, parent: QWidget, title: str) -> QProgressDialog:
    """A window-modal progress dialog with Cancel for `task` (shown after 300 ms).

    Steps arrive once per file; the dialog shows only the latest, at most every PROGRESS_MS
    (a modal QProgressDialog repaints synchronously and runs a nested event loop on every
    setValue, which adds up to long stalls when a hundred files finish at once)."""
    dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(f"{title} progress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    latest: list[tuple[int, int, str]] = []
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.setInterval(PROGRESS_MS)

    def show_latest() -> None:
        if not latest:
            return
        done, total, message = latest.pop()
        latest.clear()
        if message and message != dialog.labelText():
            dialog.setLabelText(message)
        if total <= 1 and done < 1:  # one item (a big file): no steps to count, a busy bar instead of 0%
            dialog.setMaximum(0)
        else:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
        timer.start()  # the next step waits at least PROGRESS_MS

    def on_progress(done: int, total: int, message: str) -> None:
        latest.append((done, total, message))
        if not timer.isActive():
            show_latest()

    timer.timeout.connect(show_latest)
    task.progressed.connect(on_progress)
    dialog.canceled.connect(task.cancel)
    task.done.connect(dialog.deleteLater)
    task.failed.connect(dialog.deleteLater)
    return dialog


def is_cancel(exc: object) -> bool:
    return isinstance(exc, Cancelled)


def wait_all(timeout_ms: int = 5000) -> bool:
    """Block until running tasks end (used at exit and in tests)."""
    return all(p.waitForDone(timeout_ms) for p in list(_POOLS.values()))
