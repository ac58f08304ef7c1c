"""File > Export…: ask what to export (export_dialog), write it in a worker, then report.

The export package is imported only in the worker and only when asked for (reportlab and docx
are slow to import). The progress dialog is window-modal so the project is not edited while
the worker reads it; Cancel stops an export that has not started writing. Afterwards the page
count against the template's budget and any warnings are shown, and the file or its folder is
opened. When the verbatim check blocks the export, the findings dialog lists the quotes (see
findings.py). A missing or broken exporter is a message, never a traceback.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from briefing_app.core.changes import Changes
from briefing_app.core.errors import BriefingError, ExportError, NotFound, VerificationError
from briefing_app.core.progress import Progress
from briefing_app.core.records import MemoRecord
from briefing_app.ui import dialogs, settings
from briefing_app.ui.export_dialog import ExportChoice, ExportDialog
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.workers import Task, is_cancel, with_progress_dialog

if TYPE_CHECKING:
    from briefing_app.ui.findings import FindingsDialog


def load_exporter():
    try:
        from briefing_app.export import export_memo
    except ImportError as exc:
        raise ExportError(f"export is not available in this build: {exc}") from None
    return export_memo


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the desktop's default application (tests replace this)."""
    return QDesktopServices.openUrl(url)


def _export(memo: MemoRecord, project_path: str | Path, choice: ExportChoice, progress: Progress) -> object:  # worker
    """Reads through its own read-only connection: the GUI thread's connection is never
    shared with a worker (sqlite3 objects are not thread-safe)."""
    from briefing_app.core.project import open_project

    progress.check()
    how = " (accessible PDF, through LibreOffice)" if choice.format == "accessible-pdf" else ""
    progress.step(0, 1, f"Exporting {choice.path.name}{how}")
    export_memo = load_exporter()
    kwargs = {k: v for k, v in choice.kwargs().items() if v is not None and v is not False}
    project = open_project(project_path, create=False, exclusive=False)
    try:
        report = export_memo(memo, project, choice.path, **kwargs)  # an ExportReport
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
        self.findings: FindingsDialog | None = None  # built when an export is first blocked
        self._watched: ProjectSession | None = None  # whose changes re-run the check while it is open
        self.last: tuple[ProjectSession, int, ExportChoice] | None = None

    def export(self, session: ProjectSession, memo_id: int, out: str | Path | None = None,
               open_after: bool = True) -> Task | None:
        """Ask with the export dialog (or, given `out`, export there as PDF/Word by its suffix)."""
        memo = session.project.get_memo(memo_id)
        if out is None:
            folder = settings.last_folder("export") or str(Path.home())
            choice = ExportDialog.ask(self._window, memo, Path(folder) / suggested_name(memo))
            if choice is None:
                return None
        else:
            choice = ExportChoice.for_path(out, "open" if open_after else "nothing")
        return self.run(session, memo_id, choice)

    def run(self, session: ProjectSession, memo_id: int, choice: ExportChoice) -> Task | None:
        if self.task is not None:
            dialogs.show_error(self._window, ExportError("an export is still running; wait for it or cancel it"))
            return None
        try:
            memo = self._keep_choice_in_memo(session, memo_id, choice)
        except NotFound as exc:  # the memo was deleted meanwhile
            dialogs.show_error(self._window, exc, "Export failed")
            return None
        if memo is None:  # the choice could not be kept: the session has said why
            return None
        self.last = (session, memo_id, choice)
        project_path = session.location
        task = Task(lambda progress, _emit: _export(memo, project_path, choice, progress), self)
        with_progress_dialog(task, self._window, "Exporting memo")  # shown if it takes over 300 ms
        task.done.connect(lambda report: self._done(task, report, choice))
        task.failed.connect(lambda exc: self._failed(exc, session, memo_id))
        self.task = task.start()
        return task

    @staticmethod
    def _keep_choice_in_memo(session: ProjectSession, memo_id: int, choice: ExportChoice) -> MemoRecord | None:
        """The citation style and banner chosen are the memo's from now on (one undo step),
        so the live preview and the next export show them too. None if that was refused."""
        memo = session.project.get_memo(memo_id)
        fields = {k: v for k, v in (("citation_style", choice.citation_style), ("marking", choice.marking))
                  if v is not None and v != getattr(memo, k)}
        if not fields:
            return memo
        from briefing_app.core import actions

        if session.run(actions.set_memo_fields(memo_id, **fields)) is None:
            return None
        return session.project.get_memo(memo_id)

    def export_again(self) -> Task | None:
        if self.last is None:
            return None
        session, memo_id, choice = self.last
        if session is not getattr(self._window, "session", session):  # the project was closed
            self.findings and self.findings.close()
            return None
        try:  # the memo's banner and citation style may have been changed since: they win
            memo = session.project.get_memo(memo_id)
        except BriefingError as exc:
            dialogs.show_error(self._window, exc, "Export failed")
            return None
        return self.run(session, memo_id, replace(choice, citation_style=memo.citation_style, marking=memo.marking))

    def _done(self, task: Task, report: object, choice: ExportChoice) -> None:
        self.task = None
        if self.findings is not None:
            self.findings.close()
        self.finished.emit(report)
        if task.progress.cancelled:  # it had already been written when Cancel was pressed: leave it be
            return
        problems = notes(report)
        if problems:
            dialogs.show_notice(self._window, describe(report), "Exported with warnings", "\n".join(problems))
        path = report_path(report)
        target = {"open": path, "folder": path.parent}.get(choice.after)
        if target is not None and not open_url(QUrl.fromLocalFile(str(target))):
            what = "open it" if target == path else "show its folder"
            dialogs.show_notice(self._window, f"{path.name} was exported, but the desktop could not {what}.",
                                "Exported", str(target))

    def _failed(self, exc: BaseException, session: ProjectSession, memo_id: int) -> None:
        self.task = None
        self.finished.emit(exc)
        if is_cancel(exc):
            return
        mismatches = getattr(exc, "mismatches", None)
        if isinstance(exc, VerificationError) and mismatches:
            self.show_findings(session, memo_id, mismatches)
        else:
            dialogs.show_error(self._window, exc, "Export failed")

    # -- the verbatim check's findings ----------------------------------------------------

    def show_findings(self, session: ProjectSession, memo_id: int, mismatches: list) -> None:
        from briefing_app.ui.findings import FindingsDialog, findings_for

        if self.findings is None:
            self.findings = FindingsDialog(self._window)
            self.findings.go_to.connect(self._go_to)
            self.findings.paraphrase.connect(self._paraphrase)
            self.findings.export_again.connect(self.export_again)
        if self._watched is not session:
            session.changes_applied.connect(self._recheck)
            session.destroyed.connect(self._session_closed)
            self._watched = session
        self.findings.show_findings(findings_for(mismatches, session.project.get_memo(memo_id)))

    def _session_closed(self) -> None:
        self._watched = self.last = None
        if self.findings is not None:
            self.findings.close()  # its quotes belong to a project no longer open

    def _recheck(self, changes: Changes) -> None:
        """While the findings are open, check the quotes again after every edit (a few ms)."""
        from briefing_app.export.verify import check_memo
        from briefing_app.ui.findings import findings_for

        if self.findings is None or not self.findings.isVisible() or self.last is None:
            return
        session, memo_id, _ = self.last
        if session is not self._watched or not (changes.quotes or changes.memos or changes.sources):
            return
        try:
            memo = session.project.get_memo(memo_id)
        except NotFound:  # the memo was deleted
            self.findings.close()
            return
        self.findings.update_findings(findings_for(check_memo(memo, session.project), memo), memo)

    def _go_to(self, quote_id: int, item_id: int | None) -> None:
        from briefing_app.ui.findings import go_to_quote

        try:
            go_to_quote(self._window, quote_id, item_id)
        except NotFound as exc:  # the quote was deleted meanwhile
            dialogs.show_error(self._window, exc)

    def _paraphrase(self, quote_id: int, item_ids: tuple[int, ...]) -> None:
        from briefing_app.ui.findings import paraphrase_command

        if self.last is None or not item_ids:
            return
        self.last[0].run(paraphrase_command(item_ids))  # _recheck marks it resolved


def report_path(report: object) -> Path:
    return Path(str(getattr(report, "path", report)))


def pages_text(report: object) -> str:
    pages, budget = getattr(report, "pages", None), getattr(report, "page_budget", None)
    if not pages:
        return ""
    about = "about " if getattr(report, "format", "") == "docx" else ""
    if not budget:
        return f"{about}{pages} page{'s' if pages != 1 else ''}"
    over = f", over the {budget}-page budget" if pages > budget else ""
    return f"{about}{pages} of {budget} page{'s' if budget != 1 else ''}{over}"


def notes(report: object) -> list[str]:
    """The export's warnings (the page budget among them when the memo runs over)."""
    return [str(w) for w in getattr(report, "warnings", None) or []]


def describe(report: object) -> str:
    pages = pages_text(report)
    text = f"Exported {report_path(report).name}" + (f" ({pages})" if pages else "")
    warnings = notes(report)
    return text + ("; " + "; ".join(warnings) if warnings else "")
