"""Long work off the GUI thread: a function, a core Progress, results back on the GUI thread.

The function runs in a QThreadPool thread and receives `(progress, emit_partial)`.
`progress` is a plain `core.progress.Progress` (step + cancel, no Qt), so the same workflow
code serves the CLI. Every callback (`on_progress`, `on_partial`, `on_done`, `on_error`) is
delivered on the GUI thread through queued signals — workers never touch widgets or the
project store (the store is written only on the GUI thread, one short transaction per step).
"""
from __future__ import annotations

import traceback
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from briefing_app.core.errors import BriefingError, Cancelled
from briefing_app.core.progress import Progress

_POOL: QThreadPool | None = None
_RUNNING: set[Task] = set()


def pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL


class Task(QObject):
    progressed = Signal(int, int, str)
    partial = Signal(object)
    done = Signal(object)
    failed = Signal(object)  # the exception
    _progress_sig = Signal(int, int, str)
    _partial_sig = Signal(object)
    _done_sig = Signal(object)
    _failed_sig = Signal(object)

    def __init__(self, fn: Callable[[Progress, Callable[[Any], None]], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self.progress = Progress(self._progress_sig.emit)
        self.finished = False
        for private, public in ((self._progress_sig, self.progressed), (self._partial_sig, self.partial)):
            private.connect(public.emit, Qt.ConnectionType.QueuedConnection)
        self._done_sig.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._failed_sig.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Task:
        _RUNNING.add(self)
        pool().start(self._run)
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def _run(self) -> None:  # worker thread
        try:
            result = self._fn(self.progress, self._partial_sig.emit)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            if not isinstance(exc, BriefingError):
                exc.formatted = traceback.format_exc()  # type: ignore[attr-defined]
            self._failed_sig.emit(exc)
        else:
            self._done_sig.emit(result)

    def _on_done(self, result: object) -> None:
        self.finished = True
        _RUNNING.discard(self)
        self.done.emit(result)

    def _on_failed(self, exc: object) -> None:
        self.finished = True
        _RUNNING.discard(self)
        self.failed.emit(exc)


PROGRESS_MS = 100  # the dialog shows the latest step at most this often


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
    return pool().waitForDone(timeout_ms)
