"""File > Export…: write the memo to PDF or Word in a worker, with a modal progress dialog.

The export package is imported only here and only when asked for (reportlab and docx are
slow to import). The dialog is window-modal so the project is not edited while the worker
reads it. A missing or broken exporter is reported as a message, never a traceback.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from briefing_app.core.errors import ExportError
from briefing_app.core.progress import Progress
from briefing_app.core.records import MemoRecord
from briefing_app.ui import dialogs, settings
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.workers import Task, with_progress_dialog


def load_exporter():
    try:
        from briefing_app.export import export_memo
    except ImportError as exc:
        raise ExportError(f"export is not available in this build: {exc}") from None
    return export_memo


def _export(memo: MemoRecord, project_path: Path, out: Path, progress: Progress, _emit) -> object:  # worker thread
    """Reads through its own read-only connection: the GUI thread's connection is never
    shared with a worker (sqlite3 objects are not thread-safe)."""
    from briefing_app.core.project import open_project

    progress.step(0, 1, f"Exporting {out.name}")
    export_memo = load_exporter()
    project = open_project(project_path, create=False, exclusive=False)
    try:
        report = export_memo(memo, project, out)  # an ExportReport (path, pages, warnings)
    finally:
        project.close()
    progress.step(1, 1, "Done")
    return report


def suggested_name(memo: MemoRecord) -> str:
    stem = re.sub(r"[^\w\- ]+", "", memo.subject or memo.title or "memo").strip()[:60] or "memo"
    return stem.replace(" ", "-") + ".pdf"


class Exporter(QObject):
    finished = Signal(object)  # the ExportReport, or the exception

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._window = parent
        self.task: Task | None = None

    def export(self, session: ProjectSession, memo_id: int, out: str | Path | None = None,
               open_after: bool = True) -> Task | None:
        memo = session.project.get_memo(memo_id)
        if out is None:
            folder = settings.last_folder("export") or str(Path.home())
            out = dialogs.ask_export_path(self._window, str(Path(folder) / suggested_name(memo)))
            if not out:
                return None
        out = Path(out)
        if out.suffix.lower() not in (".pdf", ".docx"):
            out = out.with_suffix(".pdf")
        settings.set_last_folder("export", out)
        project_path = session.path
        task = Task(lambda progress, emit: _export(memo, project_path, out, progress, emit), self)
        dialog = with_progress_dialog(task, self._window, "Exporting memo")
        dialog.setMinimumDuration(0)
        task.done.connect(lambda path: self._done(path, open_after))
        task.failed.connect(self._failed)
        self.task = task.start()
        return task

    def _done(self, report: object, open_after: bool) -> None:
        self.task = None
        self.finished.emit(report)
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(report_path(report))))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.finished.emit(exc)
        dialogs.show_error(self._window, exc, "Export failed")


def report_path(report: object) -> Path:
    return Path(getattr(report, "path", report))


def describe(report: object) -> str:
    pages = getattr(report, "pages", None)
    text = f"Exported {report_path(report).name}" + (f" ({pages} page{'s' if pages != 1 else ''})" if pages else "")
    warnings = getattr(report, "warnings", None) or []
    return text + ("; " + "; ".join(warnings) if warnings else "")
