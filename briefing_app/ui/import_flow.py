"""Bringing sources in: files (menu or drop) and pasted text or HTML.

All reading and analysing goes through `workflow.importing` — the same code the CLI runs:
`read_many` (worker processes, memory-capped and time-limited, for one file or many, and for
a paste, which travels as an `ingest.Pasted`; the reader-view mapping of
`analyse_doc`) runs in a Task thread with a progress dialog and Cancel; each finished file
comes back to the GUI thread in order and is stored by `store_analysed` (duplicate check,
one short transaction, one undo step). A cancel keeps what was already imported.

The Task hands the files back a few milliseconds' worth per turn of the event loop (see
workers.py), so repaints go on during a big batch. The views hear about the stored files at
most every REFRESH_MS (the session holds the changes in between, merged): refreshing the
library, quotes and reader after every file would cost more than the stores themselves.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from briefing_app.core.errors import BriefingError
from briefing_app.core.progress import Progress
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.workers import Task, with_progress_dialog

REFRESH_MS = 500
START_WAIT_MS = 250  # the longest an import waits for the panels' first paint


@dataclass
class ImportSummary:
    imported: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cancelled: bool = False

    def message(self) -> str:
        parts = [f"Imported {len(self.imported)} source{'s' if len(self.imported) != 1 else ''}"]
        if self.duplicates:
            parts.append(f"skipped {len(self.duplicates)} already in the project")
        if self.errors:
            parts.append(f"{len(self.errors)} could not be read")
        if self.cancelled:
            parts.append("cancelled")
        return ", ".join(parts) + "."


def _read(paths: list[Any], progress: Progress, emit: Callable[[object], None]) -> None:  # Task thread
    from briefing_app.core.option_match import load_matcher
    from briefing_app.ingest.isolate import label
    from briefing_app.workflow.importing import expand_paths, read_many

    files = expand_paths(paths)
    total = len(files)
    # what is being read, from the start: one big file can take a while before its step ends
    progress.step(0, total, f"Reading {label(files[0])}…" if total == 1 else f"Reading {total} files…")
    for n, item in enumerate(read_many(files, progress=progress)):
        if n == 0:  # what storing the first option would import on the GUI thread, in that store's
            load_matcher()  # turn (rapidfuzz: 13 ms of CPU on a quiet machine): here, the workers busy
        emit(item)  # (path, doc, analysis, error), in the order given
        progress.step(n + 1, total, f"Read {label(item[0])} ({n + 1} of {total})")
    progress.step(total, total, "Done")


class Importer(QObject):
    """Runs imports for one window; `finished(ImportSummary)` when a batch ends."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, show_panels: Callable[[], QWidget | None]):
        super().__init__(parent)
        self._window = parent
        self._show_panels = show_panels
        self.session: ProjectSession | None = None
        self.task: Task | None = None
        self.on_duplicate = "skip"
        self._holding: ProjectSession | None = None  # holding its changes while stored files wait for a refresh
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._release)

    def import_files(self, paths: Sequence[str | Path], *, progress_dialog: bool = True) -> Task | None:
        if not paths:
            return None
        return self._start([str(p) for p in paths], self.on_duplicate, "Importing sources", progress_dialog)

    def paste(self, text: str, html: str | None = None) -> Task | None:
        """Import pasted text — or the clipboard's HTML flavour, whose page chrome becomes hidden
        boilerplate — in the background like a file (isolated worker, progress, Cancel); the
        same text pasted twice is kept twice. `finished` reports it as for files."""
        from briefing_app.ingest import Pasted

        return self._start([Pasted(text, html)], "keep", "Importing pasted text", True)

    def _start(self, items: list[Any], on_duplicate: str, title: str, progress_dialog: bool) -> Task | None:
        if self.session is None:
            return None
        session, summary = self.session, ImportSummary()
        task = Task(lambda progress, emit: _read(items, progress, emit), self)
        task.partial.connect(lambda item: self._store(session, item, summary, on_duplicate))
        task.done.connect(lambda _: self._batch_over(summary))
        task.failed.connect(lambda exc: self._batch_over(summary, exc))
        if progress_dialog:
            with_progress_dialog(task, self._window, title)
        self.task = task
        # an import into an empty project leaves the first-run view now, before the reader thread
        # competes for the GIL: the panels lay out and paint first, then the reading starts
        panels = self._show_panels()
        if panels is not None:
            self._start_after_paint(task, panels)
        else:
            task.start()
        return task

    def _start_after_paint(self, task: Task, panels: QWidget) -> None:
        """Start `task` once the panels just shown have painted (or after START_WAIT_MS if no
        paint comes, e.g. a hidden window). Started any sooner, the reader thread competes for
        the GIL with the panels' first paint, whose every Python call (models, delegates) then
        waits up to the interpreter's switch interval: a 30-60 ms stall instead of ~10."""
        from briefing_app.ui.first_paint import FirstPaint

        started: list[bool] = []

        def start() -> None:
            if not started and self.task is task:
                started.append(True)
                task.start()

        FirstPaint(panels, start)
        QTimer.singleShot(START_WAIT_MS, self, start)

    def _batch_over(self, summary: ImportSummary, exc: object = None) -> None:
        """The views catch up with the last stored files in this turn; the batch ends in the next."""
        self._release()
        QTimer.singleShot(0, self, lambda: self._end(summary, exc))

    def _hold(self) -> None:
        if self._holding is None and self.session is not None:
            self._holding = self.session
            self._holding.hold_changes()
            self._refresh_timer.start()

    def _release(self) -> None:
        """Let the views hear, merged, about everything stored since the last refresh."""
        self._refresh_timer.stop()
        if self._holding is not None:
            held, self._holding = self._holding, None
            held.release_changes()

    def _store(self, session: ProjectSession, item: tuple, summary: ImportSummary, on_duplicate: str) -> None:
        from briefing_app.workflow.importing import store_analysed

        if session is not self.session:
            return  # the project was closed while the worker ran
        self._hold()
        path, doc, analysis, error = item
        if error is not None or doc is None or analysis is None:
            summary.errors.append(error or f"{path}: could not be read")  # path: a file's, or a paste
            return
        try:
            outcome = store_analysed(session.project, session.history, doc, analysis, on_duplicate=on_duplicate)
        except BriefingError as exc:
            summary.errors.append(str(exc))
            return
        if outcome.source_id is not None:
            summary.imported.append(outcome.source_id)
        elif outcome.duplicate_of is not None:
            summary.duplicates.append(outcome.path)

    def _end(self, summary: ImportSummary, exc: object = None) -> None:
        from briefing_app.ui.workers import is_cancel

        summary.cancelled = is_cancel(exc)
        if exc is not None and not summary.cancelled:
            summary.errors.append(str(exc))
        self.task = None
        self.finished.emit(summary)
