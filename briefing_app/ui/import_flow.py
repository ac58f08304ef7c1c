"""Bringing sources in: files (menu or drop) and pasted text.

Reading and analysing run in a worker with a progress dialog and Cancel; each finished
file comes back to the GUI thread and is stored as one undoable command (one short
transaction). A cancel keeps what was already imported.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from briefing_app.core.errors import BriefingError
from briefing_app.core.progress import Progress
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.workers import Task, with_progress_dialog


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


def expand_paths(paths: list[str | Path]) -> list[str]:
    """Files as given; folders replaced by the supported files inside them (sorted)."""
    from briefing_app.ingest import supported_suffixes

    suffixes = set(supported_suffixes())
    out: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
        else:
            out.append(str(p))
    return out


def _read_and_analyse(paths: list[str], progress: Progress, emit) -> None:  # worker thread
    from briefing_app.analysis import analyse
    from briefing_app.ingest import read_file

    total = len(paths)
    for n, path in enumerate(paths):
        progress.check()
        progress.step(n, total, f"Reading {os.path.basename(path)} ({n + 1} of {total})")
        try:
            doc = read_file(path)
            emit(("ok", doc, analyse(doc.text, doc.metadata)))
        except BriefingError as exc:
            emit(("error", path, str(exc)))
    progress.step(total, total, "Done")


class Importer(QObject):
    """Runs imports for one window; `finished(ImportSummary)` when a batch ends."""

    finished = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._window = parent
        self.session: ProjectSession | None = None
        self.task: Task | None = None

    def import_files(self, paths: list[str | Path]) -> Task | None:
        if self.session is None or not paths:
            return None
        session, summary = self.session, ImportSummary()
        task = Task(lambda progress, emit: _read_and_analyse(expand_paths(paths), progress, emit), self)
        task.partial.connect(lambda item: self._store(session, item, summary))
        task.done.connect(lambda _: self._end(summary))
        task.failed.connect(lambda exc: self._end(summary, exc))
        with_progress_dialog(task, self._window, "Importing sources")
        self.task = task.start()
        return task

    def _store(self, session: ProjectSession, item: tuple, summary: ImportSummary) -> None:
        if session is not self.session:
            return  # the project was closed while the worker ran
        if item[0] == "error":
            summary.errors.append(item[2])
            return
        _, doc, analysis = item
        from briefing_app.core import actions
        from briefing_app.core.anchoring import normalized_hash

        if session.project.find_duplicate(doc.metadata.url, normalized_hash(doc.text)) is not None:
            summary.duplicates.append(doc.path or "pasted text")
            return
        command = actions.import_source(doc, analysis)
        try:
            session.run(command, initiator=self)
            summary.imported.append(command.result)
        except BriefingError as exc:
            summary.errors.append(str(exc))

    def _end(self, summary: ImportSummary, exc: object = None) -> None:
        from briefing_app.ui.workers import is_cancel

        summary.cancelled = is_cancel(exc)
        if exc is not None and not summary.cancelled:
            summary.errors.append(str(exc))
        self.task = None
        self.finished.emit(summary)

    def paste(self, text: str) -> int:
        """Store pasted text as a new source (analysis is quick for one article)."""
        from briefing_app.analysis import analyse
        from briefing_app.core import actions
        from briefing_app.ingest import read_pasted

        assert self.session is not None
        doc = read_pasted(text)
        command = actions.import_source(doc, analyse(doc.text, doc.metadata))
        self.session.run(command, initiator=self)
        return command.result
