"""The main window: the open project's session, the menus, and what the centre shows.

The centre is a stack: the first-run view (no project, a project without sources, the first
launch, Help > Getting Started) or the panels (`workspace.py`). The window holds no domain
logic: panels run core actions through the session; imports and exports live in transfers.py.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QStackedWidget, QWidget

from briefing_app.core.changes import Changes
from briefing_app.core.errors import BriefingError
from briefing_app.ui import settings
from briefing_app.ui.fonts import ensure_script_fonts
from briefing_app.ui.menus import build_menus, fill_recent
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.team_dialog import open_team_project
from briefing_app.ui.transfers import Transfers
from briefing_app.ui.undo import StepReport, show_history
from briefing_app.ui.workspace import Workspace

if TYPE_CHECKING:
    from briefing_app.ui.export_flow import Exporter
    from briefing_app.ui.import_flow import Importer


log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, persist: bool = True):
        super().__init__()
        ensure_script_fonts()  # Hangul, not boxes, on a machine without a Hangul font
        self.persist = persist  # False for --startup-check / --screenshot runs: leave settings alone
        self.session: ProjectSession | None = None
        self.setWindowTitle("Briefing Builder")
        self.setAccessibleName("Briefing Builder main window")
        self.main = self.workspace = Workspace(self)
        w = self.workspace  # the panels, by name, for the menus and the flows
        self.library, self.reader, self.quotes, self.tabs = w.library, w.reader, w.quotes, w.tabs
        self.memo, self.preview = w.memo, w.preview
        self.transfers = Transfers(self)
        self.undo_group = QUndoGroup(self)
        self._first_run = None  # the first-run view, built when first shown (see update_central)
        self._closing = False
        self.central = QStackedWidget(self)
        self.central.addWidget(self.main)
        self.setCentralWidget(self.central)
        # the very first launch shows the three steps, over the sample project the app opens
        self._intro_wanted = persist and not settings.settings().value("first_run/seen", False, type=bool)
        self.menu_actions = build_menus(self, self.undo_group)
        from briefing_app.ui.theme import app_theme

        self.theme = app_theme()
        self._undo_dock: QDockWidget | None = None  # View > Undo History builds it on first use
        self.status = QLabel("", self)
        self.statusBar().addWidget(self.status, 1)
        self._steps = StepReport(self.undo_group, self.status.setText)  # "Done: …" / "Undone: …"
        self._connect()
        self._restore_layout()
        self._rebuild_recent()
        from briefing_app.ui.first_paint import warm_up_after_first_paint

        warm_up_after_first_paint(self, lambda: self.main)  # the panels, if the first-run view hides them

    def _connect(self) -> None:
        a = self.menu_actions
        a.new_project.triggered.connect(self.new_project)
        a.open_project.triggered.connect(self.ask_open_project)
        a.open_team.triggered.connect(lambda: open_team_project(self))
        a.import_files.triggered.connect(self.transfers.ask_import)
        a.paste_source.triggered.connect(self.transfers.paste)
        a.export.triggered.connect(self._export_current_memo)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.library.focus_search)
        a.accept_quote.triggered.connect(lambda: self.workspace.decide("accepted"))  # in the shown tab
        a.reject_quote.triggered.connect(lambda: self.workspace.decide("rejected"))
        a.add_to_memo.triggered.connect(self.workspace.add_selected_to_memo)
        a.show_hidden.toggled.connect(self.reader.show_hidden.setChecked)
        self.reader.show_hidden.toggled.connect(a.show_hidden.setChecked)
        a.undo_view.toggled.connect(lambda on: show_history(self, self.undo_dock, on))
        a.preview.toggled.connect(self.workspace.show_preview)
        a.getting_started.triggered.connect(lambda: self.update_central(intro=True))
        a.show_log.triggered.connect(self.show_log)
        a.save.triggered.connect(self.save)
        for mode, action in a.themes.items():
            action.setChecked(self.theme is not None and self.theme.mode == mode)
            action.triggered.connect(lambda _=False, m=mode: self.set_theme(m))
        self.memo.export_requested.connect(self.transfers.export_memo)
        self.workspace.error.connect(self.show_error)

    def _export_current_memo(self) -> None:
        if self.memo.memo is not None:
            self.transfers.export_memo(self.memo.memo.id)

    @property
    def actors(self):
        return self.workspace.actors

    @property
    def options(self):
        return self.workspace.options

    @property
    def undo_dock(self) -> QDockWidget:
        if self._undo_dock is None:
            from briefing_app.ui.undo import undo_dock

            self._undo_dock = undo_dock(self, self.undo_group, self.menu_actions.undo_view)
        return self._undo_dock

    @property
    def first_run(self):
        if self._first_run is None:
            from briefing_app.ui.first_run import FirstRunView

            f = self._first_run = FirstRunView(self)
            self.central.addWidget(f)
            f.open_sample.connect(self.open_sample)
            f.new_project.connect(self.new_project)
            f.open_project.connect(self.ask_open_project)
            f.import_files.connect(self.transfers.ask_import)
            f.paste_source.connect(self.transfers.paste)
            f.resume.connect(lambda: self.update_central(intro=False))
        return self._first_run

    @property
    def importer(self) -> Importer:
        return self.transfers.importer

    @property
    def exporter(self) -> Exporter:
        return self.transfers.exporter

    def import_files(self, paths: list[str]) -> None:
        self.transfers.import_files(paths)

    # -- projects --------------------------------------------------------------------

    def open_project(self, path: str | Path, create: bool = False) -> bool:
        try:
            session = ProjectSession.open(path, self, create=create)
        except (BriefingError, OSError) as exc:
            self.show_error(exc)
            return False
        return self.use_session(session)

    def use_session(self, session: ProjectSession) -> bool:
        """Show an opened project (a file, or a team project on a server) in this window."""
        self.close_project()
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.workspace.set_session(session)
        self.transfers.session_changed()
        session.changes_applied.connect(self.on_changes)  # after the panels: the library settles first
        session.failed.connect(self.show_error)
        self.setWindowTitle(f"{session.label} — Briefing Builder")
        if self.persist and session.is_file:
            self.setWindowFilePath(str(session.path))
            settings.add_recent_project(session.path)
            self._rebuild_recent()
        self.status.setText(f"Opened {session.label}")
        log.info("opened %s", session.label)
        self.update_central()
        return True

    def close_project(self) -> None:
        if self.session is None:
            return
        old, self.session = self.session, None
        self.workspace.set_session(None)
        self.transfers.session_changed()
        self.undo_group.removeStack(old.undo_stack)
        old.close()
        old.deleteLater()
        self.update_central()

    def ask_open_project(self) -> None:
        from briefing_app.ui import dialogs

        path = dialogs.ask_open_project(self, settings.last_folder("projects"))
        if path:
            settings.set_last_folder("projects", path)
            self.open_project(path)

    def new_project(self) -> None:
        from briefing_app.ui import dialogs

        path = dialogs.ask_new_project(self, settings.last_folder("projects"))
        if path:
            if Path(path).exists():
                self.show_error(FileExistsError(f"{path} already exists: open it instead"))
                return
            settings.set_last_folder("projects", path)
            self.open_project(path, create=True)

    def open_sample(self) -> None:
        """The sample project: shown at once if it is the one open, else built (if need be) and opened."""
        from briefing_app.workflow.sample import sample_project_path

        try:
            path = sample_project_path()
        except (BriefingError, OSError) as exc:
            self.show_error(exc)
            return
        if self.session is None or self.session.path.resolve() != path.resolve():
            self.open_project(path)
        self.update_central(intro=False)

    def update_central(self, intro: bool | None = None) -> None:
        """The first-run view when no project is open, the project has no sources, or asked
        for (first launch, Help > Getting Started); the panels otherwise."""
        if intro is not None:
            self._intro_wanted = intro
            if not intro and self.persist:
                settings.settings().setValue("first_run/seen", True)
        if self._closing:
            return
        has_sources = self.session is not None and bool(self.session.project.list_sources(limit=1))
        show = self.session is None or not has_sources or self._intro_wanted
        if show:
            self.first_run.set_state(self.session.label if self.session else None, has_sources)
        self.central.setCurrentWidget(self.first_run if show else self.main)

    def show_panels(self) -> QWidget | None:
        """Leave the first-run view for the panels now (an import into an empty project), unless
        the intro was asked for; the panels if they were not shown before (to wait for their
        first paint), else None."""
        if self._intro_wanted or self.central.currentWidget() is self.main:
            return None
        self.central.setCurrentWidget(self.main)
        return self.main

    def showEvent(self, event) -> None:
        if not event.spontaneous() and self.session is None:
            self.update_central()  # no project could be opened: the three steps, not empty panels
        super().showEvent(event)

    def set_theme(self, mode: str) -> None:
        from briefing_app.ui import theme

        if self.theme is not None:
            self.theme.set_mode(mode)
        for m, action in self.menu_actions.themes.items():
            action.setChecked(m == mode)
        if self.persist:
            theme.save_mode(mode)

    def save(self) -> None:
        """Ctrl+S: every change is already committed to the project file when it is made, so
        there is nothing to write; say so (and where) instead of doing nothing."""
        if self.session is not None:
            self.session.undo_stack.setClean()
            self.status.setText(f"All changes are saved in {self.session.path} (each one as it is made)")

    def _rebuild_recent(self) -> None:
        fill_recent(self.menu_actions.recent, settings.recent_projects(), self.open_project, self._rebuild_recent)

    # -- change notifications ------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.sources:
            self.update_central()
        self.workspace.on_changes(changes)

    # -- errors, layout, closing --------------------------------------------------------------

    def show_log(self) -> None:
        from briefing_app.ui.log_view import LogDialog

        LogDialog(self).exec()

    def show_error(self, exc: BaseException) -> None:
        from briefing_app.ui import dialogs

        dialogs.show_error(self, exc)

    def _restore_layout(self) -> None:
        geometry = settings.window_value("geometry") if self.persist else None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(settings.first_window_size(self.screen().availableGeometry().size()))
        if self.persist:
            self.workspace.restore_layout()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True  # no first-run view for a window that is going away
        if self.persist:
            settings.save_window(self.saveGeometry(), self.saveState(), self.workspace.layout_state())
        from briefing_app.ui.workers import wait_all

        self.transfers.cancel_running()
        self.preview.shutdown()
        wait_all(5000)
        self.close_project()
        super().closeEvent(event)
