"""The main window: composes the panels, owns the open project session and the menus.

Layout: library over quotes (left) | reader (centre) | memo editor | live PDF preview (right). The window
itself holds no domain logic: panels run core actions through the session, imports and
exports live in import_flow / export_flow.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QStackedWidget, QTabWidget, QWidget

from briefing_app.core.changes import Changes
from briefing_app.core.errors import BriefingError, ProjectError
from briefing_app.ui import settings
from briefing_app.ui.library_panel import LibraryPanel
from briefing_app.ui.menus import build_menus
from briefing_app.ui.memo_panel import MemoPanel
from briefing_app.ui.preview import PreviewPanel
from briefing_app.ui.quotes_panel import QuotesPanel
from briefing_app.ui.reader import ReaderPanel
from briefing_app.ui.session import ProjectSession

ENTITY_TABS = (("A&ctors", "Actors"), ("O&ptions", "Options"))  # tab label, accessible name


class MainWindow(QMainWindow):
    def __init__(self, persist: bool = True):
        super().__init__()
        self.persist = persist  # False for --startup-check / --screenshot runs: leave settings alone
        self.session: ProjectSession | None = None
        self.setWindowTitle("Briefing Builder")
        self.setAccessibleName("Briefing Builder main window")
        self.setAcceptDrops(True)
        self.library = LibraryPanel(self)
        self.reader = ReaderPanel(self)
        self.quotes = QuotesPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Quotes, actors and options")
        self.tabs.addTab(self.quotes, "Quote&s")  # Alt+Q is the Quotes menu's, Alt+T the memo's Add text
        # the Actors and Options panels are built when first shown or used (see entity_panel)
        self._entities: dict[int, QWidget] = {}
        for label, what in ENTITY_TABS:
            page = QWidget(self.tabs)
            page.setAccessibleName(what)
            self.tabs.addTab(page, label)
        self.tabs.currentChanged.connect(lambda n: n in (1, 2) and self.entity_panel(n))
        self.memo = MemoPanel(self)
        self.preview = PreviewPanel(self)
        self._importer = self._exporter = None  # created on first use (see properties)
        self.undo_group = QUndoGroup(self)
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.addWidget(self.library)
        self.left.addWidget(self.tabs)
        self.main = QSplitter(Qt.Orientation.Horizontal, self)
        for n, (widget, stretch) in enumerate(((self.left, 4), (self.reader, 4), (self.memo, 3), (self.preview, 3))):
            self.main.addWidget(widget)
            self.main.setStretchFactor(n, stretch)
        self.main.setChildrenCollapsible(False)
        self.main.setSizes([400, 420, 320, 300])
        self.left.setSizes([300, 420])
        self._first_run = None  # the first-run view, built when first shown (see update_central)
        self._closing = False
        self.central = QStackedWidget(self)
        self.central.addWidget(self.main)
        self.setCentralWidget(self.central)
        # the very first launch shows the three steps, over the sample project the app opens
        self._intro_wanted = persist and not settings.settings().value("first_run/seen", False, type=bool)
        self.menu_actions = build_menus(self, self.undo_group)
        from briefing_app.ui import theme

        app = QApplication.instance()
        self.theme = app.property("briefing_theme") if app is not None else None
        if app is not None and self.theme is None:  # one per application; kept across windows
            self.theme = theme.Theme(app, theme.saved_mode())
            app.setProperty("briefing_theme", self.theme)
        self._undo_dock = None  # View > Undo History builds it on first use
        self.status = QLabel("", self)
        self.statusBar().addWidget(self.status, 1)
        self._connect()
        self._restore_layout()
        self._rebuild_recent()
        from briefing_app.ui.first_paint import warm_up_after_first_paint

        warm_up_after_first_paint(self, lambda: self.main)  # the panels, if the first-run view hides them

    def _connect(self) -> None:
        a = self.menu_actions
        a.new_project.triggered.connect(self.new_project)
        a.open_project.triggered.connect(self.ask_open_project)
        a.import_files.triggered.connect(self.ask_import)
        a.paste_source.triggered.connect(self.paste_as_source)
        a.export.triggered.connect(lambda: self.memo.memo and self.export_memo(self.memo.memo.id))
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.library.focus_search)
        a.accept_quote.triggered.connect(lambda: self.quotes.set_status("accepted"))
        a.reject_quote.triggered.connect(lambda: self.quotes.set_status("rejected"))
        a.add_to_memo.triggered.connect(self.memo.add_selected_quote)
        a.show_hidden.toggled.connect(self.reader.show_hidden.setChecked)
        self.reader.show_hidden.toggled.connect(a.show_hidden.setChecked)
        a.undo_view.toggled.connect(lambda on: self.undo_dock.setVisible(on))
        a.getting_started.triggered.connect(lambda: self.update_central(intro=True))
        a.save.triggered.connect(self.save)
        for mode, action in a.themes.items():
            action.setChecked(self.theme is not None and self.theme.mode == mode)
            action.triggered.connect(lambda _=False, m=mode: self.set_theme(m))
        self.library.source_selected.connect(self.on_source_selected)
        self.quotes.quote_selected.connect(self.on_quote_selected)
        self.reader.text.quote_clicked.connect(self.quotes.select_quote)
        self.memo.export_requested.connect(self.export_memo)
        self.memo.memo_loaded.connect(
            lambda memo: self.preview.set_memo(memo, self.session.path if self.session else None))
        for panel in (self.quotes, self.memo, self.reader, self.library):
            panel.error.connect(self.show_error)
        self.reader.quote_added.connect(self.quotes.select_quote)

    @property
    def actors(self):
        return self.entity_panel(1)

    @property
    def options(self):
        return self.entity_panel(2)

    def entity_panel(self, index: int):
        """The Actors (1) or Options (2) tab's panel, built on first use: a tab nobody opens
        costs nothing at startup (its module, widgets and queries)."""
        panel = self._entities.get(index)
        if panel is not None:
            return panel
        from briefing_app.ui.entities_panel import ActorsPanel, OptionsPanel

        panel = self._entities[index] = (ActorsPanel, OptionsPanel)[index - 1](self)
        panel.error.connect(self.show_error)
        panel.add_to_memo.connect(self.memo.add_ref)
        if self.session is not None:
            panel.set_session(self.session)
        current, placeholder = self.tabs.currentIndex(), self.tabs.widget(index)
        self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(index, panel, ENTITY_TABS[index - 1][0])
            self.tabs.removeTab(index + 1)  # the placeholder
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return panel

    def _panels(self) -> tuple:
        """The panels that follow the open project (the entity tabs once built)."""
        return (self.reader, self.library, self.quotes, *self._entities.values(), self.memo)

    @property
    def undo_dock(self):
        if self._undo_dock is None:
            from PySide6.QtWidgets import QDockWidget, QUndoView

            dock = QDockWidget("Undo history", self)
            dock.setObjectName("undo_history")
            dock.setWidget(QUndoView(self.undo_group, dock))
            dock.widget().setAccessibleName("Undo history")
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
            dock.visibilityChanged.connect(self.menu_actions.undo_view.setChecked)
            self._undo_dock = dock
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
            f.import_files.connect(self.ask_import)
            f.paste_source.connect(self.paste_as_source)
            f.resume.connect(lambda: self.update_central(intro=False))
        return self._first_run

    @property
    def importer(self):
        """The import runner, built on first use (keeps ingest/analysis out of startup)."""
        if self._importer is None:
            from briefing_app.ui.import_flow import Importer

            self._importer = Importer(self)
            self._importer.session = self.session
            self._importer.finished.connect(self.on_import_finished)
        return self._importer

    @property
    def exporter(self):
        if self._exporter is None:
            from briefing_app.ui.export_flow import Exporter

            self._exporter = Exporter(self)
            self._exporter.finished.connect(self.on_export_finished)
        return self._exporter

    # -- projects --------------------------------------------------------------------

    def open_project(self, path: str | Path, create: bool = False) -> bool:
        try:
            session = ProjectSession.open(path, self, create=create)
        except (BriefingError, OSError) as exc:
            self.show_error(exc)
            return False
        self.close_project()
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        if self._importer is not None:
            self._importer.session = session
        for panel in self._panels():
            panel.set_session(session)
        session.changes_applied.connect(self.on_changes)  # after the panels: the library settles first
        session.failed.connect(self.show_error)
        self.setWindowTitle(f"{session.path.name} — Briefing Builder")
        self.setWindowFilePath(str(session.path))
        if self.persist:
            settings.add_recent_project(session.path)
            self._rebuild_recent()
        self.status.setText(f"Opened {session.path}")
        self.update_central()
        return True

    def close_project(self) -> None:
        if self.session is None:
            return
        old, self.session = self.session, None
        if self._importer is not None:
            self._importer.session = None
        for panel in self._panels():
            panel.set_session(None)
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
            self.first_run.set_state(self.session.path.name if self.session else None, has_sources)
        self.central.setCurrentWidget(self.first_run if show else self.main)

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
        menu = self.menu_actions.recent
        menu.clear()
        for n, path in enumerate(settings.recent_projects(), 1):
            label = Path(path).name.replace("&", "&&")
            menu.addAction(f"&{n} {label}" if n < 10 else label, lambda p=path: self.open_project(p)).setStatusTip(path)
        menu.setEnabled(not menu.isEmpty())

    # -- selection and change notifications ---------------------------------------------

    def on_source_selected(self, source_id: int | None) -> None:
        self.quotes.set_source(source_id)
        self._show_source(source_id)

    def _show_source(self, source_id: int | None) -> None:
        project = self.session.project if self.session else None
        try:
            source = project.get_source(source_id) if project and source_id is not None else None
        except ProjectError:  # deleted (e.g. an import undone)
            source = None
        self.reader.show_source(source, project.list_quotes(source_id) if source else [])

    def on_quote_selected(self, quote) -> None:
        self.memo.set_quote(quote)
        if quote is not None:
            if self.reader.source is None or self.reader.source.id != quote.source_id:
                self.library.select_source(quote.source_id, notify=False)
                self._show_source(quote.source_id)
            self.reader.reveal(quote.id)

    def on_changes(self, changes: Changes) -> None:
        if changes.sources:
            self.update_central()
        if changes.quotes or changes.sources or changes.actors:
            self._show_source(self.library.current_source_id())
        text = self.undo_group.undoText()
        if text:
            self.status.setText(f"Done: {text}")

    # -- import / export ------------------------------------------------------------------

    def ask_import(self) -> None:
        from briefing_app.ingest import supported_suffixes
        from briefing_app.ui import dialogs

        paths = dialogs.ask_import_files(self, supported_suffixes(), settings.last_folder("import"))
        if paths:
            settings.set_last_folder("import", paths[0])
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        if self.session is None:
            self.show_error(RuntimeError("open or create a project first"))
            return
        self.importer.import_files(paths)

    def on_import_finished(self, summary) -> None:
        self.status.setText(summary.message())
        if summary.imported:
            self.library.select_source(summary.imported[-1])
        if summary.errors:
            from briefing_app.core.errors import InputError

            self.show_error(InputError("Some files could not be imported:\n" + "\n".join(summary.errors)))

    def paste_as_source(self) -> None:
        if self.session is None:
            return
        try:
            mime = QGuiApplication.clipboard().mimeData()
            html = mime.html() if mime is not None and mime.hasHtml() else None
            text = mime.text() if mime is not None and mime.hasText() else ""
            source_id = self.importer.paste(text, html)
        except BriefingError as exc:
            self.show_error(exc)
            return
        self.library.select_source(source_id)

    def export_memo(self, memo_id: int) -> None:
        if self.session is not None:
            self.exporter.export(self.session, memo_id)

    def on_export_finished(self, result: object) -> None:
        if not isinstance(result, BaseException):
            from briefing_app.ui.export_flow import describe

            self.status.setText(describe(result))

    # -- drag and drop ----------------------------------------------------------------------

    @staticmethod
    def _local_paths(mime: QMimeData) -> list[str]:
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []

    def dragEnterEvent(self, event) -> None:
        if self.session is not None and self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self._local_paths(event.mimeData())
        if paths and self.session is not None:
            event.acceptProposedAction()
            self.import_files(paths)

    # -- errors, layout, closing --------------------------------------------------------------

    def show_error(self, exc: BaseException) -> None:
        from briefing_app.ui import dialogs

        dialogs.show_error(self, exc)

    def _restore_layout(self) -> None:
        geometry = settings.window_value("geometry") if self.persist else None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1440, 860)
        if self.persist:
            for name, splitter in (("main", self.main), ("left", self.left)):
                state = settings.window_value(f"splitter_{name}")
                if state is not None:
                    splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True  # no first-run view for a window that is going away
        if self.persist:
            settings.save_window(self.saveGeometry(), self.saveState(),
                                 {"main": self.main.saveState(), "left": self.left.saveState()})
        from briefing_app.ui.workers import wait_all

        for runner in (self._importer, self._exporter):
            if runner is not None and runner.task is not None:
                task = runner.task
                task.cancel()
        self.preview.shutdown()
        wait_all(5000)
        self.close_project()
        super().closeEvent(event)
