"""What goes in and out of the open project from the window: files imported from the menu or
dropped on the window, the clipboard pasted as a source, memos exported. The work itself is in
import_flow / export_flow (built on first use: keeps ingest, analysis and export out of startup).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QGuiApplication

from briefing_app.core.errors import InputError
from briefing_app.ui import settings

if TYPE_CHECKING:
    from briefing_app.ui.export_flow import Exporter
    from briefing_app.ui.import_flow import Importer, ImportSummary
    from briefing_app.ui.main_window import MainWindow


log = logging.getLogger(__name__)


class Transfers(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._importer: Importer | None = None
        self._exporter: Exporter | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)  # files dropped on the window are imported

    @property
    def window(self) -> MainWindow:
        return cast("MainWindow", self.parent())  # not an attribute: no reference cycle keeps it alive

    @property
    def importer(self) -> Importer:
        if self._importer is None:
            from briefing_app.ui.import_flow import Importer

            self._importer = Importer(self.window, self.window.show_panels)
            self._importer.session = self.window.session
            self._importer.finished.connect(self._import_finished)
        return self._importer

    @property
    def exporter(self) -> Exporter:
        if self._exporter is None:
            from briefing_app.ui.export_flow import Exporter

            self._exporter = Exporter(self.window)
            self._exporter.finished.connect(self._export_finished)
        return self._exporter

    def warm_up(self) -> None:
        """Prepare the first import while the user looks around: load the reader and start its
        worker server in the background (a first paste otherwise waits over a second for it)."""
        from briefing_app.ui.workers import Task

        task = Task(lambda _progress, _emit: _warm_up(), self)
        task.failed.connect(lambda exc: log.warning("import workers not prepared ahead: %s", exc))
        task.start()

    def session_changed(self) -> None:
        if self._importer is not None:
            self._importer.session = self.window.session

    # -- in -----------------------------------------------------------------------------------

    def ask_import(self) -> None:
        from briefing_app.ingest import supported_suffixes
        from briefing_app.ui import dialogs

        paths = dialogs.ask_import_files(self.window, supported_suffixes(), settings.last_folder("import"))
        if paths:
            settings.set_last_folder("import", paths[0])
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        if self.window.session is None:
            self.window.show_error(InputError("open or create a project first"))
            return
        self.importer.import_files(paths)

    def _import_finished(self, summary: ImportSummary) -> None:
        log.info("import: %s", summary.message())
        self.window.status.setText(summary.message())
        if summary.imported:
            self.window.library.select_source(summary.imported[-1])
        if summary.errors:
            self.window.show_error(InputError("Some sources could not be imported:\n" + "\n".join(summary.errors)))

    def paste(self) -> None:
        if self.window.session is None:
            return
        mime = QGuiApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not text.strip() and not (html and html.strip()):
            self.window.show_error(InputError("nothing to paste: the clipboard holds no text"))
            return
        self.importer.paste(text, html)  # read in the background; _import_finished selects it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)  # a QDragEnterEvent is one too
            if self.window.session is not None and _local_files(event.mimeData()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = _local_files(event.mimeData())
            if paths and self.window.session is not None:
                event.acceptProposedAction()
                self.import_files(paths)
            return True
        return False

    # -- out ----------------------------------------------------------------------------------

    def export_memo(self, memo_id: int) -> None:
        if self.window.session is not None:
            self.exporter.export(self.window.session, memo_id)

    def _export_finished(self, result: object) -> None:
        if not isinstance(result, BaseException):
            from briefing_app.ui.export_flow import describe

            log.info("export: %s", describe(result))
            self.window.status.setText(describe(result))

    def cancel_running(self) -> None:
        """The window is closing: stop what runs (each keeps what it had finished)."""
        for runner in (self._importer, self._exporter):
            if runner is not None and runner.task is not None:
                runner.task.cancel()


def _local_files(mime: QMimeData) -> list[str]:
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


def _warm_up() -> None:  # Task thread
    from briefing_app.workflow.importing import warm_up_workers

    warm_up_workers()
