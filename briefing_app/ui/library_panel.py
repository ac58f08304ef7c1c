"""The library: the project's sources in a table, with a full-text search box above it."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from briefing_app.core.changes import Changes
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.source_model import SourceTableModel


class LibraryPanel(QWidget):
    source_selected = Signal(object)  # source id or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self._quiet = False
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search sources (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search sources")
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
        layout.addWidget(self.table)
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
        if session is not None:
            session.changes_applied.connect(self.on_changes)
        if self.model.rowCount():
            self.select_source(self.model.source_id(0))
        else:
            self.source_selected.emit(None)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.sources or changes.quotes:
            keep = self.current_source_id()
            self.model.reload()
            if keep is not None and self.model.row_of(keep) >= 0:
                self.select_source(keep, notify=False)
            elif self.model.rowCount():
                self.select_source(self.model.source_id(0))
            else:
                self.source_selected.emit(None)

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
