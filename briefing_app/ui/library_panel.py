"""The library: the project's sources in a table, with a full-text search box and filters
(outlet, genre, month published) above it; double-click or the context menu edits a source's details."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget

from briefing_app.core.changes import Changes
from briefing_app.core.errors import NotFound
from briefing_app.core.model import GENRES
from briefing_app.ui.filter_bar import FilterBar
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.source_model import SourceTableModel


class LibraryPanel(QWidget):
    source_selected = Signal(object)  # source id or None
    error = Signal(object)

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
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # project / rank order
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        for col, width in ((1, 116), (2, 80), (3, 62), (4, 56)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
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

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_project(session.project if session else None)
        self._fill_choices()
        if self.model.rowCount():
            self.select_source(self.model.source_id(0))
        else:
            self.source_selected.emit(None)

    def on_changes(self, changes: Changes) -> None:
        if changes.sources or changes.quotes:
            if changes.sources:
                self._fill_choices()
            keep = self.current_source_id()
            self.model.reload()
            self._reselect(keep)

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
        keep = self.current_source_id()
        month = self.filters.value("month")
        self.model.set_filters(outlet=self.filters.value("outlet"), genre=self.filters.value("genre"),
                               date_from=month, date_to=month)
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
        if self.model.query != self.search.text().strip():
            keep = self.current_source_id()
            self.model.set_query(self.search.text())
            if keep is not None and self.model.row_of(keep) >= 0:
                self.select_source(keep, notify=False)

    def current_source_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).data(Qt.ItemDataRole.UserRole) if rows else None

    def select_source(self, source_id: int | None, notify: bool = True) -> None:
        row = self.model.row_of(source_id) if source_id is not None else -1
        if row < 0:
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
