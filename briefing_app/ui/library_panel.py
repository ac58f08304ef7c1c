"""The library: the project's sources in a table, with a full-text search box and filters
(outlet, genre, month published) above it; double-click or the context menu edits a source's details.

Rows are read in the background (a worker thread with a read connection of its own): a search,
and every refresh of the list after a change or a filter (about 0.8 s at 100,000 sources on a
server). A newer read overtakes one still running, whose rows are never shown. Searches and
plain lists have a worker each, so clearing the box does not wait behind a slow search. Only
opening a project reads the list here (the window's first paint shows it)."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QLineEdit, QMenu, QStyle, QTableView, QVBoxLayout,
                               QWidget)

from briefing_app.core.changes import Changes
from briefing_app.core.errors import NotFound
from briefing_app.core.model import GENRES
from briefing_app.ui.column_fit import FittedColumns
from briefing_app.ui.filter_bar import FilterBar
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.source_model import Rows, SourceTableModel, read_rows
from briefing_app.ui.workers import LatestWins

BUSY_AFTER_MS = 150  # a search still running this long shows its busy mark


def _read(location: str, filters: dict[str, str], query: str) -> Rows:  # worker thread
    from briefing_app.core.project import open_project

    project = open_project(location, create=False, exclusive=False)
    try:
        return read_rows(project, filters, query)
    finally:
        project.close()


class LibraryPanel(QWidget):
    source_selected = Signal(object)  # source id or None
    error = Signal(object)
    searched = Signal(str)  # the query whose hits are now shown
    listed = Signal()  # rows read in the background are shown (a search's or the plain list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self._quiet = False
        self._choices: dict[str, list[tuple[str, str]]] = {}  # the filter items shown, per combo
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search sources (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search sources")
        self.filters = FilterBar(None, [("outlet", "All outlets"), ("genre", "All genres"), ("month", "Any date")], self)
        for genre in GENRES:
            self.filters.combos["genre"].addItem(genre, genre)
        self.filters.changed.connect(self._apply_filters)
        self.model = SourceTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Sources")
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (it walked the cells, changing the row)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # project / rank order
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # the title takes the spare width; outlet, date, genre and quote count fit their contents,
        # each at most a share of the list (elided; the tooltips have them whole)
        self.columns = FittedColumns(self.table, 0, {1: 0.2, 2: 0.26, 3: 0.15, 4: 0.1})
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.table)
        self.table.doubleClicked.connect(lambda _: self.edit_details())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._run_search)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._searches = LatestWins(_read, self, "library")
        self._lists = LatestWins(_read, self, "library")  # the plain list: never queued behind a search
        for reader in (self._searches, self._lists):
            reader.finished.connect(self._rows_read)
        # a search that takes a while shows a busy mark at the end of the box until its hits come
        self.busy = self.search.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                          QLineEdit.ActionPosition.TrailingPosition)
        self.busy.setToolTip("Searching…")
        self.busy.setVisible(False)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(True))
        self.tab_stops = (self.search, self.filters.edit, *self.filters.combos.values(), self.table)
        self._asked = 0  # reads asked for; a read's key is (this number, first, query)
        self._wanted = ""  # the query asked for last (the model's is the one shown)
        self.reading = False  # rows asked for are still being read
        self._deferred: tuple[int, bool] | None = None  # a source to select once the rows being read list it

    def set_session(self, session: ProjectSession | None) -> None:
        """Show a project's sources: read off the GUI thread as every later refresh is (a project of
        thousands of sources opened without a stall); its first source is selected when they come."""
        self.session = session
        self._asked += 1  # a read still running for the old project is never shown
        self.reading, self._deferred = False, None
        self._searches.drop()
        self._lists.drop()
        self._not_busy()
        self._wanted = ""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_project(session.project if session else None, read=False)  # rows read in the background
        self._fill_choices()
        self.source_selected.emit(None)  # nothing of the project before; the first row once the rows come
        self._refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.sources or changes.quotes:
            if changes.sources:
                self._fill_choices()
            self._refresh()

    def _fill_choices(self) -> None:
        """The outlet and month filters' items, refilled only when they differ (refilling a
        combo re-lays it out: wasted GUI time on every refresh of an import)."""
        project = self.session.project if self.session else None
        outlets = project.list_outlets() if project else []
        months = project.list_months() if project else []
        for key, choices in (("outlet", [(f"{name} ({n})", name) for name, n in outlets]),
                             ("month", [(m, m) for m in months])):
            if self._choices.get(key) != choices:
                self._choices[key] = choices
                self.filters.set_choices(key, choices)

    def _apply_filters(self) -> None:
        month = self.filters.value("month")
        self.model.filters = {k: v for k, v in (("outlet", self.filters.value("outlet")),
                                                ("genre", self.filters.value("genre")),
                                                ("date_from", month), ("date_to", month)) if v}
        self._refresh()

    def _refresh(self, first: bool = True) -> None:
        """Rows read again in the background for the query asked for last; then the same source
        stays selected if still listed, else (first) the first."""
        if self.session is None:
            return
        self._asked += 1
        self.reading = True
        key = (self._asked, first, self._wanted)
        args = (self.session.location, dict(self.model.filters), self._wanted)
        if self._wanted:
            self._lists.drop()
            self._searches.request(key, *args)
            if not self.busy.isVisible():
                self._busy_timer.start()
        else:
            self._searches.drop()  # a search still running is never shown
            self._not_busy()
            self._lists.request(key, *args)

    def _not_busy(self) -> None:
        self._busy_timer.stop()
        self.busy.setVisible(False)

    def _rows_read(self, key: tuple[int, bool, str], out: object) -> None:
        asked, first, query = key
        if asked != self._asked:  # overtaken by a newer read (of the other worker)
            return
        self.reading = False
        deferred, self._deferred = self._deferred, None
        if query:
            self._not_busy()
        if isinstance(out, BaseException):
            self.error.emit(out)
            return
        keep = self.current_source_id()
        self.model.show(query, out)  # type: ignore[arg-type]  # the rows read_rows made
        if deferred is not None and self.model.row_of(deferred[0]) >= 0:
            self.select_source(*deferred)  # e.g. a source just imported, asked for before its row came
        else:
            self._after_rows(keep, first)
        self.listed.emit()
        if query:
            self.searched.emit(query)

    def _after_rows(self, keep: int | None, first: bool) -> None:
        """`first` (a refresh): the same source, else the first row, else none. A new search:
        the same source if it is a hit, else the first hit; with no hits the reader keeps its source."""
        if first or self.model.rowCount():
            self._reselect(keep)

    def _reselect(self, keep: int | None) -> None:
        """After the rows changed: the same source if still listed, else the first, else none."""
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_source(keep, notify=False)
        elif self.model.rowCount():
            self.select_source(self.model.source_id(0))
        else:
            self.source_selected.emit(None)

    def _context_menu(self, pos) -> None:
        if self.current_source_id() is None:
            return
        menu = QMenu(self)
        menu.addAction("Edit &Details…", self.edit_details)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def edit_details(self) -> bool:
        """Title, author, outlet, date, URL and genre of the selected source: one undo step."""
        source_id = self.current_source_id()
        if source_id is None or self.session is None:
            return False
        from briefing_app.ui import edit_flows

        try:
            source = self.session.project.get_source(source_id)
        except NotFound as exc:  # deleted since it was listed
            self.error.emit(exc)
            return False
        return edit_flows.edit_source(self, self.session, source)

    def _run_search(self) -> None:
        self._search_timer.stop()
        query = self.search.text().strip()
        if query != self._wanted:
            self._wanted = query
            self._refresh(first=False)

    def current_source_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).data(Qt.ItemDataRole.UserRole) if rows else None

    def select_source(self, source_id: int | None, notify: bool = True) -> None:
        """Select a listed source; one not listed yet while rows are being read is selected when they come."""
        row = self.model.row_of(source_id) if source_id is not None else -1
        if row < 0:
            if source_id is not None and self.reading:
                self._deferred = (source_id, notify)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._quiet = not notify
        try:
            self.table.selectRow(index.row())
        finally:
            self._quiet = False

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_selection(self, *_):
        if not self._quiet:
            self.source_selected.emit(self.current_source_id())
